// DESIGN.md's rule "each description must fit the gap in dialogue it is placed in", as the caption
// check applies it: lintDescriptionFit reports the descriptions that need extended description.
import { describe, expect, it } from 'vitest';
import { WORDS_PER_MINUTE } from '../../captions/description-timing';
import { formatVttTimestamp } from '../../captions/format';
import { lintDescriptionFit } from '../../captions/lint';
import type { Cue } from '../../captions/model';
import { parseWebVTT } from '../../captions/parse';

/** Cues through the real parser, so ids and line numbers are as in a file. */
const cues = (...specs: [id: string, start: number, end: number, text: string][]): Cue[] =>
  parseWebVTT(
    `WEBVTT\n\n${specs
      .map(([id, s, e, text]) => `${id}\n${formatVttTimestamp(s)} --> ${formatVttTimestamp(e)}\n${text}`)
      .join('\n\n')}`,
  ).cues;

/** `n` words take n × 60 / 160 = 0.375 n seconds at rate 1. */
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
const perWord = 60 / WORDS_PER_MINUTE;

describe(lintDescriptionFit.name, () => {
  // Dialogue from 4 s to 6 s and from 12 s to 14 s; a sound cue from 20 s to 22 s.
  const captions = cues(['a', 4, 6, 'Hello.'], ['b', 12, 14, 'Goodbye.'], ['c', 20, 22, '[drums]']);

  it.each([
    ['fits before dialogue (10 words, 3.75 s, gap 4 s)', 0, 10, 10, []],
    ['runs into dialogue (11 words, 4.125 s, gap 4 s)', 0, 10, 11, ['d']],
    ['fits exactly (8 words, 3 s, gap 3 s: limits are inclusive)', 1, 10, 8, []],
    ['starts while dialogue is under way (gap 0)', 5, 9, 1, ['d']],
    ['fits its own end before later dialogue (8 words, 3 s, cue 3 s)', 7, 10, 8, []],
    ['outlasts its own end (9 words, 3.375 s, cue 3 s)', 7, 10, 9, ['d']],
    ['is read over a sound cue, which leaves room to speak', 19, 25, 13, []],
  ] as const)('given a description that %s', (_, start, end, n, expected) => {
    const found = lintDescriptionFit(cues(['d', start, end, words(n)]), captions);
    expect(found.map((f) => f.cueId)).toEqual(expected);
  });

  it('should say how long it takes to read, at how many words a minute, and the gap, as info', () => {
    const [finding] = lintDescriptionFit(cues(['d', 0, 10, words(12)]), captions, {
      file: 'en.descriptions.vtt',
    });
    expect(finding).toEqual({
      rule: 'description-fit',
      file: 'en.descriptions.vtt',
      severity: 'info',
      cueId: 'd',
      line: 4,
      measured: 12 * perWord,
      threshold: 4,
      message:
        'needs extended description: about 4.5 s to read at 160 words a minute, 4 s before dialogue; ' +
        'the player pauses the video while it is read.',
    });
  });

  it('should assume a faster voice at a higher rate', () => {
    const long = cues(['d', 0, 10, words(12)]);
    expect(lintDescriptionFit(long, captions, { rate: 2 })).toEqual([]);
    const [slow] = lintDescriptionFit(cues(['d', 0, 10, words(6)]), captions, { rate: 0.5 });
    expect(slow?.message).toMatch(/at 80 words a minute/);
  });

  it('should measure against the description alone without dialogue, and report in start order', () => {
    const found = lintDescriptionFit(cues(['late', 30, 31, words(3)], ['early', 0, 1, words(3)]), []);
    expect(found.map((f) => [f.cueId, f.message.includes('in its own duration')])).toEqual([
      ['early', true],
      ['late', true],
    ]);
  });

  it('should report nothing for no descriptions', () => {
    expect(lintDescriptionFit([], captions)).toEqual([]);
  });
});
