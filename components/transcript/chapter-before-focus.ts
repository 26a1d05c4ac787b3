/**
 * Keeps the chapter before the one with keyboard focus laid out in full (`data-before-focus`,
 * transcript.css), so Shift+Tab from a chapter's first line reaches the last line of the chapter
 * before even when the browser skips it (`content-visibility: auto`).
 *
 * CSS alone can say it (`.transcript-chapter:has(+ .transcript-chapter :focus-visible)`), and did,
 * but Chromium then restyles all of a chapter's lines on every change to a line of the chapter
 * after it: 1,013 elements and 20–35 ms on 2 cores for each cue marked current in a 10,000-cue
 * lecture, once a second during playback, four times that on a phone.
 */
export const BEFORE_FOCUS = 'data-before-focus';

/** Starts keeping it for the chapters in `panel`; returns the stop. */
export function keepChapterBeforeFocus(panel: HTMLElement): () => void {
  let marked: Element | null = null;
  const mark = (chapter: Element | null) => {
    if (chapter === marked) return;
    marked?.removeAttribute(BEFORE_FOCUS);
    chapter?.setAttribute(BEFORE_FOCUS, '');
    marked = chapter;
  };
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    // Keyboard focus only, as the CSS rules for the focused chapter: laying out a chapter on a
    // click's mousedown would move the link before its mouseup.
    const chapter = target?.matches(':focus-visible') ? target.closest('.transcript-chapter') : null;
    const previous = chapter?.previousElementSibling ?? null;
    mark(previous?.classList.contains('transcript-chapter') ? previous : null);
  };
  const onFocusOut = (event: FocusEvent) => {
    if (!(event.relatedTarget instanceof Node && panel.contains(event.relatedTarget))) mark(null);
  };
  panel.addEventListener('focusin', onFocusIn);
  panel.addEventListener('focusout', onFocusOut);
  return () => {
    panel.removeEventListener('focusin', onFocusIn);
    panel.removeEventListener('focusout', onFocusOut);
    mark(null);
  };
}
