import { describe, expect, it } from 'vitest';
import { parseWebVTT } from '../../captions/parse';
import { buildTranscript, isSoundCue, transcriptLanguages } from '../../captions/transcript';

const cues = (body: string) => parseWebVTT(`WEBVTT\n\n${body}`).cues;

describe(isSoundCue.name, () => {
  it.each([
    ['[drums pounding]', true],
    ['[ringing] [silence]', true],
    ['♪ guitar chords ♪', true],
    ['Hello [waves]', false],
    ['Hello', false],
  ])('%s → %s', (text, expected) => {
    expect(isSoundCue(text)).toBe(expected);
  });
});

describe(buildTranscript.name, () => {
  const captions = cues(
    '00:01.000 --> 00:02.000\n<v Lou>Hi.\n\n00:05.000 --> 00:06.000\n[drums]\n\n00:12.000 --> 00:13.000\n<v Ruben><i>What?</i>',
  );
  const descriptions = cues('00:05.000 --> 00:07.000\nA stage.\n\n00:00.000 --> 00:00.900\nA title card.');
  const chapters = cues('00:00.000 --> 00:10.000\nOpening\n\n00:10.000 --> 00:20.000\nSilence');

  it('should merge captions and descriptions in time order, captions first at the same start', () => {
    const entries = buildTranscript({ captions, descriptions, chapters }).flatMap((c) => c.entries);
    expect(entries.map((e) => [e.kind, e.startTime, e.text])).toEqual([
      ['description', 0, 'A title card.'],
      ['speech', 1, 'Hi.'],
      ['sound', 5, '[drums]'],
      ['description', 5, 'A stage.'],
      ['speech', 12, 'What?'],
    ]);
  });

  it('should name speakers and give every entry a unique key', () => {
    const entries = buildTranscript({ captions, descriptions }).flatMap((c) => c.entries);
    expect(entries.map((e) => e.speaker)).toEqual(['', 'Lou', '', '', 'Ruben']);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
  });

  it('should group entries under the last chapter that starts at or before them', () => {
    const grouped = buildTranscript({ captions, descriptions, chapters });
    expect(grouped.map((c) => [c.title, c.entries.length])).toEqual([
      ['Opening', 4],
      ['Silence', 1],
    ]);
  });

  it('should put entries before the first chapter under an untitled group', () => {
    const late = cues('00:03.000 --> 00:20.000\nLater');
    expect(buildTranscript({ captions, chapters: late }).map((c) => [c.title, c.entries.length])).toEqual([
      ['', 1],
      ['Later', 2],
    ]);
  });

  it('should keep empty chapters and handle an empty track', () => {
    expect(buildTranscript({ captions: [], chapters })).toEqual([
      { title: 'Opening', startTime: 0, entries: [] },
      { title: 'Silence', startTime: 10, entries: [] },
    ]);
    expect(buildTranscript({ captions: [] })).toEqual([{ title: '', startTime: 0, entries: [] }]);
  });
});

describe(transcriptLanguages.name, () => {
  const track = (kind: string, srclang: string, body: string) => ({
    kind,
    srclang,
    label: `${kind} ${srclang}`,
    cues: cues(body),
  });
  const en = track('captions', 'en', '00:01.000 --> 00:02.000\nHello.');
  const es = track('subtitles', 'es', '00:01.000 --> 00:02.000\nHola.');
  const enDescriptions = track('descriptions', 'en', '00:00.000 --> 00:00.500\nA card.');
  const esChapters = track('chapters', 'es-MX', '00:00.000 --> 00:10.000\nApertura');
  const enChapters = track('chapters', 'en', '00:00.000 --> 00:10.000\nOpening');

  it('should give one transcript per captions or subtitles language, captions first', () => {
    const languages = transcriptLanguages([es, enChapters, en, enDescriptions]);
    expect(languages.map((l) => [l.srclang, l.kind, l.label])).toEqual([
      ['en', 'captions', 'captions en'],
      ['es', 'subtitles', 'subtitles es'],
    ]);
  });

  it('should take descriptions and chapters in the same language, else the first of their kind', () => {
    const [english, spanish] = transcriptLanguages([en, es, enDescriptions, enChapters, esChapters]);
    expect(english!.chapters.map((c) => c.title)).toEqual(['Opening']);
    expect(english!.chaptersLang).toBe('en');
    expect(spanish!.chapters.map((c) => c.title)).toEqual(['Apertura']);
    expect(spanish!.chaptersLang).toBe('es-MX');
    expect(spanish!.descriptionsLang).toBe('en');
    expect(spanish!.chapters.flatMap((c) => c.entries).map((e) => [e.kind, e.text])).toEqual([
      ['description', 'A card.'],
      ['speech', 'Hola.'],
    ]);
  });

  it('should keep the first track of a language and give nothing without captions or subtitles', () => {
    const again = track('subtitles', 'en', '00:05.000 --> 00:06.000\nOther.');
    expect(transcriptLanguages([en, again]).map((l) => l.label)).toEqual(['captions en']);
    expect(transcriptLanguages([enDescriptions, enChapters])).toEqual([]);
    expect(transcriptLanguages([en])[0]).toMatchObject({ descriptionsLang: '', chaptersLang: '' });
  });
});
