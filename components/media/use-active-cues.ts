'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { useMediaStore } from './media-provider';
import type { MediaStore } from './media-store';
import { findTextTrack } from './text-tracks';
import { trackCueOf, type TrackCue } from './track-cue';

const NONE: readonly TrackCue[] = [];

/**
 * The cues of the `<track>` with this `url` active now, read from its hidden `TextTrack` on
 * `cuechange`: the browser schedules it against the media clock, so the overlay changes on the
 * same frame as native captions would (DESIGN.md; `timeupdate` would be up to 250 ms late). The
 * cues, their text trees and settings come from the browser's `VTTCue`s (see `track-cue.ts`),
 * so a timing offset applied to those cues applies here too.
 */
export function useActiveCues(track: { url: string } | null): readonly TrackCue[] {
  const store = useMediaStore();
  const url = track?.url ?? null;
  const source = useMemo(() => activeCueSource(store, url), [store, url]);
  return useSyncExternalStore(source?.subscribe ?? noopSubscribe, source?.getSnapshot ?? none, none);
}

function activeCueSource(store: MediaStore | null, url: string | null) {
  if (!store || url === null) return null;
  let active = NONE;
  const read = (textTrack: TextTrack) => {
    const next = Array.from(textTrack.activeCues ?? [], trackCueOf).sort(
      (a, b) => a.startTime - b.startTime || b.endTime - a.endTime,
    );
    if (next.length !== active.length || next.some((cue, n) => cue !== active[n]))
      active = next.length ? next : NONE;
  };
  return {
    subscribe(onChange: () => void) {
      const textTrack = findTextTrack(store, url);
      if (!textTrack) return () => undefined;
      if (textTrack.mode === 'disabled') textTrack.mode = 'hidden';
      const onCueChange = () => {
        read(textTrack);
        onChange();
      };
      textTrack.addEventListener('cuechange', onCueChange);
      onCueChange();
      return () => textTrack.removeEventListener('cuechange', onCueChange);
    },
    getSnapshot: () => active,
  };
}

const noopSubscribe = () => () => undefined;
const none = () => NONE;
