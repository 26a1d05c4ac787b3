/**
 * Search highlights as real `<mark>` elements inside the server-rendered transcript, built from
 * text nodes (never HTML strings). Marking splits a text node; clearing puts the very same node
 * back, so React's hold on the server-rendered text is never broken.
 */
import { matchRanges } from './transcript-search';

/** The parts of an entry that search reads: the speaker label and the words. */
const SEARCHED = '.cue-speaker, .cue-words';

function searchedTextNodes(entry: Element): Text[] {
  const nodes: Text[] = [];
  for (const part of entry.querySelectorAll(SEARCHED)) {
    const walker = entry.ownerDocument.createTreeWalker(part, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  }
  return nodes;
}

/** The text search matches an entry against: its speaker label and words, as shown. */
export function entrySearchText(entry: Element): string {
  let text = '';
  for (const part of entry.querySelectorAll(SEARCHED)) text += part.textContent ?? '';
  return text;
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

/** Applies highlights a frame-sized slice at a time, so 10,000 matches never block input. */
export interface Highlighter {
  /**
   * Highlights `foldedQuery` in `entries` (marks, and `data-match` on each entry) and clears every
   * entry highlighted before that is not among them. `first` is done at once; the rest follows
   * in slices of at most `budgetMs` per animation frame.
   */
  show(entries: readonly Element[], foldedQuery: string, first?: Element): void;
  /** Finishes any pending slices now (before the page is printed, for example). */
  flush(): void;
  /** Stops pending work; highlights already applied stay. */
  cancel(): void;
}

export function createHighlighter(budgetMs = 6): Highlighter {
  const highlighted = new Set<Element>();
  let wanted = new Set<Element>();
  let query = '';
  let queue: Element[] = [];
  let frame = 0;

  const apply = (entry: Element) => {
    if (wanted.has(entry)) {
      markMatches(entry, query);
      entry.setAttribute('data-match', '');
      highlighted.add(entry);
    } else {
      clearMarks(entry);
      entry.removeAttribute('data-match');
      highlighted.delete(entry);
    }
  };
  const run = (budget: number) => {
    frame = 0;
    const started = performance.now();
    while (queue.length > 0 && performance.now() - started < budget) apply(queue.pop()!);
    if (queue.length > 0) frame = requestAnimationFrame(() => run(budgetMs));
  };
  const cancel = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };

  return {
    show(entries, foldedQuery, first) {
      cancel();
      query = foldedQuery;
      wanted = new Set(entries);
      const stale = [...highlighted].filter((entry) => !wanted.has(entry));
      // Popped from the end: the entries in document order first, then the stale ones.
      queue = [...stale, ...[...entries].reverse()];
      if (first) apply(first);
      if (queue.length > 0) frame = requestAnimationFrame(() => run(budgetMs));
    },
    flush() {
      cancel();
      run(Number.POSITIVE_INFINITY);
    },
    cancel,
  };
}
