'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { useMediaStore } from './media-provider';
import type { MediaStore } from './media-store';
import { findTextTrack } from './text-tracks';

/** What the hook needs of a track: its `<track src>` and its server-parsed cues. */
interface CueTrack<C> {
  url: string;
  cues: readonly C[];
}

interface TimedText {
  startTime: number;
  endTime: number;
  text: string;
}

const NONE: readonly number[] = [];

const cueKey = (startTime: number, endTime: number, text: string) =>
  `${startTime.toFixed(3)}|${endTime.toFixed(3)}|${text}`;

/**
 * The cues of `track` active now, driven by the hidden `TextTrack`'s `cuechange`: the browser
 * schedules it against the media clock, so the overlay changes on the same frame as native
 * captions would (DESIGN.md; `timeupdate` would be up to 250 ms late). Each active `VTTCue` is
 * matched to the server-parsed cue (with its cue-text tree) by start, end and text.
 */
export function useActiveCues<C extends TimedText>(track: CueTrack<C> | null): C[] {
  const store = useMediaStore();
  const source = useMemo(() => activeCueSource(store, track), [store, track]);
  const indices = useSyncExternalStore(
    source?.subscribe ?? noopSubscribe,
    source?.getSnapshot ?? emptySnapshot,
    emptySnapshot,
  );
  return useMemo(() => (track ? indices.map((i) => track.cues[i]!) : []), [indices, track]);
}

function activeCueSource(store: MediaStore | null, track: CueTrack<TimedText> | null) {
  if (!store || !track) return null;
  const indexByKey = new Map(track.cues.map((cue, i) => [cueKey(cue.startTime, cue.endTime, cue.text), i]));
  let active: readonly number[] = NONE;
  const read = (textTrack: TextTrack) => {
    const next = Array.from(textTrack.activeCues ?? [])
      .map((cue) => indexByKey.get(cueKey(cue.startTime, cue.endTime, (cue as VTTCue).text)))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b);
    if (next.length !== active.length || next.some((i, n) => i !== active[n]))
      active = next.length ? next : NONE;
  };
  return {
    subscribe(onChange: () => void) {
      const textTrack = findTextTrack(store, track.url);
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
const emptySnapshot = () => NONE;
