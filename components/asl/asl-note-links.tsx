'use client';

import { useEffect, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import type { AslMoment } from '@/captions/asl-moment';
import { createTimeIndex, cueIndexAt } from '@/captions/time-index';
import { seekToCaptionTime } from '@/components/media/commands';
import { useMediaSelector, useMediaStore } from '@/components/media/media-provider';
import { captionTime } from '@/components/media/media-store';
import { revealPlayer } from '@/components/watch/reveal-player';

/**
 * The client half of the server-rendered note list (its `children`): a click on a note's time
 * link seeks the page's video instead of reloading the page, bringing the video into view (the `?t=` link still works without
 * JavaScript, or opened in a new tab), and the note of the current moment is marked
 * `aria-current="true"` in place, so playback never re-renders the list.
 */
export function AslNoteLinks({ moments, children }: { moments: readonly AslMoment[]; children: ReactNode }) {
  const store = useMediaStore();
  const ref = useRef<HTMLDivElement>(null);
  const index = useMemo(() => createTimeIndex(moments), [moments]);
  const position = useMediaSelector((s) => cueIndexAt(index, captionTime(s)));
  const current = index.cues[position] ?? null;

  useEffect(() => {
    for (const item of Array.from(ref.current?.querySelectorAll<HTMLElement>('li[data-start]') ?? [])) {
      const active = current !== null && Number(item.dataset.start) === current.startTime;
      if (active) item.setAttribute('aria-current', 'true');
      else item.removeAttribute('aria-current');
    }
  }, [current]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!store || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    const link = event.target instanceof Element ? event.target.closest('a[data-seek]') : null;
    const seconds = Number(link?.getAttribute('data-seek'));
    if (!link || !Number.isFinite(seconds)) return;
    event.preventDefault();
    seekToCaptionTime(store, seconds);
    revealPlayer(store);
  };

  return (
    // Event delegation: the links inside are real, focusable <a> elements; this only intercepts
    // their activation (Enter on a link fires click too).
    <div ref={ref} onClick={onClick}>
      {children}
    </div>
  );
}
