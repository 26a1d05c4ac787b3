/**
 * Search highlights as real `<mark>` elements inside the server-rendered transcript, built from
 * text nodes (never HTML strings). Marking splits a text node; clearing puts the very same node
 * back, so React's hold on the server-rendered text is never broken.
 */
import type { LaidOutLines } from './laid-out-lines';
import { matchRanges } from './transcript-search';

/** The parts of an entry's link that search does not read: its time and its kind's label. */
const NOT_SEARCHED = '.cue-time, .cue-kind';

/** The text nodes search reads, in order: the speaker label and the words (the rest of the link). */
function searchedTextNodes(entry: Element): Text[] {
  const nodes: Text[] = [];
  const walker = entry.ownerDocument.createTreeWalker(entry, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(NOT_SEARCHED)) nodes.push(node as Text);
  }
  return nodes;
}

/** The text search matches an entry against: its speaker label and words, as shown. */
export function entrySearchText(entry: Element): string {
  return searchedTextNodes(entry)
    .map((node) => node.data)
    .join('');
}

interface Replacement {
  original: Text;
  parts: Node[];
}

const marked = new WeakMap<Element, Replacement[]>();

/** Removes an entry's marks, restoring its original text nodes. */
export function clearMarks(entry: Element): void {
  for (const { original, parts } of marked.get(entry) ?? []) {
    const [first, ...rest] = parts;
    first?.parentNode?.replaceChild(original, first);
    for (const part of rest) part.parentNode?.removeChild(part);
  }
  marked.delete(entry);
}

/**
 * Wraps each occurrence of `foldedQuery` (see `foldQuery`) in the entry's speaker and words in a
 * `<mark>`, replacing any earlier marks. A match that spans an element boundary (`<i>`) gets one
 * mark per text node. Returns the number of occurrences.
 */
export function markMatches(entry: Element, foldedQuery: string): number {
  clearMarks(entry);
  const nodes = searchedTextNodes(entry);
  const ranges = matchRanges(nodes.map((n) => n.data).join(''), foldedQuery);
  if (ranges.length === 0) return 0;
  const document = entry.ownerDocument;
  const replacements: Replacement[] = [];
  let offset = 0;
  for (const node of nodes) {
    const start = offset;
    const end = offset + node.data.length;
    offset = end;
    const inside = ranges
      .filter(([a, b]) => a < end && b > start)
      .map(([a, b]) => [Math.max(a, start) - start, Math.min(b, end) - start]);
    if (inside.length === 0 || !node.parentNode) continue;
    const parts: Node[] = [];
    let position = 0;
    for (const [a = 0, b = 0] of inside) {
      if (a > position) parts.push(document.createTextNode(node.data.slice(position, a)));
      const mark = document.createElement('mark');
      mark.textContent = node.data.slice(a, b);
      parts.push(mark);
      position = b;
    }
    if (position < node.data.length) parts.push(document.createTextNode(node.data.slice(position)));
    const fragment = document.createDocumentFragment();
    fragment.append(...parts);
    node.parentNode.replaceChild(fragment, node);
    replacements.push({ original: node, parts });
  }
  marked.set(entry, replacements);
  return ranges.length;
}

/**
 * Applies highlights where they can be seen: to the matches the browser lays out (on screen or
 * near it, `laid-out-lines.ts`) at once, to each further match when the view reaches it, and to
 * the current match wherever it is. Matches far from the view get no marks until then, so a
 * keystroke writes a few dozen lines at most, and a screen reader is not sent an accessibility
 * event for each of 10,000 marks (Orca dropped the match count in such a flood). Where every
 * match must be marked (the filter to matching lines hides the rest; a browser that cannot say
 * which lines are laid out), the highlighter marks them all, a frame-sized slice at a time.
 */
export interface Highlighter {
  /**
   * Highlights `foldedQuery` in `entries` (marks, and `data-match` on each entry highlighted), and
   * clears every entry highlighted for an earlier query that is not highlighted now.
   */
  show(entries: readonly Element[], foldedQuery: string): void;
  /** Highlights `entry` at once if it is a match (it became the current one). */
  reach(entry: Element): void;
  /** Marks every match (`true`, in slices), or only those near the view (`false`, the default). */
  everywhere(on: boolean): void;
  /** Finishes now: every match marked, every stale highlight cleared (before printing). */
  flush(): void;
  /** Stops pending work and listening; highlights already applied stay. */
  cancel(): void;
}

export interface HighlighterOptions {
  /** Which lines the browser lays out; null when it cannot tell (every match is then marked). */
  lines?: LaidOutLines | null;
  /** Time for one slice of marks when every match is marked, ms per animation frame. */
  budgetMs?: number;
}

export function createHighlighter({ lines = null, budgetMs = 6 }: HighlighterOptions = {}): Highlighter {
  /** Every entry with marks, and the query they are for. */
  const markedFor = new Map<Element, string>();
  let matches: readonly Element[] = [];
  /** `matches` as a set, made only when every match is marked. */
  let matchSet: Set<Element> | null = null;
  const isMatch = (entry: Element) => (matchSet ??= new Set(matches)).has(entry);
  let query = '';
  let all = lines === null;
  let queue: Element[] = [];
  let frame = 0;
  let stopListening: (() => void) | null = null;

  const clear = (entry: Element) => {
    clearMarks(entry);
    entry.removeAttribute('data-match');
    markedFor.delete(entry);
  };
  /** Marks `entry` for the query if its text holds it, or clears it. */
  const refresh = (entry: Element) => {
    if (markedFor.get(entry) === query) return;
    if (query !== '' && markMatches(entry, query) > 0) {
      entry.setAttribute('data-match', '');
      markedFor.set(entry, query);
    } else if (markedFor.has(entry)) clear(entry);
  };
  /** Brings one entry up to date when every match is marked: refreshed if a match, cleared if not. */
  const apply = (entry: Element) => {
    if (isMatch(entry)) refresh(entry);
    else if (markedFor.has(entry)) clear(entry);
  };
  const run = (budget: number) => {
    frame = 0;
    const started = performance.now();
    while (queue.length > 0 && performance.now() - started < budget) apply(queue.pop()!);
    if (queue.length > 0) frame = requestAnimationFrame(() => run(budgetMs));
  };
  const stopSlices = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    queue = [];
  };
  /** Brings every entry up to date in slices: stale ones cleared, then matches in document order. */
  const queueAll = () => {
    stopSlices();
    const stale = [...markedFor.keys()].filter((entry) => !isMatch(entry));
    const due = matches.filter((entry) => markedFor.get(entry) !== query);
    // Popped from the end.
    queue = [...due.reverse(), ...stale];
    if (queue.length > 0) frame = requestAnimationFrame(() => run(budgetMs));
  };
  /** Only the laid-out lines: the lines laid out are the lines searched (hidden ones are not laid out). */
  const showNear = (laidOut: LaidOutLines) => {
    stopSlices();
    // Read which lines are laid out before writing any: after a write, each read would restyle.
    const near = laidOut.now();
    const shown = new Set(near);
    // Marks for an earlier query go; marks for this one stay, wherever they are (the filter was on).
    for (const [entry, markedQuery] of [...markedFor])
      if (markedQuery !== query && !shown.has(entry)) clear(entry);
    for (const entry of near) refresh(entry);
    stopListening ??= laidOut.subscribe((line) => {
      if (!all) refresh(line);
    });
  };

  return {
    show(entries, foldedQuery) {
      query = foldedQuery;
      matches = entries;
      matchSet = null;
      if (all || !lines) queueAll();
      else showNear(lines);
    },
    reach(entry) {
      if (all) apply(entry);
      else refresh(entry);
    },
    everywhere(on) {
      if (on === all || !lines) return;
      all = on;
      if (all) queueAll();
      // Slices left unfinished: the matches near the view now, and the others as it reaches them.
      else showNear(lines);
    },
    flush() {
      queueAll();
      run(Number.POSITIVE_INFINITY);
    },
    cancel() {
      stopSlices();
      stopListening?.();
      stopListening = null;
    },
  };
}
