import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldQuery, foldText, foldWithMap, matchRanges } from '../../components/transcript/transcript-search';

describe(foldText.name, () => {
  it.each([
    ['Músico', 'musico'],
    ['SEÑAL', 'senal'],
    ['Ça va\nbien', 'ca va bien'],
    ['İstanbul', 'istanbul'],
    ['plain ascii', 'plain ascii'],
    ['♪ drums ♪', '♪ drums ♪'],
  ])('%j → %j', (text, expected) => {
    expect(foldText(text)).toBe(expected);
  });

  it('should agree with foldWithMap on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(foldText(text)).toBe(foldWithMap(text).folded);
      }),
    );
  });
});

describe(foldQuery.name, () => {
  it.each([
    ['  Tráiler  oficial ', 'trailer oficial'],
    ['   ', ''],
  ])('%j → %j', (query, expected) => {
    expect(foldQuery(query)).toBe(expected);
  });
});

describe(matchRanges.name, () => {
  it.each([
    [
      'Ruben es músico. Un músico.',
      'musico',
      [
        [9, 15],
        [20, 26],
      ],
    ],
    ['No trailer here', 'tráiler', [[3, 10]]],
    [
      'aaaa',
      'aa',
      [
        [0, 2],
        [2, 4],
      ],
    ],
    ['Decomposed e\u0301 here', 'e here', [[11, 18]]],
    ['😀 smile', 'smile', [[3, 8]]],
    ['anything', '', []],
    ['nothing', 'zzz', []],
  ] as const)('%j, %j', (text, query, expected) => {
    expect(matchRanges(text, foldQuery(query))).toEqual(expected);
  });

  it('should find in ASCII text exactly what the mapped path finds', () => {
    // An emoji appended sends the same text down the mapped path; its ranges end before the emoji.
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary-ascii' }),
        fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 3 }),
        (text, query) => {
          const q = foldQuery(query);
          expect(matchRanges(text, q)).toEqual(matchRanges(`${text}😀`, q));
        },
      ),
    );
  });

  it('should give ranges whose text folds to the query', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
        (text, query) => {
          const q = foldQuery(query);
          for (const [start, end] of matchRanges(text, q))
            expect(foldText(text.slice(start, end)).trim()).toContain(q.trim());
        },
      ),
    );
  });
});
