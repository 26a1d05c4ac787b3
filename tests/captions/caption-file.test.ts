import { describe, expect, it } from 'vitest';
import {
  captionFormatOf,
  MAX_CAPTION_CUES,
  MAX_CAPTION_FILE_BYTES,
  readCaptionFile,
  trackKindFromFileName,
} from '../../captions/caption-file';

const bytes = (text: string) => new TextEncoder().encode(text);
const VTT =
  'WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nHello there.\n\n2\n00:00:04.000 --> 00:00:04.200\nFar too many words for this.\n';
const SRT =
  '1\r\n00:00:01,000 --> 00:00:03,000\r\nHello there.\r\n\r\n2\r\n00:00:04,000 --> 00:00:04,200\r\nFar too many words for this.\r\n';

describe(readCaptionFile.name, () => {
  it('reads WebVTT: cues, errors and findings carrying the file name', () => {
    const file = readCaptionFile('film.en.vtt', bytes(VTT));
    expect(file).toEqual(
      expect.objectContaining({ ok: true, format: 'webvtt', encoding: 'utf-8', errors: [] }),
    );
    if (!file.ok) return;
    expect(file.cues).toHaveLength(2);
    expect(file.findings[0]).toEqual(expect.objectContaining({ file: 'film.en.vtt', cueId: '2', line: 8 }));
  });

  it('reads SubRip (also in UTF-16 with a BOM) into the same cues', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(SRT).flatMap((c) => [c.charCodeAt(0), 0])]);
    const vtt = readCaptionFile('film.en.vtt', bytes(VTT));
    for (const file of [readCaptionFile('film.en.srt', bytes(SRT)), readCaptionFile('film.en.srt', utf16)]) {
      expect(file.ok && file.format).toBe('srt');
      if (!file.ok || !vtt.ok) return;
      expect(file.cues.map((c) => [c.id, c.startTime, c.endTime, c.tree])).toEqual(
        vtt.cues.map((c) => [c.id, c.startTime, c.endTime, c.tree]),
      );
      expect(file.findings.map((f) => [f.rule, f.line])).toEqual([
        ['reading-speed', 6],
        ['min-duration', 6],
      ]);
    }
  });

  it('lints with the profile given', () => {
    const slow = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nHello there.\n';
    expect(readCaptionFile('a.vtt', bytes(slow))).toEqual(expect.objectContaining({ findings: [] }));
    expect(readCaptionFile('a.vtt', bytes(slow), { profile: 'children' })).toEqual(
      expect.objectContaining({ findings: [expect.objectContaining({ rule: 'min-duration' })] }),
    );
  });

  it('keeps the cues that parse and reports the rest with line and column', () => {
    const file = readCaptionFile(
      'x.vtt',
      bytes('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nok\n\n00:00:xx --> 00:00:04.000\nbroken\n'),
    );
    expect(file.ok && file.cues.length).toBe(1);
    expect(file.ok && file.errors).toEqual([
      expect.objectContaining({ severity: 'error', line: 6, column: 7 }),
    ]);
  });

  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['white space only', bytes(' \n\n '), /empty/],
    ['a WebVTT header without cues', bytes('WEBVTT\n\nNOTE nothing here\n'), /header but no cues/],
    ['a SubRip file without cues', bytes('just some words\n'), /no cues|not a WebVTT/],
    ['binary data', new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x00, 0x42, 0x86, 0x81]), /not UTF-8|NUL/],
    [
      'Windows-1252 text',
      new Uint8Array([...bytes('WEBVTT\n\n00:00.000 --> 00:01.000\nCaf'), 0xe9]),
      /not UTF-8/,
    ],
    ['a wrong signature', bytes('WEBVTTX\n\n00:00.000 --> 00:01.000\nHi\n'), /not a WebVTT file/],
  ])('refuses %s with its own message', (_name, input, message) => {
    expect(readCaptionFile('f.vtt', input)).toEqual(
      expect.objectContaining({ ok: false, name: 'f.vtt', message: expect.stringMatching(message) }),
    );
  });

  it('refuses a file over 10 MB without reading it', () => {
    const big = new Uint8Array(MAX_CAPTION_FILE_BYTES + 1);
    expect(readCaptionFile('big.vtt', big)).toEqual(
      expect.objectContaining({ ok: false, message: expect.stringMatching(/10\.0 MB/) }),
    );
    const atLimit = new Uint8Array(MAX_CAPTION_FILE_BYTES).fill(0x0a);
    atLimit.set(bytes(VTT));
    expect(readCaptionFile('ok.vtt', atLimit).ok).toBe(true);
  }, 60_000);

  it(`refuses more than ${MAX_CAPTION_CUES} cues and reads exactly that many`, () => {
    const many = (n: number) => `WEBVTT\n\n${'00:00.000 --> 00:01.000\nx\n\n'.repeat(n)}`;
    expect(readCaptionFile('many.vtt', bytes(many(MAX_CAPTION_CUES + 1)))).toEqual(
      expect.objectContaining({ ok: false, message: expect.stringMatching(/more than 50,000 cues/) }),
    );
    const exact = readCaptionFile('exact.vtt', bytes(many(MAX_CAPTION_CUES)));
    expect(exact.ok && exact.cues.length).toBe(MAX_CAPTION_CUES);
  }, 60_000);
});

describe(captionFormatOf.name, () => {
  it.each([
    ['a.vtt', 'WEBVTT\n', 'webvtt'],
    ['a.srt', 'WEBVTT\n', 'webvtt'],
    ['a.srt', '1\n00:00:01,000 --> 00:00:02,000\nx', 'srt'],
    ['a.txt', '1\r\n00:00:01,000 --> 00:00:02,000\r\nx', 'srt'],
    ['a.vtt', 'hello', 'webvtt'],
  ] as const)('%s starting %j → %s', (name, text, expected) => {
    expect(captionFormatOf(name, text)).toBe(expected);
  });
});

describe(trackKindFromFileName.name, () => {
  it.each([
    ['film.en.vtt', 'captions'],
    ['film.es.subtitles.vtt', 'subtitles'],
    ['en.descriptions.vtt', 'descriptions'],
    ['en.CHAPTERS.vtt', 'chapters'],
    ['chapters.vtt', 'chapters'],
    ['film-chapters.srt', 'chapters'],
    ['Film_Descriptions.vtt', 'descriptions'],
    ['asl metadata.vtt', 'metadata'],
    ['subchapters-x.vtt', 'captions'],
    ['chapters/film.en.vtt', 'captions'],
    ['film.en.srt', 'captions'],
  ] as const)('%s → %s', (name, kind) => {
    expect(trackKindFromFileName(name)).toBe(kind);
  });
});
