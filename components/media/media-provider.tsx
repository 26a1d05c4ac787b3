'use client';

import {
  createContext,
  startTransition,
  use,
  useCallback,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { createMediaStore, INITIAL_SNAPSHOT, type MediaSnapshot, type MediaStore } from './media-store';

interface MediaContextValue {
  /** Null until the player frame has hydrated and handed over its `<video>`. */
  store: MediaStore | null;
  attach(video: HTMLVideoElement, container: HTMLElement): () => void;
}

const MediaContext = createContext<MediaContextValue | null>(null);

/**
 * One per page: holds the media store of the page's player so that the player, the transcript
 * and the notes (in different sections) read one `<video>`.
 */
export function MediaProvider({ children }: { children: ReactNode }) {
  const [store, setStore] = useState<MediaStore | null>(null);
  const attach = useCallback((video: HTMLVideoElement, container: HTMLElement) => {
    const created = createMediaStore(video, container);
    // A transition: the page's first render with a store (the player's bar, overlay and dialogs,
    // the transcript's and notes' controllers) yields to the browser every few milliseconds
    // instead of running as one long task right after hydration (Total Blocking Time, `npm run
    // bench`). As a default update it was flushed with hydration's synchronous work, in one task.
    startTransition(() => setStore(created));
    return () => {
      created.destroy();
      setStore((current) => (current === created ? null : current));
    };
  }, []);
  return <MediaContext value={{ store, attach }}>{children}</MediaContext>;
}

function useMediaContext(): MediaContextValue {
  const context = use(MediaContext);
  if (!context) throw new Error('Media hooks must be used inside <MediaProvider>.');
  return context;
}

/** The page's media store, or null before hydration. Throws outside `<MediaProvider>`. */
export function useMediaStore(): MediaStore | null {
  return useMediaContext().store;
}

/** Hands a player frame's `<video>` to the provider for as long as the frame is mounted. */
export function useAttachMedia(
  getElements: () => { video: HTMLVideoElement; container: HTMLElement } | null,
) {
  const { attach } = useMediaContext();
  useEffect(() => {
    const elements = getElements();
    if (!elements) return;
    return attach(elements.video, elements.container);
  }, [attach, getElements]);
}

const noop = () => () => undefined;

/**
 * Reads part of the media snapshot; re-renders only when the selected value changes.
 * Select primitives (or memoised values): the comparison is `Object.is`.
 */
export function useMediaSelector<T>(selector: (snapshot: MediaSnapshot) => T): T {
  const store = useMediaStore();
  return useSyncExternalStore(
    store ? store.subscribe : noop,
    () => selector(store ? store.getSnapshot() : INITIAL_SNAPSHOT),
    () => selector(INITIAL_SNAPSHOT),
  );
}
