'use client';

import { useEffect, useState } from 'react';
import type { MediaStore } from '@/components/media/media-store';
import { findTextTrack } from './caption-tracks';
import type { PlayerTrack } from './player-track';

/**
 * "Pause after each caption" (W3C Media Accessibility User Requirements, ECC-3): when a caption
 * ends during playback, pause until the viewer continues. Driven by `cuechange`, which the
 * browser fires on the frame the cue ends; an exit caused by seeking does not pause (changes between
 * `seeking` and `seeked` are jumps, however late the events are delivered).
 * Returns whether the player is waiting for the viewer.
 */
export function usePauseAfterCaption(
  store: MediaStore | null,
  track: PlayerTrack | null,
  enabled: boolean,
): boolean {
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    if (!store || !track || !enabled) return;
    const { video } = store;
    const textTrack = findTextTrack(video, track.url);
    if (!textTrack) return;
    let active = new Set<TextTrackCue>(Array.from(textTrack.activeCues ?? []));
    let jumped = false;
    const onCueChange = () => {
      const now = new Set<TextTrackCue>(Array.from(textTrack.activeCues ?? []));
      const ended = Array.from(active).some((cue) => !now.has(cue));
      active = now;
      if (ended && !jumped && !video.paused && !video.seeking) {
        video.pause();
        setWaiting(true);
      }
    };
    const onPlay = () => setWaiting(false);
    const onSeeking = () => {
      jumped = true;
      setWaiting(false);
    };
    // The cue changes a seek causes are dispatched before its `seeked` event.
    const onSeeked = () => (jumped = false);
    textTrack.addEventListener('cuechange', onCueChange);
    video.addEventListener('play', onPlay);
    video.addEventListener('seeking', onSeeking);
    video.addEventListener('seeked', onSeeked);
    return () => {
      textTrack.removeEventListener('cuechange', onCueChange);
      video.removeEventListener('play', onPlay);
      video.removeEventListener('seeking', onSeeking);
      video.removeEventListener('seeked', onSeeked);
      setWaiting(false);
    };
  }, [store, track, enabled]);
  return waiting && enabled;
}
