import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTimestamp } from '../../captions/format';
import { parseWebVTT } from '../../captions/parse';
import { buildTranscript, type TranscriptEntry } from '../../captions/transcript';
import { transcriptEntryLine, transcriptText } from '../../captions/transcript-text';

const cues = (body: string) => parseWebVTT(`WEBVTT\n\n${body}`).cues;
const demo = (file: string) =>
  parseWebVTT(readFileSync(path.join(process.cwd(), 'titles', 'sound-of-metal', file), 'utf8')).cues;

describe(transcriptEntryLine.name, () => {
  const entry = (kind: TranscriptEntry['kind'], speaker: string, text: string): TranscriptEntry => ({
    key: 'k',
    kind,
    startTime: 65.4,
    endTime: 67,
    speaker,
    text,
    tree: [],
  });
  it.each([
    [entry('speech', 'Ruben', 'What?'), '[1:05] Ruben: What?'],
    [entry('speech', '', 'Hello\nthere'), '[1:05] Hello there'],
    [entry('sound', '', '[drums]'), '[1:05] Sound: [drums]'],
    [entry('description', '', 'A stage.'), '[1:05] Description: A stage.'],
  ])('%# → %s', (input, expected) => {
    expect(transcriptEntryLine(input)).toBe(expected);
  });
});

describe(transcriptText.name, () => {
  it('should write the title, preface, chapter headings and one line per entry', () => {
    const chapters = buildTranscript({
      captions: cues('00:01.000 --> 00:02.000\n<v Lou>Hi.\n\n00:12.000 --> 00:13.000\n[drums]'),
      descriptions: cues('00:00.000 --> 00:00.900\nA title card.'),
      chapters: cues('00:00.000 --> 00:10.000\nOpening\n\n00:10.000 --> 00:20.000\nSilence'),
    });
    expect(transcriptText(chapters, { title: 'Film: transcript', preface: ['A notice.'] })).toBe(
      [
        'Film: transcript',
        'A notice.',
        '',
        'Chapter: Opening (0:00)',
        '',
        '[0:00] Description: A title card.',
        '[0:01] Lou: Hi.',
        '',
        'Chapter: Silence (0:10)',
        '',
        '[0:12] Sound: [drums]',
        '',
      ].join('\n'),
    );
  });

  it('should leave out the heading of entries before the first chapter', () => {
    const chapters = buildTranscript({
      captions: cues('00:01.000 --> 00:02.000\nEarly'),
      chapters: cues('00:05.000 --> 00:09.000\nLater'),
    });
    expect(transcriptText(chapters, { title: 'T' })).toBe('T\n\n[0:01] Early\n\nChapter: Later (0:05)\n');
  });

  it('should carry every entry of the demo title back when its lines are read again', () => {
    const chapters = buildTranscript({
      captions: demo('en.captions.vtt'),
      descriptions: demo('en.descriptions.vtt'),
      chapters: demo('en.chapters.vtt'),
    });
    const lines = transcriptText(chapters, { title: 'T' }).split('\n');
    const headings = lines
      .filter((l) => l.startsWith('Chapter: '))
      .map((l) => l.replace(/^Chapter: (.*) \(\d+:\d\d\)$/, '$1'));
    expect(headings).toEqual(chapters.filter((c) => c.title).map((c) => c.title));

    const read = lines.flatMap((l) => {
      const match = /^\[(\d+:\d\d)\] (?:(Sound|Description): )?(.*)$/.exec(l);
      return match ? [{ time: match[1], kind: match[2] ?? '', rest: match[3] }] : [];
    });
    const entries = chapters.flatMap((c) => c.entries);
    expect(read).toEqual(
      entries.map((e) => ({
        time: formatTimestamp(e.startTime),
        kind: e.kind === 'sound' ? 'Sound' : e.kind === 'description' ? 'Description' : '',
        rest: `${e.speaker ? `${e.speaker}: ` : ''}${e.text.replace(/\s*\n\s*/g, ' ')}`,
      })),
    );
  });
});
