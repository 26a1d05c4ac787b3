'use client';

import { useCallback, useRef, type ReactNode } from 'react';
import { useAttachMedia, useMediaSelector } from '@/components/media/media-provider';
import type { PlayerTrack } from './player-track';

/**
 * The player container: the server-rendered `<video>` (its children) plus, once hydrated, the
 * app's caption overlay and controls. Until then, and without JavaScript, the browser's own
 * controls and captions work. It is the element that goes fullscreen.
 */
export function PlayerFrame({ children, tracks }: { children: ReactNode; tracks: PlayerTrack[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const getElements = useCallback(() => {
    const container = ref.current;
    const video = container?.querySelector('video');
    if (!container || !video) return null;
    return { video, container };
  }, []);
  useAttachMedia(getElements);
  const state = useMediaSelector((s) => s.state);
  return (
    <div ref={ref} className="player" data-player="" data-state={state} data-tracks={tracks.length}>
      {children}
    </div>
  );
}
