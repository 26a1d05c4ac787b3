/**
 * Following playback in the transcript: marks the active entry with `aria-current="true"` by a
 * direct attribute change (the server-rendered list is never re-rendered for time), and keeps it
 * in view by scrolling the panel, not the page. Following pauses while the reader scrolls the
 * panel themself or has focus inside it; `prefers-reduced-motion` jumps instead of animating.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { cueIndexAt, createTimeIndex, type TimeIndex } from '@/captions/time-index';
import { captionTime, type MediaStore } from '@/components/media/media-store';

/** App scrolls that end short of their entry are corrected at most this many times. */
const MAX_CORRECTIONS = 3;

/** Where the panel should scroll to bring `entry` into view, or null when it is in view. */
function scrollTargetFor(panel: HTMLElement, entry: HTMLElement): number | null {
  const box = panel.getBoundingClientRect();
  const rect = entry.getBoundingClientRect();
  if (rect.height === 0) return null;
  const top = rect.top - box.top + panel.scrollTop;
  if (top >= panel.scrollTop && top + rect.height <= panel.scrollTop + panel.clientHeight) return null;
  const target = Math.max(0, Math.min(top - panel.clientHeight / 3, panel.scrollHeight - panel.clientHeight));
  return Math.abs(target - panel.scrollTop) < 1 ? null : target;
}

/**
 * Seconds added to the media time before looking up the cue. Chromium keeps media time in whole
 * microseconds and truncates, so seeking to a cue's start (8.181) can read back as 8.180999, just
 * before the cue; half a WebVTT millisecond absorbs that without marking a cue early.
 */
const SEEK_TOLERANCE = 0.0005;

interface EntryTimes {
  entry: HTMLElement;
  startTime: number;
  endTime: number;
}

/** The entries' times from their attributes (`getAttribute`: `dataset` costs twice as much). */
function entryTimeIndex(entries: readonly HTMLElement[]): TimeIndex<EntryTimes> {
  return createTimeIndex(
    entries.map((entry) => ({
      entry,
      startTime: Number(entry.getAttribute('data-start')),
      endTime: Number(entry.getAttribute('data-end')),
    })),
  );
}

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface TranscriptFollow {
  /** Auto-scroll is on but paused: by the reader's scrolling, or by focus inside the panel. */
  suspended: boolean;
  /** Resumes following and scrolls the current entry into view. */
  returnToCurrent(): void;
  /** Scrolls the panel to `entry` as the app's own scroll (not the reader's). */
  reveal(entry: HTMLElement): void;
  /** Pauses following as if the reader had scrolled away (a search moved the panel). */
  detach(): void;
  /** Ends a pause from scrolling away, without scrolling now (the reader chose a cue). */
  resume(): void;
}

export function useTranscriptFollow({
  store,
  panel,
  entries,
  autoScroll,
}: {
  store: MediaStore | null;
  /** The scrolling panel around the lists, once mounted. */
  panel: HTMLElement | null;
  /** The entries that can be current, in document order; a new function when they change. */
  entries: () => HTMLElement[];
  autoScroll: boolean;
}): TranscriptFollow {
  const [detached, setDetached] = useState(false);
  const [focusInside, setFocusInside] = useState(false);
  const following = autoScroll && !detached && !focusInside;
  // True from an app scroll until its `scrollend`: scroll events in between are not the reader's.
  const appScrolling = useRef(false);
  // The entry an app scroll brings into view: lines far from view are not laid out
  // (`content-visibility: auto`, transcript.css), so their heights are estimates until the scroll
  // passes them; when the scroll ends with the entry still out of view, it scrolls again.
  const scrollingTo = useRef<{ entry: HTMLElement; corrections: number } | null>(null);

  const scrollPanel = useCallback(
    (entry: HTMLElement, top: number) => {
      if (!panel) return;
      appScrolling.current = true;
      scrollingTo.current = { entry, corrections: 0 };
      panel.scrollTo({ top, behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
    },
    [panel],
  );

  useEffect(() => {
    const element = panel;
    if (!element) return;
    const onScroll = () => {
      if (!appScrolling.current) setDetached(true);
    };
    const onScrollEnd = () => {
      const pending = scrollingTo.current;
      const again = pending && appScrolling.current ? scrollTargetFor(element, pending.entry) : null;
      if (pending && again !== null && pending.corrections < MAX_CORRECTIONS) {
        pending.corrections += 1;
        element.scrollTo({ top: again, behavior: 'instant' });
        return;
      }
      appScrolling.current = false;
      scrollingTo.current = null;
    };
    // The reader's own scrolling starts with one of these; it wins over an app scroll under way.
    const onIntent = () => {
      appScrolling.current = false;
      scrollingTo.current = null;
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target !== element) return;
      appScrolling.current = false;
      scrollingTo.current = null;
    };
    const onFocusIn = () => setFocusInside(true);
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && element.contains(event.relatedTarget)))
        setFocusInside(false);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    element.addEventListener('scrollend', onScrollEnd);
    element.addEventListener('wheel', onIntent, { passive: true });
    element.addEventListener('touchstart', onIntent, { passive: true });
    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('scroll', onScroll);
      element.removeEventListener('scrollend', onScrollEnd);
      element.removeEventListener('wheel', onIntent);
      element.removeEventListener('touchstart', onIntent);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [panel]);

  // The entries' time index, made once per list: following pauses and resumes (a search, the
  // reader's scrolling) without reading 10,000 lines again.
  const indexed = useRef<{ entries: () => HTMLElement[]; index: TimeIndex<EntryTimes> } | null>(null);

  useEffect(() => {
    const element = panel;
    if (!store || !element) return;
    const fresh = indexed.current?.entries !== entries;
    let active: HTMLElement | null = null;
    let frame = 0;
    const update = () => {
      frame = 0;
      if (indexed.current?.entries !== entries)
        indexed.current = { entries, index: entryTimeIndex(entries()) };
      const { index } = indexed.current;
      // The lines carry their files' times: look up the one on screen, less the caption offset.
      const time = captionTime(store.getSnapshot()) + SEEK_TOLERANCE;
      const next = index.cues[cueIndexAt(index, time)]?.entry ?? null;
      if (next === active) return;
      active?.removeAttribute('aria-current');
      next?.setAttribute('aria-current', 'true');
      active = next;
      // Measured after the change: the current line's chapter is laid out in full from then on
      // (transcript.css), so the panel can scroll all the way to it in one go.
      const target = following && next ? scrollTargetFor(element, next) : null;
      if (target !== null && next) scrollPanel(next, target);
    };
    // A new list (the page hydrating, another language) is read and marked in the next frame, not
    // in the task that mounts it: reading its lines and measuring the current one there forced a
    // layout of the whole page inside hydration (24 ms of the watch page's longest task here; on
    // a phone four times that), one the frame does anyway. A re-run for the same list (following
    // paused or resumed) marks at once, so the mark never blinks.
    if (fresh) frame = requestAnimationFrame(update);
    else update();
    const unsubscribe = store.subscribe(() => {
      if (!frame) frame = requestAnimationFrame(update);
    });
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
      active?.removeAttribute('aria-current');
    };
  }, [store, panel, entries, following, scrollPanel]);

  return {
    suspended: autoScroll && !following,
    returnToCurrent: useCallback(() => {
      setDetached(false);
      const current = panel?.querySelector<HTMLElement>('[aria-current="true"]');
      const target = panel && current ? scrollTargetFor(panel, current) : null;
      if (current && target !== null) scrollPanel(current, target);
    }, [panel, scrollPanel]),
    reveal: useCallback(
      (entry: HTMLElement) => {
        const target = panel ? scrollTargetFor(panel, entry) : null;
        if (target !== null) scrollPanel(entry, target);
      },
      [panel, scrollPanel],
    ),
    detach: useCallback(() => setDetached(true), []),
    resume: useCallback(() => setDetached(false), []),
  };
}
