/**
 * Commands: the only code that writes to the `<video>`. Components call these; the element's
 * events then update the store. Each tolerates an element that refuses (autoplay policy, no
 * fullscreen support) without throwing.
 */
import { mediaTimeOf } from '@/captions/caption-offset';
import type { MediaStore } from './media-store';
import { findTextTrack } from './text-tracks';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The playback rates offered, slowest first. */
export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export function play(store: MediaStore): void {
  store.video.play().catch(() => {
    // Refused (autoplay policy or no source): the store shows the paused or error state.
  });
}

export function pause(store: MediaStore): void {
  store.video.pause();
}

export function togglePlay(store: MediaStore): void {
  if (store.video.paused || store.video.ended) play(store);
  else pause(store);
}

/** Seeks to `seconds`, clamped to the media's duration when it is known. */
export function seek(store: MediaStore, seconds: number): void {
  const { video } = store;
  if (!Number.isFinite(seconds)) return;
  const end = Number.isFinite(video.duration) ? video.duration : Number.POSITIVE_INFINITY;
  video.currentTime = clamp(seconds, 0, end);
}

/**
 * Seeks to where the caption files' time `seconds` is shown: `seconds` plus the viewer's caption
 * offset. For a transcript line or an ASL note, whose times come from the files.
 */
export function seekToCaptionTime(store: MediaStore, seconds: number): void {
  seek(store, mediaTimeOf(seconds, store.getSnapshot().captionOffset));
}

/**
 * Shows captions and subtitles `offsetMs` milliseconds later than their files say (negative:
 * earlier); 0 gives the files' times back exactly.
 */
export function setCaptionOffset(store: MediaStore, offsetMs: number): void {
  store.setCaptionOffset(offsetMs);
}

export function seekBy(store: MediaStore, deltaSeconds: number): void {
  seek(store, store.video.currentTime + deltaSeconds);
}

/** Sets the viewer's volume (0–1) and unmutes when it is raised above 0. */
export function setVolume(store: MediaStore, volume: number): void {
  const { video } = store;
  const level = clamp(Math.round(volume * 100) / 100, 0, 1);
  store.setVolume(level);
  if (level > 0 && video.muted) video.muted = false;
}

/**
 * Lowers the film to `level` (0–1) of the viewer's volume while a description is spoken over it,
 * or (1) gives it back; the viewer's volume, as shown and remembered, does not change.
 */
export function duck(store: MediaStore, level: number): void {
  store.duck(level);
}

export function toggleMute(store: MediaStore): void {
  store.video.muted = !store.video.muted;
}

/** Sets the playback rate, clamped to the offered range. */
export function setPlaybackRate(store: MediaStore, rate: number): void {
  store.video.playbackRate = clamp(rate, PLAYBACK_RATES[0], PLAYBACK_RATES[PLAYBACK_RATES.length - 1]!);
}

/** Steps to the next slower (-1) or faster (+1) offered rate. */
export function stepPlaybackRate(store: MediaStore, direction: -1 | 1): void {
  const current = store.video.playbackRate;
  const rates = direction > 0 ? PLAYBACK_RATES : [...PLAYBACK_RATES].reverse();
  const next = rates.find((rate) => (direction > 0 ? rate > current + 1e-9 : rate < current - 1e-9));
  if (next !== undefined) setPlaybackRate(store, next);
}

/** Fullscreens the player container (not the bare video), so our captions and controls stay. */
export function toggleFullscreen(store: MediaStore): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  else store.container.requestFullscreen?.().catch(() => undefined);
}

export function togglePictureInPicture(store: MediaStore): void {
  if (document.pictureInPictureElement) document.exitPictureInPicture().catch(() => undefined);
  else store.video.requestPictureInPicture?.().catch(() => undefined);
}

/**
 * Hands the `<video>` from the browser's player to ours: no native controls, and every text
 * track `hidden`, so cues load and fire `cuechange` but the browser draws none (the overlay
 * does). Returns the undo, which gives the native controls back.
 */
export function takeOverFromNativePlayer(store: MediaStore): () => void {
  const { video } = store;
  video.controls = false;
  for (const textTrack of Array.from(video.textTracks)) textTrack.mode = 'hidden';
  return () => {
    video.controls = true;
  };
}

/**
 * Shows the track with this `src` natively while in picture-in-picture (our overlay cannot go
 * there). Returns the undo.
 */
export function showTrackInPictureInPicture(store: MediaStore, url: string): () => void {
  const { video } = store;
  const textTrack = findTextTrack(store, url);
  if (!textTrack) return () => undefined;
  const enter = () => (textTrack.mode = 'showing');
  const leave = () => (textTrack.mode = 'hidden');
  video.addEventListener('enterpictureinpicture', enter);
  video.addEventListener('leavepictureinpicture', leave);
  return () => {
    video.removeEventListener('enterpictureinpicture', enter);
    video.removeEventListener('leavepictureinpicture', leave);
  };
}

/**
 * Shows `textTrack` natively while iOS/iPadOS plays the video in its own fullscreen (Safari on
 * iPhone fullscreens the bare `<video>`, where our overlay cannot follow: plyr#2732,
 * video.js#8427), and hides it again after, so captions never disappear. Returns the undo.
 */
export function showTrackInNativeFullscreen(store: MediaStore, textTrack: TextTrack): () => void {
  const { video } = store;
  const enter = () => (textTrack.mode = 'showing');
  const leave = () => (textTrack.mode = 'hidden');
  video.addEventListener('webkitbeginfullscreen', enter);
  video.addEventListener('webkitendfullscreen', leave);
  return () => {
    video.removeEventListener('webkitbeginfullscreen', enter);
    video.removeEventListener('webkitendfullscreen', leave);
  };
}
