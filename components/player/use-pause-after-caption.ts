'use client';

import { useEffect, useState } from 'react';
import type { MediaStore } from '@/components/media/media-store';
import { findTextTrack } from './caption-tracks';
import type { PlayerTrack } from './player-track';

/** How close to a cue's end the media must be for its exit to count as "played through". */
const END_TOLERANCE = 0.35;

/**
 * "Pause after each caption" (W3C Media Accessibility User Requirements, ECC-3): when a caption
 * ends during playback, pause until the viewer continues. Driven by `cuechange`, which the
 * browser fires on the frame the cue ends; an exit caused by seeking does not pause.
 * Returns whether the player is waiting for the viewer.
 */
export function usePauseAfterCaption(store: MediaStore | null, track: PlayerTrack | null, enabled: boolean): boolean {
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    if (!store || !track || !enabled) return;
    const { video } = store;
    const textTrack = findTextTrack(video, track.url);
    if (!textTrack) return;
    let active = new Set<TextTrackCue>(Array.from(textTrack.activeCues ?? []));
    const onCueChange = () => {
      const now = new Set<TextTrackCue>(Array.from(textTrack.activeCues ?? []));
      const ended = Array.from(active).some(
        (cue) => !now.has(cue) && Math.abs(video.currentTime - cue.endTime) < END_TOLERANCE,
      );
      active = now;
      if (ended && !video.paused && !video.seeking) {
        video.pause();
        setWaiting(true);
      }
    };
    const onPlay = () => setWaiting(false);
    textTrack.addEventListener('cuechange', onCueChange);
    video.addEventListener('play', onPlay);
    video.addEventListener('seeking', onPlay);
    return () => {
      textTrack.removeEventListener('cuechange', onCueChange);
      video.removeEventListener('play', onPlay);
      video.removeEventListener('seeking', onPlay);
      setWaiting(false);
    };
  }, [store, track, enabled]);
  return waiting && enabled;
}
