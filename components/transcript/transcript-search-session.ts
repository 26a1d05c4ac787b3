/**
 * The state of a transcript search, outside React: the query, the matching entries and which one
 * is current. Matching runs over a folded copy of every entry's text, made once per list, so a
 * keystroke costs one pass of `String.includes` over an array; highlights go to the matches near
 * the view and the current one (`createHighlighter`). React reads it with `useSyncExternalStore`.
 */
import { browserLaidOutLines, type LaidOutLines } from './laid-out-lines';
import { createHighlighter, entrySearchText, type Highlighter } from './transcript-highlight';
import { foldQuery, foldText } from './transcript-search';

export interface SearchSnapshot {
  /** What is in the field. */
  query: string;
  /** Matching entries (lines, not occurrences: a line may match more than once). */
  count: number;
  /** 0-based position of the current match, or -1 when there is none. */
  current: number;
}

/** What a session searches, given by the component that owns the lists. */
export interface SearchSessionOptions {
  /** The entries searched now, in document order (changes with the language and descriptions). */
  entries(): readonly HTMLElement[];
  /** Brings a match into view; called when the current match changes. */
  reveal(entry: HTMLElement): void;
}

export interface SearchSession {
  subscribe(listener: () => void): () => void;
  getSnapshot(): SearchSnapshot;
  /**
   * Gives the session its entries and the way to reveal a match, and searches the entries again
   * (another language, descriptions hidden). Until connected, nothing matches. Returns the
   * disconnect, which stops pending highlight work.
   */
  connect(options: SearchSessionOptions): () => void;
  setQuery(query: string): void;
  /** Moves to the next (+1) or previous (-1) match, wrapping around. */
  step(direction: 1 | -1): void;
  /** Folds the entries' text ahead of the first keystroke (call when the field gets focus). */
  prepare(): void;
  /**
   * Highlights every match (the filter to matching lines is on), or only those near the view and
   * the current one (off, the default).
   */
  highlightEverywhere(on: boolean): void;
  /** Finishes highlighting now. */
  flush(): void;
}

export const EMPTY_SEARCH: SearchSnapshot = { query: '', count: 0, current: -1 };

const UNCONNECTED: SearchSessionOptions = { entries: () => [], reveal: () => undefined };

/**
 * `laidOutLines` says which lines the browser lays out (asked on the first search, in the
 * browser); highlights go to those.
 */
export function createSearchSession(
  laidOutLines: () => LaidOutLines | null = () => browserLaidOutLines(document),
): SearchSession {
  let options = UNCONNECTED;
  const listeners = new Set<() => void>();
  // Made on first use, in the browser: they ask the document which lines are laid out.
  let lines: LaidOutLines | null = null;
  let highlighterMade: Highlighter | null = null;
  let everywhere = false;
  const highlighter = () => {
    if (!highlighterMade) {
      lines = laidOutLines();
      highlighterMade = createHighlighter({ lines });
      highlighterMade.everywhere(everywhere);
    }
    return highlighterMade;
  };
  let snapshot = EMPTY_SEARCH;
  let matches: HTMLElement[] = [];
  let folded: { entries: readonly HTMLElement[]; texts: string[] } | null = null;
  let currentEntry: HTMLElement | null = null;
  let revealFrame = 0;

  const publish = (next: SearchSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  // Folded once per list, on the first search (not at load), and again after `connect`; which of
  // its lines are laid out is tracked from then on.
  const index = () => {
    if (!folded) {
      const entries = options.entries();
      folded = { entries, texts: entries.map((entry) => foldText(entrySearchText(entry))) };
      highlighter();
      lines?.watch(entries);
    }
    return folded;
  };
  const select = (position: number) => {
    currentEntry?.removeAttribute('data-current-match');
    currentEntry = matches[position] ?? null;
    currentEntry?.setAttribute('data-current-match', '');
    if (currentEntry) highlighter().reach(currentEntry);
    // Scrolling measures the layout of the whole list: done in the next frame, once for the last
    // keystroke, so the keystroke itself only updates the DOM.
    cancelAnimationFrame(revealFrame);
    const entry = currentEntry;
    const { reveal } = options;
    revealFrame = entry ? requestAnimationFrame(() => reveal(entry)) : 0;
  };
  const run = (query: string) => {
    const q = foldQuery(query);
    const { entries, texts } = index();
    matches = q === '' ? [] : entries.filter((_, i) => texts[i]!.includes(q));
    highlighter().show(matches, q);
    const current = matches.length > 0 ? 0 : -1;
    select(current);
    publish({ query, count: matches.length, current });
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    setQuery: run,
    step(direction) {
      if (matches.length === 0) return;
      const current = (snapshot.current + direction + matches.length) % matches.length;
      select(current);
      publish({ ...snapshot, current });
    },
    connect(next) {
      options = next;
      folded = null;
      if (snapshot.query !== '') run(snapshot.query);
      return () => {
        highlighterMade?.cancel();
        cancelAnimationFrame(revealFrame);
        options = UNCONNECTED;
      };
    },
    prepare: () => void index(),
    highlightEverywhere(on) {
      everywhere = on;
      highlighterMade?.everywhere(on);
    },
    flush: () => highlighterMade?.flush(),
  };
}
