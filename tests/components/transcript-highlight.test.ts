// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  clearMarks,
  createHighlighter,
  entrySearchText,
  markMatches,
} from '../../components/transcript/transcript-highlight';
import type { LaidOutLines } from '../../components/transcript/laid-out-lines';
import { foldQuery } from '../../components/transcript/transcript-search';

/** An entry as TranscriptList renders it (built with DOM calls, as the page's HTML would be). */
function entry(speaker: string, ...words: Array<string | { i: string }>): HTMLLIElement {
  const li = document.createElement('li');
  const link = li.appendChild(document.createElement('a'));
  const time = link.appendChild(document.createElement('span'));
  time.className = 'cue-time';
  time.textContent = '1:05, ';
  if (speaker) {
    const label = link.appendChild(document.createElement('span'));
    label.className = 'cue-speaker';
    label.textContent = `${speaker}: `;
  } else {
    const label = link.appendChild(document.createElement('span'));
    label.className = 'cue-kind';
    label.textContent = 'Sound: ';
  }
  for (const part of words) {
    if (typeof part === 'string') link.append(part);
    else link.appendChild(document.createElement('i')).textContent = part.i;
  }
  document.body.append(li);
  return li;
}

const marks = (li: Element) => Array.from(li.querySelectorAll('mark'), (m) => m.textContent);

describe('given a transcript entry', () => {
  it('should search its speaker and words, not its time', () => {
    expect(entrySearchText(entry('Ruben', 'Hello ', { i: 'there' }))).toBe('Ruben: Hello there');
  });

  it("should search a sound's or a description's words, not its kind's label", () => {
    expect(entrySearchText(entry('', '[drums ', { i: 'pounding' }, ']'))).toBe('[drums pounding]');
  });

  describe(`after ${markMatches.name}`, () => {
    it('should wrap every match in a mark, ignoring case and accents, and count them', () => {
      const li = entry('Narrador', 'Ruben es Músico; un MUSICO.');
      expect(markMatches(li, foldQuery('músico'))).toBe(2);
      expect(marks(li)).toEqual(['Músico', 'MUSICO']);
      expect(li.textContent).toBe('1:05, Narrador: Ruben es Músico; un MUSICO.');
    });

    it('should split a match across an element boundary into one mark per text node', () => {
      const li = entry('', 'very ', { i: 'quiet' });
      markMatches(li, foldQuery('ry qui'));
      expect(marks(li)).toEqual(['ry ', 'qui']);
    });

    it('should keep markup in the text as text', () => {
      const li = entry('', '<b>bold</b> & <script>');
      markMatches(li, foldQuery('<script>'));
      expect(li.querySelector('script')).toBeNull();
      expect(marks(li)).toEqual(['<script>']);
    });

    it(`should restore the very same text nodes after ${clearMarks.name}`, () => {
      const li = entry('Lou', 'one two one');
      const link = li.querySelector('a')!;
      const before = Array.from(link.childNodes);
      markMatches(li, foldQuery('one'));
      markMatches(li, foldQuery('two'));
      expect(marks(li)).toEqual(['two']);
      clearMarks(li);
      expect(li.querySelectorAll('mark')).toHaveLength(0);
      expect(Array.from(link.childNodes)).toEqual(before);
      expect(link.lastChild).toBe(before.at(-1));
    });
  });
});

/** Which entries the browser "lays out": the ones in view, changed by `scrollTo` as a scroll would. */
function fakeView(inView: readonly Element[]) {
  let shown = new Set(inView);
  let listener: ((line: Element) => void) | null = null;
  const lines: LaidOutLines = {
    watch: () => undefined,
    now: () => [...shown],
    subscribe(next) {
      listener = next;
      return () => (listener = null);
    },
  };
  return {
    lines,
    scrollTo(...now: Element[]) {
      shown = new Set(now);
      for (const line of now) listener?.(line);
    },
    listening: () => listener !== null,
  };
}

const highlightedIn = (entries: readonly Element[]) => entries.filter((li) => li.hasAttribute('data-match'));

describe('given many entries', () => {
  describe('in a browser that cannot say which lines are laid out', () => {
    it(`should highlight every match after ${createHighlighter.name} flushes, and clear them for the next query`, () => {
      const entries = Array.from({ length: 50 }, (_, i) => entry('', `line ${i} drum`));
      const highlighter = createHighlighter({ lines: null, budgetMs: 0 });
      highlighter.show(entries, foldQuery('drum'));
      highlighter.reach(entries[10]!);
      expect(marks(entries[10]!)).toEqual(['drum']);
      highlighter.flush();
      expect(entries.every((li) => li.hasAttribute('data-match') && marks(li).length === 1)).toBe(true);

      highlighter.show([entries[3]!], foldQuery('line 3 '));
      highlighter.flush();
      expect(highlightedIn(entries)).toEqual([entries[3]]);
      expect(entries.flatMap(marks)).toEqual(['line 3']);
    });
  });

  describe('after a search with lines 0–4 in view', () => {
    const setup = () => {
      const entries = Array.from({ length: 50 }, (_, i) => entry('', `line ${i} drum`));
      const view = fakeView(entries.slice(0, 5));
      const highlighter = createHighlighter({ lines: view.lines });
      highlighter.show(entries, foldQuery('drum'));
      return { entries, view, highlighter };
    };

    it('should highlight the matches in view at once, and no other', () => {
      const { entries } = setup();
      expect(highlightedIn(entries)).toEqual(entries.slice(0, 5));
      expect(entries.slice(0, 5).map(marks)).toEqual(Array(5).fill(['drum']));
      expect(entries.slice(5).flatMap(marks)).toEqual([]);
    });

    it('should highlight a far match at once when it becomes the current one', () => {
      const { entries, highlighter } = setup();
      highlighter.reach(entries[40]!);
      expect(marks(entries[40]!)).toEqual(['drum']);
      expect(highlightedIn(entries)).toHaveLength(6);
    });

    it('should highlight matches as the view reaches them, and keep those it left', () => {
      const { entries, view } = setup();
      view.scrollTo(...entries.slice(20, 25));
      expect(highlightedIn(entries)).toEqual([...entries.slice(0, 5), ...entries.slice(20, 25)]);
    });

    it('should leave a line that is not a match alone when the view reaches it', () => {
      const { entries, view } = setup();
      const other = entry('', 'silence');
      view.scrollTo(other);
      expect(marks(other)).toEqual([]);
      expect(other.hasAttribute('data-match')).toBe(false);
      expect(highlightedIn(entries)).toEqual(entries.slice(0, 5));
    });

    it('should clear the earlier highlights, in view or not, for the next query', () => {
      const { entries, view, highlighter } = setup();
      highlighter.reach(entries[40]!);
      view.scrollTo(...entries.slice(20, 25));
      highlighter.show([entries[21]!, entries[45]!], foldQuery('line 21 '));
      expect(highlightedIn(entries)).toEqual([entries[21]]);
      expect(entries.flatMap(marks)).toEqual(['line 21']);
    });

    it('should clear everything when the query is cleared, and mark nothing the view reaches then', () => {
      const { entries, view, highlighter } = setup();
      highlighter.reach(entries[40]!);
      highlighter.show([], '');
      view.scrollTo(...entries.slice(20, 25));
      expect(highlightedIn(entries)).toEqual([]);
      expect(entries.flatMap(marks)).toEqual([]);
    });

    it('should stop listening to the view once cancelled', () => {
      const { view, highlighter } = setup();
      expect(view.listening()).toBe(true);
      highlighter.cancel();
      expect(view.listening()).toBe(false);
    });

    it('should highlight every match when asked to, and only what comes into view after that ends', () => {
      const { entries, view, highlighter } = setup();
      highlighter.everywhere(true);
      highlighter.flush();
      expect(highlightedIn(entries)).toEqual(entries);
      highlighter.everywhere(false);
      highlighter.show(entries.slice(0, 40), foldQuery('line'));
      expect(highlightedIn(entries)).toEqual(entries.slice(0, 5));
      view.scrollTo(entries[30]!);
      expect(highlightedIn(entries)).toEqual([...entries.slice(0, 5), entries[30]]);
      expect(marks(entries[30]!)).toEqual(['line']);
    });

    it('should keep every highlight when marking every match ends, until the next query', () => {
      const { entries, highlighter } = setup();
      highlighter.everywhere(true);
      highlighter.flush();
      highlighter.everywhere(false);
      expect(highlightedIn(entries)).toEqual(entries);
      highlighter.show(entries, foldQuery('line'));
      expect(highlightedIn(entries)).toEqual(entries.slice(0, 5));
    });

    it('should highlight every match before printing', () => {
      const { entries, highlighter } = setup();
      highlighter.flush();
      expect(highlightedIn(entries)).toEqual(entries);
    });
  });
});
