'use client';

import { Play } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { captionOffsetStatus, stepCaptionOffset } from '@/captions/caption-offset';
import { parseStartParam } from '@/captions/start-time';
import { createTimeIndex } from '@/captions/time-index';
import {
  play,
  seek,
  setCaptionOffset,
  showTrackInNativeFullscreen,
  showTrackInPictureInPicture,
  takeOverFromNativePlayer,
  togglePlay,
} from '@/components/media/commands';
import { findTextTrack } from '@/components/media/text-tracks';
import { useDescriptionsToggle } from '@/components/description/use-descriptions-toggle';
import { useAttachMedia, useMediaSelector, useMediaStore } from '@/components/media/media-provider';
import { liveCurrentTime } from '@/components/media/media-store';
import { usePreferences } from '@/components/preferences/preferences-store';
import { CaptionOverlay } from './caption-overlay';
import { useCaptionSelection } from './caption-selection';
import { useControlsVisibility } from './controls-visibility';
import { ownsKey, runAction } from './player-actions';
import { PlayerControls, type SeekMark } from './player-controls';
import { PlayerDialogs } from './player-dialogs';
import type { PlayerTrack } from './player-track';
import type { PlayerDialog } from './settings-menu-content';
import { shortcutFor } from './shortcuts';
import { useCaptionOffset } from './use-caption-offset';
import { usePauseAfterCaption } from './use-pause-after-caption';
import { useTrackErrors } from '@/components/media/use-track-errors';
import { useTrackCues } from '@/components/media/use-track-cues';

const MEDIA_ERRORS: Record<number, string> = {
  1: 'loading was stopped',
  2: 'a network error interrupted it',
  3: 'the file is damaged or cannot be decoded',
  4: 'the file is missing or in a format this browser cannot play',
};

/**
 * The player container: the server-rendered `<video>` (its children) plus, once hydrated, the
 * app's caption overlay, control bar, settings menu, dialogs and shortcuts. Until then, and
 * without JavaScript, the browser's own controls and captions work; the bar's space is reserved
 * in the server HTML when scripting is on, so hydration shifts nothing. It is the element that
 * goes fullscreen, and the region in which the keyboard shortcuts apply.
 */
export function PlayerFrame({
  children,
  tracks,
  marks = [],
  duration,
  whenVideoFails,
  titleSlug,
  fileOffset,
}: {
  children: ReactNode;
  tracks: PlayerTrack[];
  /**
   * The title whose caption offset applies (remembered per title). Without one (/play, which
   * shifts its files itself) captions keep their files' times.
   */
  titleSlug?: string;
  /**
   * On /play: the sync offset its page holds (it rewrites the caption files), for G and H to
   * step. Ignored with a `titleSlug`.
   */
  fileOffset?: { offsetMs: number; limitMs: number; onChange(ms: number): void };
  marks?: SeekMark[];
  /** Seconds, from the manifest: bounds the `?t=` start time. */
  duration: number;
  /**
   * What still serves the viewer when the video cannot be played, said after the error: the
   * watch page's transcript and notes, or in an embed, the title's page. Each host knows its own.
   */
  whenVideoFails?: string;
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
  const shortcutsOn = usePreferences((p) => p.shortcuts);
  const pauseAfterCaption = usePreferences((p) => p.pauseAfterCaption);
  const unavailable = useTrackErrors(store);
  const toggleDescriptions = useDescriptionsToggle();
  const captions = useCaptionSelection(tracks, unavailable);
  const { selected } = captions;
  const offset = useCaptionOffset(titleSlug);
  // Read from the browser's TextTrack (the page sends no cues): empty until the file has loaded,
  // and with the caption offset already applied to its times.
  const selectedCues = useTrackCues(selected);
  const captionIndex = useMemo(
    () => (selected ? createTimeIndex(selectedCues) : null),
    [selected, selectedCues],
  );
  const waiting = usePauseAfterCaption(store, selected, pauseAfterCaption);
  const fullscreen = useMediaSelector((s) => s.fullscreen);
  const autoHide = usePreferences((p) => p.autoHideControls);
  const controls = useControlsVisibility(ref, {
    fullscreen,
    playing: state === 'playing',
    preference: autoHide,
    waiting,
  });
  const hasDescriptions = tracks.some(
    (t) => t.kind === 'descriptions' && t.available && !unavailable.has(t.url),
  );

  // Which dialog is open, and where focus goes back to when it closes.
  const [dialog, setDialog] = useState<PlayerDialog | null>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const settingsTrigger = () => ref.current?.querySelector<HTMLElement>('[data-settings-trigger]') ?? null;
  const openDialog = (next: PlayerDialog, from: HTMLElement | null) => {
    returnTo.current = from;
    setDialog(next);
  };
  const returnFocus = () => {
    const target = returnTo.current;
    return target?.isConnected && !target.matches(':disabled') ? target : settingsTrigger();
  };

  // The player's polite announcer: caption timing changed by key, or waiting after a caption
  // (the newer of the two; a new wait clears an older announcement).
  const [announcement, setAnnouncement] = useState('');
  const [wasWaiting, setWasWaiting] = useState(waiting);
  if (waiting !== wasWaiting) {
    setWasWaiting(waiting);
    if (waiting) setAnnouncement('');
  }

  // The viewer's caption offset, moved onto the caption and subtitle tracks.
  useEffect(() => {
    if (store) setCaptionOffset(store, offset.offsetMs);
  }, [store, offset.offsetMs]);

  // The large play button shows until playback first starts.
  const [started, setStarted] = useState(false);
  if (state === 'playing' && !started) setStarted(true);

  // Take over from the native player, and honour `?t=` (also when served statically, where the
  // server cannot add the #t= media fragment).
  useEffect(() => {
    if (!store) return;
    const undo = takeOverFromNativePlayer(store);
    const start = parseStartParam(
      new URLSearchParams(window.location.search).get('t') ?? undefined,
      duration,
    );
    if (start !== null && Math.abs(liveCurrentTime(store) - start) > 0.5) seek(store, start);
    return undo;
  }, [store, duration]);

  // Picture-in-picture shows only the video, so the browser draws the chosen track there.
  useEffect(() => {
    if (!store || !selected) return;
    return showTrackInPictureInPicture(store, selected.url);
  }, [store, selected]);

  // iOS/iPadOS fullscreens the bare video, where the overlay cannot go: the browser draws the track.
  useEffect(() => {
    const textTrack = store && selected && findTextTrack(store, selected.url);
    if (!store || !textTrack) return;
    return showTrackInNativeFullscreen(store, textTrack);
  }, [store, selected]);

  /** G and H on /play: a step of the page's own sync offset; null where there is none. */
  const stepFileOffset = (stepMs: number) => {
    if (!fileOffset) return null;
    const next = stepCaptionOffset(fileOffset.offsetMs, stepMs, fileOffset.limitMs);
    fileOffset.onChange(next.offsetMs);
    return next;
  };

  const focused = () => (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!store || !shortcutsOn || event.defaultPrevented) return;
    const shortcut = shortcutFor(event);
    if (!shortcut || ownsKey(event.target, event.key)) return;
    event.preventDefault();
    runAction(shortcut.action, {
      store,
      captions: captionIndex,
      toggleCaptions: captions.toggle,
      toggleDescriptions,
      moveCaptions: (stepMs) => {
        const next = offset.available ? offset.step(stepMs) : stepFileOffset(stepMs);
        if (next) setAnnouncement(captionOffsetStatus(next.offsetMs, next.atLimit));
      },
      // `?` (and T) give focus back to where it was, not to a button the viewer never pressed.
      showShortcuts: () => openDialog('shortcuts', focused()),
      goToTime: () => openDialog('go-to-time', focused()),
    });
  };

  const onContinue = () => {
    if (!store) return;
    play(store);
    // The Continue button goes away: focus stays in the player, on Play/Pause.
    ref.current?.querySelector<HTMLElement>('.player-bar .control-button')?.focus();
  };

  return (
    <div
      ref={ref}
      className="player"
      data-player=""
      data-state={state}
      data-hydrated={store ? '' : undefined}
      data-controls={controls}
      onKeyDown={onKeyDown}
    >
      <div className="player-screen">
        {children}
        {store && (
          // A pointer shortcut for the Play button: not a control of its own, so not a second tab stop.
          <div
            className="player-surface"
            aria-hidden="true"
            data-player-surface=""
            onClick={() => state !== 'error' && togglePlay(store)}
          >
            {!started && state !== 'error' && !waiting && (
              <span className="player-big-play">
                <Play />
              </span>
            )}
          </div>
        )}
        {store && <CaptionOverlay track={selected} />}
        {store && waiting && (
          <button type="button" className="player-continue" onClick={onContinue}>
            <Play aria-hidden="true" /> Continue
          </button>
        )}
      </div>
      <div className="player-controls">
        {store && (
          <PlayerControls
            store={store}
            marks={marks}
            captions={captions}
            hasDescriptions={hasDescriptions}
            openDialog={(next) => openDialog(next, settingsTrigger())}
          />
        )}
      </div>
      {store && (
        <PlayerDialogs
          open={dialog}
          onClose={() => setDialog(null)}
          returnFocus={returnFocus}
          titleSlug={titleSlug}
        />
      )}
      {store && (
        <p className="visually-hidden" role="status" aria-live="polite" data-player-announcer="">
          {announcement || (waiting ? 'Paused after the caption. Continue when you are ready.' : '')}
        </p>
      )}
      {errorCode > 0 && (
        <p className="player-message" role="alert">
          The video could not be played: {MEDIA_ERRORS[errorCode] ?? 'an unknown error occurred'}.
          {whenVideoFails && ` ${whenVideoFails}`}
        </p>
      )}
    </div>
  );
}
