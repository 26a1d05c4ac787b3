/**
 * Which transcript lines the browser lays out now. Lines and whole chapters far from the view are
 * skipped (`content-visibility: auto`, transcript.css); the lines on screen, and about half a
 * screen either side of it, are laid out, and the browser says when a line starts or stops being
 * laid out (`contentvisibilityautostatechange`, as the view scrolls). Search highlights only these
 * lines: a keystroke then writes a few dozen lines, not 10,000, and a screen reader gets the
 * accessibility events of those few, not a flood that drowns the match count.
 */

export interface LaidOutLines {
  /** Keeps track of `entries` from now on, starting from their state now (once per list). */
  watch(entries: readonly Element[]): void;
  /** The watched lines the browser lays out now, in no particular order. */
  now(): Element[];
  /** Calls `listener` with each line the browser starts to lay out; returns the stop. */
  subscribe(listener: (line: Element) => void): () => void;
}

const VISIBLE = { contentVisibilityAuto: true } as const;

/** Whether the browser lays out `line`'s contents (its link) now. */
const isLaidOut = (line: Element) => line.firstElementChild?.checkVisibility(VISIBLE) ?? false;

/**
 * The browser's own view of the lines, or null where it cannot tell (no `content-visibility:
 * auto` and its state change event: Safari before 18): then every line counts.
 */
export function browserLaidOutLines(document: Document): LaidOutLines | null {
  const view = document.defaultView;
  if (!view || !('ContentVisibilityAutoStateChangeEvent' in view)) return null;
  const watched = new WeakSet<readonly Element[]>();
  const lines = new WeakSet<Element>();
  // Kept up to date by the browser's events, so a keystroke reads a few dozen lines, not every
  // match; `now` checks each again, since a line in a chapter that leaves the view may say nothing.
  const laidOut = new Set<Element>();
  const listeners = new Set<(line: Element) => void>();

  document.addEventListener(
    'contentvisibilityautostatechange',
    (event) => {
      const line = event.target;
      if (!(line instanceof Element) || !lines.has(line)) return;
      if ((event as ContentVisibilityAutoStateChangeEvent).skipped) return void laidOut.delete(line);
      laidOut.add(line);
      for (const listener of listeners) listener(line);
    },
    // The event does not bubble; the capture phase hears it for every line.
    { capture: true },
  );

  return {
    watch(entries) {
      if (watched.has(entries)) return;
      watched.add(entries);
      // One check per list first: a line in a skipped chapter is not laid out, and asking about
      // each of a skipped chapter's 1,000 lines would cost more than the search itself.
      let list: Element | null = null;
      let listShown = false;
      for (const entry of entries) {
        lines.add(entry);
        if (entry.parentElement !== list) {
          list = entry.parentElement;
          listShown = list?.checkVisibility(VISIBLE) ?? false;
        }
        if (listShown && isLaidOut(entry)) laidOut.add(entry);
      }
    },
    now() {
      for (const line of laidOut) if (!isLaidOut(line)) laidOut.delete(line);
      return [...laidOut];
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
