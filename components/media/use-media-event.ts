'use client';

import { useEffect, useRef } from 'react';
import type { MediaStore } from './media-store';

type MediaEventType = keyof HTMLMediaElementEventMap;

/** Listens to the video's `types` events; returns the unsubscribe. For effects that own several. */
export function listenToMedia(
  store: MediaStore,
  types: readonly MediaEventType[],
  handler: (event: Event) => void,
): () => void {
  for (const type of types) store.video.addEventListener(type, handler);
  return () => {
    for (const type of types) store.video.removeEventListener(type, handler);
  };
}

/**
 * Calls `handler` on each of the video's `types` events while mounted (and `enabled`). The
 * handler is read through a ref, so a new closure each render does not re-subscribe.
 */
export function useMediaEvent(
  store: MediaStore | null,
  types: readonly MediaEventType[],
  handler: (event: Event) => void,
  enabled = true,
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const key = types.join(' ');
  useEffect(() => {
    if (!store || !enabled) return;
    return listenToMedia(store, key.split(' ') as MediaEventType[], (event) => latest.current(event));
  }, [store, key, enabled]);
}
