/**
 * Transcript search that ignores case and accents ("musico" finds "músico"): text is folded
 * once, and match positions map back to the original text so highlights land on what the reader
 * sees. Pure, no DOM.
 */

const COMBINING_MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;
const WHITESPACE = /\s/;

/** One code point folded: lower case, accents dropped, any whitespace as a space. */
function foldCodePoint(char: string): string {
  if (WHITESPACE.test(char)) return ' ';
  return char.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
}

/**
 * Folds text for matching: lower case, accents and other combining marks dropped, every
 * whitespace character as one space. Folds one code point at a time, so the result agrees with
 * {@link foldWithMap} character for character. ASCII text takes a fast path.
 */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase().replace(/\s/g, ' ');
  return foldWithMap(text).folded;
}

/**
 * {@link foldText} plus, for each folded character, the index in `text` of the code point it came
 * from (`map`), and that code point's length in UTF-16 units (`widths`).
 */
export function foldWithMap(text: string): { folded: string; map: number[]; widths: number[] } {
  let folded = '';
  const map: number[] = [];
  const widths: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldCodePoint(char);
    for (let k = 0; k < piece.length; k += 1) {
      map.push(index);
      widths.push(char.length);
    }
    folded += piece;
    index += char.length;
  }
  return { folded, map, widths };
}

/** The query as it is matched: folded, trimmed, runs of spaces as one. '' matches nothing. */
export function foldQuery(query: string): string {
  return foldText(query).trim().replace(/ {2,}/g, ' ');
}

/**
 * Where `foldedQuery` (from {@link foldQuery}) occurs in `text`, as half-open `[start, end)`
 * ranges of `text` in UTF-16 units, not overlapping, in order. An empty query gives [].
 */
export function matchRanges(text: string, foldedQuery: string): Array<[start: number, end: number]> {
  if (foldedQuery === '') return [];
  const ranges: Array<[number, number]> = [];
  // ASCII folds one character to one, in place: positions need no map. Most lines take this path,
  // which does a fraction of the mapped one's work (a keystroke marks every laid-out line again).
  if (ASCII.test(text)) {
    const folded = foldText(text);
    for (let from = folded.indexOf(foldedQuery); from !== -1;) {
      ranges.push([from, from + foldedQuery.length]);
      from = folded.indexOf(foldedQuery, from + foldedQuery.length);
    }
    return ranges;
  }
  const { folded, map, widths } = foldWithMap(text);
  let from = folded.indexOf(foldedQuery);
  while (from !== -1) {
    const last = from + foldedQuery.length - 1;
    ranges.push([map[from] ?? 0, (map[last] ?? 0) + (widths[last] ?? 1)]);
    from = folded.indexOf(foldedQuery, from + foldedQuery.length);
  }
  return ranges;
}
