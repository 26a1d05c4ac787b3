'use client';

import { useEffect, useMemo, useState } from 'react';
import { createTimeIndex } from '@/captions/time-index';
import { pause, seek } from '@/components/media/commands';
import { isAdvancing, liveCurrentTime, type MediaStore } from '@/components/media/media-store';
import { listenToMedia } from '@/components/media/use-media-event';
import { useTrackCues } from '@/components/media/use-track-cues';
import { delayUntil, nextPausePoint, PAUSE_LEAD } from './pause-schedule';
import type { PlayerTrack } from './player-track';

/**
 * "Pause after each caption" (W3C Media Accessibility User Requirements, ECC-3): pause while the
 * caption is still on screen, about one frame before it ends, and keep it there until the viewer
 * continues. A timer is aimed at each showing caption's end from its cue times (the `cuechange`
 * of its end fires only once the caption is already gone); should the pause land late, the
 * position steps back inside the caption. Seeking never pauses.
 * Returns whether the player is waiting for the viewer.
 */
export function usePauseAfterCaption(
  store: MediaStore | null,
  track: PlayerTrack | null,
  enabled: boolean,
): boolean {
  const [waiting, setWaiting] = useState(false);
  const cues = useTrackCues(track);
  const index = useMemo(() => (track ? createTimeIndex(cues) : null), [track, cues]);

  useEffect(() => {
    if (!enabled || !store || !index) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** The caption end already paused at, so continuing does not pause again for it. */
    let handledEnd = -1;
    /** The seek that steps back into the caption is ours, not the viewer's jump. */
    let correcting = false;

    const clear = () => clearTimeout(timer);
    const arm = () => {
      clear();
      if (!isAdvancing(store)) return;
      const t = liveCurrentTime(store);
      const point = nextPausePoint(index, t, handledEnd);
      if (!point) return;
      timer = setTimeout(
        () => {
          if (!isAdvancing(store)) return;
          const due = point.kind === 'end' && point.time - liveCurrentTime(store) <= PAUSE_LEAD * 1.5;
          if (!due) return arm();
          handledEnd = point.time;
          pause(store);
          setWaiting(true);
          if (liveCurrentTime(store) >= point.time) {
            correcting = true;
            seek(store, point.time - PAUSE_LEAD);
          }
        },
        delayUntil(point, t, store.getSnapshot().playbackRate),
      );
    };
    const onPlay = () => {
      setWaiting(false);
      arm();
    };
    const onSeeking = () => {
      if (correcting) return;
      handledEnd = -1;
      setWaiting(false);
      clear();
    };
    const onSeeked = () => {
      correcting = false;
      arm();
    };
    const undo = [
      listenToMedia(store, ['play'], onPlay),
      listenToMedia(store, ['ratechange'], arm),
      listenToMedia(store, ['pause'], clear),
      listenToMedia(store, ['seeking'], onSeeking),
      listenToMedia(store, ['seeked'], onSeeked),
    ];
    arm();
    return () => {
      clear();
      for (const stop of undo) stop();
      setWaiting(false);
    };
  }, [enabled, store, index]);

  return waiting && enabled;
}
