'use client';

import { useMemo, useSyncExternalStore } from 'react';
import type { MediaStore } from './media-store';

const EMPTY: ReadonlySet<string> = new Set();

/**
 * The `src` of every `<track>` of the video that failed to load (404, not WebVTT), so the
 * captions menu can say which track is unavailable. Read from the elements' `error` events.
 */
export function useTrackErrors(store: MediaStore | null): ReadonlySet<string> {
  const source = useMemo(() => trackErrorSource(store), [store]);
  return useSyncExternalStore(source.subscribe, source.getSnapshot, () => EMPTY);
}

function trackErrorSource(store: MediaStore | null) {
  let failed = EMPTY;
  const read = (video: HTMLVideoElement) => {
    const urls = Array.from(video.querySelectorAll('track'))
      .filter((element) => element.readyState === HTMLTrackElement.ERROR)
      .map((element) => element.getAttribute('src') ?? '');
    if (urls.length !== failed.size || urls.some((url) => !failed.has(url))) failed = new Set(urls);
  };
  return {
    subscribe(onChange: () => void) {
      if (!store) return () => undefined;
      const onError = () => {
        read(store.video);
        onChange();
      };
      // `error` on a <track> does not bubble: listen in the capture phase on the video.
      store.video.addEventListener('error', onError, true);
      onError();
      return () => store.video.removeEventListener('error', onError, true);
    },
    getSnapshot: () => failed,
  };
}
