import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIO_INTRODUCTION_MAX_WORDS, parseAudioIntroduction } from '../../captions/audio-introduction';

describe(parseAudioIntroduction.name, () => {
  it.each([
    ['one paragraph', 'Who is who.', ['Who is who.']],
    ['paragraphs split at blank lines', 'One.\n\nTwo.\n \nThree.', ['One.', 'Two.', 'Three.']],
    ['lines within a paragraph joined', 'A long\nsentence  over\tlines.', ['A long sentence over lines.']],
    ['CRLF and a byte order mark', '\uFEFFOne.\r\n\r\nTwo.\r\n', ['One.', 'Two.']],
    ['blank lines around', '\n\n  One.  \n\n\n', ['One.']],
  ])('%s', (_, text, paragraphs) => {
    expect(parseAudioIntroduction(text, 'en')).toEqual({
      introduction: { srclang: 'en', paragraphs },
      problems: [],
    });
  });

  it.each([
    ['an empty file', '', [{ severity: 'error', message: 'is empty' }]],
    ['only whitespace', ' \n\n\t', [{ severity: 'error', message: 'is empty' }]],
    [
      'a NUL on line 2',
      'One.\nTw\u0000o.',
      [{ line: 2, severity: 'error', message: 'has a control or bidi-override character' }],
    ],
    [
      'a bidi override on line 1',
      'Tw\u202eo.',
      [{ line: 1, severity: 'error', message: 'has a control or bidi-override character' }],
    ],
  ])('should refuse %s', (_, text, problems) => {
    expect(parseAudioIntroduction(text, 'en')).toEqual({ introduction: null, problems });
  });

  it('should warn about markup, which is read out as text, and keep it as text', () => {
    const { introduction, problems } = parseAudioIntroduction('A <b>bold</b> card.', 'en');
    expect(introduction?.paragraphs).toEqual(['A <b>bold</b> card.']);
    expect(problems).toEqual([
      { line: 1, severity: 'warning', message: 'looks like markup, which is read out as text' },
    ]);
  });

  it(`should warn past ${AUDIO_INTRODUCTION_MAX_WORDS} words`, () => {
    const long = Array.from({ length: AUDIO_INTRODUCTION_MAX_WORDS + 1 }, () => 'word').join(' ');
    const { introduction, problems } = parseAudioIntroduction(long, 'en');
    expect(introduction).not.toBeNull();
    expect(problems).toMatchObject([{ severity: 'warning', message: expect.stringContaining('1601 words') }]);
    expect(parseAudioIntroduction(long.slice(5), 'en').problems).toEqual([]);
  });

  it('should read the demo title’s introduction with no problems', () => {
    const text = readFileSync('titles/sound-of-metal/audio-introduction.txt', 'utf8');
    const { introduction, problems } = parseAudioIntroduction(text, 'en');
    expect(problems).toEqual([]);
    expect(introduction?.paragraphs.length).toBeGreaterThanOrEqual(4);
  });
});
