/**
 * The one bridge between a `<video>` and React. The element is the single source of truth: its
 * events refresh an immutable snapshot that components read through `useSyncExternalStore`
 * (via `useMediaSelector`), so media time is never copied into component state.
 */
import { captionTimeAt } from '@/captions/caption-offset';
import { keepCaptionOffset } from './caption-offset';

/** What the player shows about playback. `state` is exposed as `data-state` for CSS. */
export interface MediaSnapshot {
  state: 'loading' | 'paused' | 'playing' | 'ended' | 'error';
  /** Seconds, as of the last media event (about 4 per second while playing). */
  currentTime: number;
  /** Seconds; 0 until metadata is loaded. */
  duration: number;
  /**
   * 0–1: the viewer's volume. While the film is ducked under a spoken description it plays at a
   * share of this (`duck`), and this stays what the viewer chose.
   */
  volume: number;
  muted: boolean;
  playbackRate: number;
  /** The `MediaError` code (1–4) when `state` is 'error', else 0. */
  errorCode: number;
  fullscreen: boolean;
  pictureInPicture: boolean;
  /**
   * Milliseconds the viewer moved the captions and subtitles (positive: later), as applied to
   * their `TextTrack`s; 0 unless set with the `setCaptionOffset` command.
   */
  captionOffset: number;
}

export const INITIAL_SNAPSHOT: MediaSnapshot = {
  state: 'loading',
  currentTime: 0,
  duration: 0,
  volume: 1,
  muted: false,
  playbackRate: 1,
  errorCode: 0,
  fullscreen: false,
  pictureInPicture: false,
  captionOffset: 0,
};

const MEDIA_EVENTS = [
  'loadedmetadata',
  'durationchange',
  'play',
  'playing',
  'pause',
  'ended',
  'seeking',
  'seeked',
  'timeupdate',
  'volumechange',
  'ratechange',
  'error',
  'emptied',
  'enterpictureinpicture',
  'leavepictureinpicture',
] as const;

export interface MediaStore {
  readonly video: HTMLVideoElement;
  /** The element put into fullscreen: the player container, so captions and controls come along. */
  readonly container: HTMLElement;
  subscribe(listener: () => void): () => void;
  getSnapshot(): MediaSnapshot;
  /** Moves the caption and subtitle cues by `offsetMs` from their file times (see `caption-offset.ts`). */
  setCaptionOffset(offsetMs: number): void;
  /** Sets the viewer's volume (0–1); while ducked, the film plays at its ducked share of it. */
  setVolume(volume: number): void;
  /**
   * Plays the film at `level` (0–1) of the viewer's volume, or at their volume again (1). The
   * snapshot's `volume` stays the viewer's, so the volume slider and the arrow keys never see
   * the ducked level. A volume set on the element meanwhile by anything else (the browser's own
   * controls in picture-in-picture) is taken as the viewer's choice, and ends the ducking.
   */
  duck(level: number): void;
  /** Stops listening to the element. */
  destroy(): void;
}

/** Reads the element into a snapshot. A source that failed to load counts as an error too. */
export function readSnapshot(
  video: HTMLVideoElement,
  container: HTMLElement,
  captionOffset = 0,
  viewerVolume = video.volume,
): MediaSnapshot {
  const sourceFailed = video.networkState === HTMLMediaElement.NETWORK_NO_SOURCE && video.readyState === 0;
  const errorCode = video.error?.code ?? (sourceFailed ? 4 : 0);
  const state: MediaSnapshot['state'] = errorCode
    ? 'error'
    : video.ended
      ? 'ended'
      : !video.paused
        ? 'playing'
        : video.readyState === 0
          ? 'loading'
          : 'paused';
  return {
    state,
    currentTime: video.currentTime,
    duration: Number.isFinite(video.duration) ? video.duration : 0,
    volume: viewerVolume,
    muted: video.muted,
    playbackRate: video.playbackRate,
    errorCode,
    fullscreen: typeof document !== 'undefined' && document.fullscreenElement === container,
    pictureInPicture: typeof document !== 'undefined' && document.pictureInPictureElement === video,
    captionOffset,
  };
}

function sameSnapshot(a: MediaSnapshot, b: MediaSnapshot): boolean {
  return (Object.keys(a) as (keyof MediaSnapshot)[]).every((key) => a[key] === b[key]);
}

/** Creates the store for `video`, listening to its media events and to fullscreen changes. */
export function createMediaStore(video: HTMLVideoElement, container: HTMLElement): MediaStore {
  const listeners = new Set<() => void>();
  let captionOffset = 0;
  let stopOffset = () => {};
  let snapshot = readSnapshot(video, container);
  /** The share of the viewer's volume the film plays at: 1 unless ducked. */
  let duckLevel = 1;
  let viewerVolume = video.volume;
  const duckedVolume = () => Math.round(viewerVolume * duckLevel * 100) / 100;
  const refresh = (event?: Event) => {
    if (duckLevel === 1) viewerVolume = video.volume;
    else if (event?.type === 'volumechange' && Math.abs(video.volume - duckedVolume()) > 0.005) {
      viewerVolume = video.volume;
      duckLevel = 1;
    }
    const next = readSnapshot(video, container, captionOffset, viewerVolume);
    if (sameSnapshot(snapshot, next)) return;
    snapshot = next;
    for (const listener of listeners) listener();
  };
  for (const type of MEDIA_EVENTS) video.addEventListener(type, refresh);
  // A <source> that fails fires `error` on the source, not the video.
  video.addEventListener('error', refresh, true);
  document.addEventListener('fullscreenchange', refresh);
  return {
    video,
    container,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    setCaptionOffset(offsetMs) {
      const next = Number.isFinite(offsetMs) ? Math.round(offsetMs) : 0;
      if (next === captionOffset) return;
      captionOffset = next;
      stopOffset();
      stopOffset = keepCaptionOffset(video, captionOffset);
      refresh();
    },
    setVolume(volume) {
      viewerVolume = volume;
      video.volume = duckLevel === 1 ? volume : duckedVolume();
      // Ducked to silence, the element's volume may not change: the snapshot must all the same.
      refresh();
    },
    duck(level) {
      const next = Number.isFinite(level) ? Math.min(1, Math.max(0, level)) : 1;
      if (next === duckLevel) return;
      // Not ducked, or ducked and set on the element meanwhile (its event may still be queued).
      if (duckLevel === 1 || Math.abs(video.volume - duckedVolume()) > 0.005) viewerVolume = video.volume;
      duckLevel = next;
      video.volume = next === 1 ? viewerVolume : duckedVolume();
      refresh();
    },
    destroy() {
      stopOffset();
      for (const type of MEDIA_EVENTS) video.removeEventListener(type, refresh);
      video.removeEventListener('error', refresh, true);
      document.removeEventListener('fullscreenchange', refresh);
      listeners.clear();
    },
  };
}

/**
 * The playback position now, read from the element rather than the last snapshot: for code that
 * schedules against media time (a snapshot can be up to 250 ms old while playing).
 */
export function liveCurrentTime(store: MediaStore): number {
  return store.video.currentTime;
}

/** Whether the element is playing now (not paused, ended or seeking). */
export function isAdvancing(store: MediaStore): boolean {
  const { video } = store;
  return !video.paused && !video.ended && !video.seeking;
}

/**
 * The time in the caption files that is on screen now: the media time less the viewer's caption
 * offset. For lookups by the files' cue times (the transcript's current line, the ASL notes).
 */
export function captionTime(snapshot: Pick<MediaSnapshot, 'currentTime' | 'captionOffset'>): number {
  return captionTimeAt(snapshot.currentTime, snapshot.captionOffset);
}
