import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWebVTT } from '../../captions/parse';
import { formatSrtTimestamp, parseSrt, srtCueText, toSrt } from '../../captions/srt';

const demo = (file: string) =>
  parseWebVTT(readFileSync(path.join(process.cwd(), 'titles', 'sound-of-metal', file), 'utf8')).cues;

describe(formatSrtTimestamp.name, () => {
  it.each([
    [0, '00:00:00,000'],
    [65.25, '00:01:05,250'],
    [3725.0004, '01:02:05,000'],
    [1.9996, '00:00:02,000'],
    [360000, '100:00:00,000'],
    [-1, '00:00:00,000'],
    [Number.NaN, '00:00:00,000'],
  ])('%s → %s', (seconds, expected) => {
    expect(formatSrtTimestamp(seconds)).toBe(expected);
  });
});

describe(srtCueText.name, () => {
  it.each([
    ['<v Lou>Hi.', 'Lou: Hi.'],
    ['<v Lou>Hi.</v>\n<v Ruben>What?', 'Lou: Hi.\nRuben: What?'],
    ['<i>quiet</i> <b>loud</b> <u>under</u>', '<i>quiet</i> <b>loud</b> <u>under</u>'],
    ['<c.yellow>plain</c> <lang es>sí</lang>', 'plain sí'],
    ['<ruby>漢<rt>kan</rt></ruby>', '漢'],
    ['a <00:00:01.000>b', 'a b'],
    ['&lt;3 &amp; more', '<3 & more'],
  ])('%j → %j', (vtt, expected) => {
    const [cue] = parseWebVTT(`WEBVTT\n\n00:00.000 --> 00:01.000\n${vtt}\n`).cues;
    expect(srtCueText(cue!.tree)).toBe(expected);
  });
});

describe(toSrt.name, () => {
  it('should number cues from 1 and write SubRip timings', () => {
    expect(
      toSrt([
        { startTime: 1, endTime: 2.5, text: 'One' },
        { startTime: 3725.25, endTime: 3726, text: 'Two\nlines' },
      ]),
    ).toBe('1\n00:00:01,000 --> 00:00:02,500\nOne\n\n2\n01:02:05,250 --> 01:02:06,000\nTwo\nlines\n\n');
  });

  it('should drop blank lines inside a cue, which would end it', () => {
    expect(toSrt([{ startTime: 0, endTime: 1, text: 'a\n\n  \nb\r\nc' }])).toBe(
      '1\n00:00:00,000 --> 00:00:01,000\na\nb\nc\n\n',
    );
  });

  it('should round-trip the demo captions and subtitles through parseSrt', () => {
    for (const file of ['en.captions.vtt', 'es.subtitles.vtt', 'en.descriptions.vtt']) {
      const cues = demo(file).map((cue) => ({
        startTime: cue.startTime,
        endTime: cue.endTime,
        text: srtCueText(cue.tree),
      }));
      const parsed = parseSrt(toSrt(cues));
      expect(parsed.errors).toEqual([]);
      expect(parsed.cues.map(({ startTime, endTime, text }) => ({ startTime, endTime, text }))).toEqual(cues);
      expect(parsed.cues.map((cue) => cue.id)).toEqual(cues.map((_, i) => String(i + 1)));
    }
  });

  it('should round-trip any cues with millisecond times and text without blank lines', () => {
    const time = fc
      .tuple(fc.nat({ max: 99 }), fc.nat({ max: 59 }), fc.nat({ max: 59 }), fc.nat({ max: 999 }))
      .map(([h, m, s, ms]) => h * 3600 + m * 60 + s + ms / 1000);
    const line = fc
      .string({ minLength: 1, maxLength: 30 })
      .filter((s) => !/[\r\n]/.test(s) && s.trim() !== '');
    const cue = fc.tuple(time, time, fc.array(line, { minLength: 1, maxLength: 3 })).map(([a, b, lines]) => ({
      startTime: Math.min(a, b),
      endTime: Math.max(a, b),
      text: lines.join('\n'),
    }));
    fc.assert(
      fc.property(fc.array(cue, { maxLength: 8 }), (cues) => {
        const parsed = parseSrt(toSrt(cues));
        expect(parsed.errors.filter((e) => e.severity === 'error')).toEqual([]);
        expect(parsed.cues.map(({ startTime, endTime, text }) => ({ startTime, endTime, text }))).toEqual(
          cues,
        );
      }),
    );
  });
});

describe(parseSrt.name, () => {
  it('should read cues with CRLF line endings, a BOM and coordinates after the timing', () => {
    const { cues, errors } = parseSrt(
      '\uFEFF1\r\n00:00:01,000 --> 00:00:02,000 X1:10 X2:20 Y1:1 Y2:2\r\nHello\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nBye\r\n',
    );
    expect(errors).toEqual([]);
    expect(cues).toEqual([
      { id: '1', startTime: 1, endTime: 2, text: 'Hello', line: 2 },
      { id: '2', startTime: 3, endTime: 4, text: 'Bye', line: 6 },
    ]);
  });

  it('should give nothing and no error for an empty file', () => {
    expect(parseSrt('')).toEqual({ cues: [], errors: [] });
    expect(parseSrt('\n\n  \n')).toEqual({ cues: [], errors: [] });
  });

  it.each([
    ['a bad start time', '1\n00:00:xx,000 --> 00:00:02,000\nA', 'error', 2, 1, /not a timestamp/],
    ['a bad end time', '1\n00:00:01,000 --> 2\nA', 'error', 2, 18, /not a timestamp/],
    ['seconds over 59', '1\n00:00:61,000 --> 00:01:02,000\nA', 'error', 2, 1, /at most 59/],
    [
      'an end before the start',
      '1\n00:00:05,000 --> 00:00:02,000\nA',
      'error',
      2,
      18,
      /ends before it starts/,
    ],
    ['a number without timing', '1\nHello', 'error', 2, 1, /timing line/],
    ['a block that is not a cue', 'Hello\nthere', 'error', 1, 1, /not a cue/],
    ['a missing number', '00:00:01,000 --> 00:00:02,000\nA', 'warning', 1, 1, /no number/],
    ['a dot before the milliseconds', '1\n00:00:01.000 --> 00:00:02,000\nA', 'warning', 2, 1, /uses "\."/],
    ['short milliseconds', '1\n00:00:01,5 --> 00:00:02,000\nA', 'warning', 2, 1, /3 digits/],
  ] as const)('should report %s with its line and column', (_, text, severity, line, column, message) => {
    const { errors } = parseSrt(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity, line, column });
    expect(errors[0]!.message).toMatch(message);
  });

  it('should keep the cues around a broken block', () => {
    const { cues, errors } = parseSrt(
      '1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\nbroken\n\n3\n00:00:03,000 --> 00:00:04,000\nC\n',
    );
    expect(cues.map((c) => c.text)).toEqual(['A', 'C']);
    expect(errors.map((e) => e.line)).toEqual([6]);
  });

  it('should read short milliseconds as a fraction of a second', () => {
    expect(parseSrt('1\n00:00:01,5 --> 00:00:02,25\nA').cues[0]).toMatchObject({
      startTime: 1.5,
      endTime: 2.25,
    });
  });

  it('should never throw, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const { cues, errors } = parseSrt(text);
        for (const cue of cues) expect(cue.endTime).toBeGreaterThanOrEqual(cue.startTime);
        for (const error of errors) expect(error.line).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
