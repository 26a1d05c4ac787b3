/**
 * Which transcript lines the browser lays out now. Lines and whole chapters far from the view are
 * skipped (`content-visibility: auto`, transcript.css); the lines on screen, and about a screen's
 * height either side of it, are laid out, and the browser says when a line starts to be
 * (`contentvisibilityautostatechange`, as the view scrolls toward it). Search highlights only
 * these lines: a keystroke then writes a few dozen lines, not 10,000, and a screen reader gets
 * the accessibility events of those few, not a flood that drowns the match count.
 */

export interface LaidOutLines {
  /** The entries among `entries` whose contents the browser lays out now, in the same order. */
  filter(entries: readonly Element[]): Element[];
  /** Calls `listener` with each line the browser starts to lay out from now on; returns the stop. */
  subscribe(listener: (line: Element) => void): () => void;
}

const VISIBLE = { contentVisibilityAuto: true } as const;

/**
 * The browser's own view of the lines, or null where it cannot tell (no `content-visibility:
 * auto` and its state change event: Safari before 18): then every line counts.
 */
export function browserLaidOutLines(document: Document): LaidOutLines | null {
  const view = document.defaultView;
  if (!view || !('ContentVisibilityAutoStateChangeEvent' in view)) return null;
  return {
    filter(entries) {
      // A line's list is checked first, once per chapter: a line in a skipped chapter is not laid
      // out, and asking about each of its 1,000 lines would cost more than the search itself.
      const lists = new Map<Element | null, boolean>();
      const listShown = (list: Element | null) => {
        let shown = lists.get(list);
        if (shown === undefined) {
          shown = list?.checkVisibility(VISIBLE) ?? false;
          lists.set(list, shown);
        }
        return shown;
      };
      // A line's contents (its link) are skipped while the line itself is far from the view.
      return entries.filter(
        (entry) =>
          listShown(entry.parentElement) && (entry.firstElementChild?.checkVisibility(VISIBLE) ?? false),
      );
    },
    subscribe(listener) {
      const onChange = (event: Event) => {
        const { skipped } = event as ContentVisibilityAutoStateChangeEvent;
        if (!skipped && event.target instanceof Element) listener(event.target);
      };
      // The event does not bubble; listening in the capture phase hears it for every line.
      document.addEventListener('contentvisibilityautostatechange', onChange, { capture: true });
      return () =>
        document.removeEventListener('contentvisibilityautostatechange', onChange, { capture: true });
    },
  };
}
