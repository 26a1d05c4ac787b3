'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { parseStartParam } from '@/captions/start-time';
import { createTimeIndex } from '@/captions/time-index';
import {
  play,
  seek,
  showTrackInPictureInPicture,
  takeOverFromNativePlayer,
} from '@/components/media/commands';
import { useDescriptionsToggle } from '@/components/description/use-descriptions-toggle';
import { useAttachMedia, useMediaSelector, useMediaStore } from '@/components/media/media-provider';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import { CaptionOverlay } from './caption-overlay';
import { CaptionSettingsDialog } from './caption-settings-dialog';
import { findTextTrack, selectedCaptionTrack } from './caption-tracks';
import { ownsKey, runAction } from './player-actions';
import { PlayerControls, type SeekMark } from './player-controls';
import type { PlayerTrack } from './player-track';
import { shortcutFor } from './shortcuts';
import { ShortcutsDialog } from './shortcuts-dialog';
import { usePauseAfterCaption } from './use-pause-after-caption';
import { useTrackErrors } from './use-track-errors';

const MEDIA_ERRORS: Record<number, string> = {
  1: 'loading was stopped',
  2: 'a network error interrupted it',
  3: 'the file is damaged or cannot be decoded',
  4: 'the file is missing or in a format this browser cannot play',
};

/**
 * The player container: the server-rendered `<video>` (its children) plus, once hydrated, the
 * app's caption overlay, control bar and shortcuts. Until then, and without JavaScript, the
 * browser's own controls and captions work. It is the element that goes fullscreen, and the
 * region in which the keyboard shortcuts apply.
 */
export function PlayerFrame({
  children,
  tracks,
  marks = [],
  duration,
}: {
  children: ReactNode;
  tracks: PlayerTrack[];
  marks?: SeekMark[];
  /** Seconds, from the manifest: bounds the `?t=` start time. */
  duration: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const getElements = useCallback(() => {
    const container = ref.current;
    const video = container?.querySelector('video');
    if (!container || !video) return null;
    return { video, container };
  }, []);
  useAttachMedia(getElements);
  const store = useMediaStore();
  const state = useMediaSelector((s) => s.state);
  const errorCode = useMediaSelector((s) => s.errorCode);
  const language = usePreferences((p) => p.captionLanguage);
  const shortcutsOn = usePreferences((p) => p.shortcuts);
  const pauseAfterCaption = usePreferences((p) => p.pauseAfterCaption);
  const unavailable = useTrackErrors(store);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const toggleDescriptions = useDescriptionsToggle();

  const usable = useMemo(() => tracks.filter((t) => !unavailable.has(t.url)), [tracks, unavailable]);
  const selected = useMemo(() => selectedCaptionTrack(usable, language), [usable, language]);
  const captionIndex = useMemo(() => (selected ? createTimeIndex(selected.cues) : null), [selected]);
  const waiting = usePauseAfterCaption(store, selected, pauseAfterCaption);

  // Take over from the native player, and honour `?t=` (also when served statically, where the
  // server cannot add the #t= media fragment).
  useEffect(() => {
    if (!store) return;
    const undo = takeOverFromNativePlayer(store);
    const start = parseStartParam(
      new URLSearchParams(window.location.search).get('t') ?? undefined,
      duration,
    );
    if (start !== null && Math.abs(store.video.currentTime - start) > 0.5) seek(store, start);
    return undo;
  }, [store, duration]);

  // Picture-in-picture shows only the video, so the browser draws the chosen track there.
  useEffect(() => {
    const textTrack = store && selected && findTextTrack(store.video, selected.url);
    if (!store || !textTrack) return;
    return showTrackInPictureInPicture(store, textTrack);
  }, [store, selected]);

  const lastLanguage = useRef<string | null>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!store || !shortcutsOn || event.defaultPrevented) return;
    const shortcut = shortcutFor(event);
    if (!shortcut || ownsKey(event.target, event.key)) return;
    event.preventDefault();
    runAction(shortcut.action, {
      store,
      captions: captionIndex,
      toggleCaptions() {
        if (language === 'off') updatePreferences({ captionLanguage: lastLanguage.current });
        else {
          lastLanguage.current = language;
          updatePreferences({ captionLanguage: 'off' });
        }
      },
      toggleDescriptions,
      showShortcuts: () => setShortcutsOpen(true),
    });
  };

  return (
    <div ref={ref} className="player" data-player="" data-state={state} onKeyDown={onKeyDown}>
      <div className="player-screen">
        {children}
        {store && <CaptionOverlay track={selected} />}
      </div>
      {store && (
        <PlayerControls
          store={store}
          tracks={tracks}
          marks={marks}
          unavailable={unavailable}
          extra={
            <>
              <CaptionSettingsDialog />
              <ShortcutsDialog open={shortcutsOpen} onOpenChange={setShortcutsOpen} />
            </>
          }
        />
      )}
      {store && pauseAfterCaption && (
        <div className="reading-assist" data-state={waiting ? 'waiting' : 'idle'}>
          <p role="status" aria-live="polite">
            {waiting
              ? 'Paused after the caption. Continue when you are ready.'
              : 'Pausing after each caption.'}
          </p>
          {waiting && (
            <button type="button" onClick={() => play(store)}>
              Continue
            </button>
          )}
        </div>
      )}
      {errorCode > 0 && (
        <p className="player-message" role="alert">
          The video could not be played: {MEDIA_ERRORS[errorCode] ?? 'an unknown error occurred'}. The
          transcript and notes on this page still work.
        </p>
      )}
    </div>
  );
}
