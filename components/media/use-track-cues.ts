'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { useMediaSelector, useMediaStore } from './media-provider';
import type { MediaStore } from './media-store';
import { findTrackElement } from './text-tracks';

const NONE: readonly TextTrackCue[] = [];

/**
 * Every cue of the `<track>` with this `url`, as the browser loaded it (start-time order): empty
 * until the page has hydrated and the file has loaded, then the track's `TextTrackCueList`. The
 * page sends no cue data; the browser reads the same WebVTT file the server parsed. A disabled
 * track is set to `hidden` so that it loads (and the browser draws nothing). A new caption
 * offset gives a new list: the same cues, moved in place, so indexes over their times are rebuilt.
 */
export function useTrackCues(track: { url: string } | null): readonly TextTrackCue[] {
  const store = useMediaStore();
  const url = track?.url ?? null;
  const offset = useMediaSelector((s) => s.captionOffset);
  // The offset moves the same cues in place: a new source reads them into a new list.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const source = useMemo(() => trackCueSource(store, url), [store, url, offset]);
  return useSyncExternalStore(source?.subscribe ?? noopSubscribe, source?.getSnapshot ?? none, none);
}

function trackCueSource(store: MediaStore | null, url: string | null) {
  if (!store || url === null) return null;
  let cues = NONE;
  const read = (element: HTMLTrackElement) => {
    const list = element.track.cues;
    cues = list && list.length ? Array.from(list) : NONE;
  };
  return {
    subscribe(onChange: () => void) {
      const element = findTrackElement(store, url);
      if (!element) return () => undefined;
      if (element.track.mode === 'disabled') element.track.mode = 'hidden';
      const onLoad = () => {
        read(element);
        onChange();
      };
      element.addEventListener('load', onLoad);
      onLoad();
      return () => element.removeEventListener('load', onLoad);
    },
    getSnapshot: () => cues,
  };
}

const noopSubscribe = () => () => undefined;
const none = () => NONE;
