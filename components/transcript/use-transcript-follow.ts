/**
 * Following playback in the transcript: marks the active entry with `aria-current="true"` by a
 * direct attribute change (the server-rendered list is never re-rendered for time), and keeps it
 * in view by scrolling the panel, not the page, while the panel is on screen. Following pauses
 * while the reader scrolls the panel themself or has focus inside it; `prefers-reduced-motion`
 * jumps instead of animating.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { cueIndexAt, createTimeIndex, type TimeIndex } from '@/captions/time-index';
import { captionTime, type MediaStore } from '@/components/media/media-store';

/** The attribute on the line the panel scrolls to; transcript.css lays out its chapter in full. */
const SCROLL_TARGET = 'data-scroll-target';

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

/**
 * Entries whose times are read in one animation frame. Reading a line's two times costs about
 * 1.2 µs here (`getAttribute`: `dataset` costs twice as much), so a 10,000-line list read at once
 * was a 25–40 ms frame on 2 cores and four times that on a phone: the longest task of the
 * 10,000-cue page after hydration. A thousand a frame keeps each frame's share under 10 ms; the
 * current line is marked a few frames later, which nobody sees.
 */
export const ENTRIES_READ_PER_FRAME = 1000;

/**
 * The time index of `entries`' list, read a slice per animation frame once they are given; null
 * until it is ready, and again while a new list (another language, descriptions shown or hidden)
 * is read. Made once per list: following pauses and resumes without reading the lines again.
 */
function useEntryIndex(entries: (() => HTMLElement[]) | null): TimeIndex<EntryTimes> | null {
  const [read, setRead] = useState<{ entries: () => HTMLElement[]; index: TimeIndex<EntryTimes> } | null>(
    null,
  );
  useEffect(() => {
    if (!entries) return;
    // The list is taken in the first frame too, not in the task that mounts it (hydration).
    let list: HTMLElement[] | null = null;
    const times: EntryTimes[] = [];
    const slice = () => {
      list ??= entries();
      const end = Math.min(list.length, times.length + ENTRIES_READ_PER_FRAME);
      for (let i = times.length; i < end; i += 1) {
        const entry = list[i]!;
        times.push({
          entry,
          startTime: Number(entry.getAttribute('data-start')),
          endTime: Number(entry.getAttribute('data-end')),
        });
      }
      if (times.length < list.length) frame = requestAnimationFrame(slice);
      else {
        frame = 0;
        setRead({ entries, index: createTimeIndex(times) });
      }
    };
    let frame = requestAnimationFrame(slice);
    return () => {
      if (frame) cancelAnimationFrame(frame);
    };
  }, [entries]);
  return read && read.entries === entries ? read.index : null;
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
  // Whether the panel is on screen. Off screen (a phone's page scrolled up to the player) it is
  // not scrolled: bringing a line into view there would lay out its chapter, a lecture's 1,000
  // lines, for nobody to see. It catches up when it comes into view.
  // (Where the browser cannot tell, it is always on screen.)
  const [panelShown, setPanelShown] = useState(() => typeof IntersectionObserver === 'undefined');
  // The line the panel last scrolled to or measured: its chapter is laid out in full
  // (`data-scroll-target`, transcript.css), so the panel can scroll all the way to it in one go.
  const scrollTarget = useRef<HTMLElement | null>(null);
  // True from an app scroll until its `scrollend`: scroll events in between are not the reader's.
  const appScrolling = useRef(false);
  // The entry an app scroll brings into view: lines far from view are not laid out
  // (`content-visibility: auto`, transcript.css), so their heights are estimates until the scroll
  // passes them; when the scroll ends with the entry still out of view, it scrolls again.
  const scrollingTo = useRef<{ entry: HTMLElement; corrections: number } | null>(null);

  /** Where the panel should scroll to bring `entry` into view (null: it is in view), measured
   * with its chapter laid out. */
  const targetFor = useCallback(
    (entry: HTMLElement) => {
      if (!panel) return null;
      if (scrollTarget.current !== entry) {
        scrollTarget.current?.removeAttribute(SCROLL_TARGET);
        entry.setAttribute(SCROLL_TARGET, '');
        scrollTarget.current = entry;
      }
      return scrollTargetFor(panel, entry);
    },
    [panel],
  );

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
    if (!panel || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((records) => {
      const latest = records[records.length - 1];
      if (latest) setPanelShown(latest.isIntersecting);
    });
    observer.observe(panel);
    return () => observer.disconnect();
  }, [panel]);

  useEffect(() => {
    const element = panel;
    if (!element) return;
    const onScroll = () => {
      if (!appScrolling.current) setDetached(true);
    };
    // Checks, once an app scroll has ended, that its entry is in view, and scrolls again if not.
    const settle = () => {
      settleFrame = 0;
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
    // Two frames after the end: the lines a jump brings near the view are laid out only then (their
    // `content-visibility: auto` state changes in the frame after the jump and takes effect in
    // the next), and their real heights move the entry. Checked at once, a jump with reduced
    // motion to the end of the demo's transcript left its line 100 px below the panel.
    let settleFrame = 0;
    const onScrollEnd = () => {
      if (settleFrame) cancelAnimationFrame(settleFrame);
      settleFrame = requestAnimationFrame(() => {
        settleFrame = requestAnimationFrame(settle);
      });
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
      if (settleFrame) cancelAnimationFrame(settleFrame);
      element.removeEventListener('scroll', onScroll);
      element.removeEventListener('scrollend', onScrollEnd);
      element.removeEventListener('wheel', onIntent);
      element.removeEventListener('touchstart', onIntent);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [panel]);

  const index = useEntryIndex(store && panel ? entries : null);
  const scrollNow = following && panelShown;

  useEffect(() => {
    const element = panel;
    if (!store || !element || !index) return;
    let active: HTMLElement | null = null;
    let frame = 0;
    const update = () => {
      frame = 0;
      // The lines carry their files' times: look up the one on screen, less the caption offset.
      const time = captionTime(store.getSnapshot()) + SEEK_TOLERANCE;
      const next = index.cues[cueIndexAt(index, time)]?.entry ?? null;
      if (next === active) return;
      active?.removeAttribute('aria-current');
      next?.setAttribute('aria-current', 'true');
      active = next;
      // Marking costs next to nothing; measuring lays out the line's chapter, so it waits for a
      // panel that is followed and on screen (this effect runs again when it comes into view).
      const target = scrollNow && next ? targetFor(next) : null;
      if (target !== null && next) scrollPanel(next, target);
    };
    // Marked at once: the index was read in earlier frames; and a re-run for the same list
    // (following paused or resumed, the panel scrolled into view) keeps the mark without a blink.
    update();
    const unsubscribe = store.subscribe(() => {
      if (!frame) frame = requestAnimationFrame(update);
    });
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
      active?.removeAttribute('aria-current');
    };
  }, [store, panel, index, scrollNow, targetFor, scrollPanel]);

  return {
    suspended: autoScroll && !following,
    returnToCurrent: useCallback(() => {
      setDetached(false);
      const current = panel?.querySelector<HTMLElement>('[aria-current="true"]');
      const target = current ? targetFor(current) : null;
      if (current && target !== null) scrollPanel(current, target);
    }, [panel, targetFor, scrollPanel]),
    reveal: useCallback(
      (entry: HTMLElement) => {
        const target = targetFor(entry);
        if (target !== null) scrollPanel(entry, target);
      },
      [targetFor, scrollPanel],
    ),
    detach: useCallback(() => setDetached(true), []),
    resume: useCallback(() => setDetached(false), []),
  };
}
