/**
 * The viewer's caption offset, applied to the browser's own caption and subtitle `TextTrack`s:
 * each cue's `startTime` and `endTime` are moved in place, so everything that follows those
 * tracks follows at once: the overlay and voiced captions (their `cuechange`), the captions the
 * browser draws itself in picture-in-picture and iOS fullscreen, and "copy link to this moment".
 * The first time a cue is moved, its times from the file are kept, and every offset is applied to
 * them: Reset gives the file's times back exactly and steps never accumulate rounding.
 * Descriptions, chapters and metadata keep their times: they follow the picture, not the captions.
 */
import { shiftCueTimes } from '@/captions/shift-cues';

/** The kinds of track the offset moves. */
const OFFSET_KINDS: ReadonlySet<string> = new Set(['captions', 'subtitles']);

/** Each moved cue's times as the file gives them. */
const original = new WeakMap<TextTrackCue, { startTime: number; endTime: number }>();

/** Whether the offset moves the cues of `textTrack`. */
export function followsCaptionOffset(textTrack: Pick<TextTrack, 'kind'>): boolean {
  return OFFSET_KINDS.has(textTrack.kind);
}

/**
 * Shows the cues of `textTrack` `offsetMs` milliseconds after their file times (negative:
 * before). A cue moved to end at or before 0 s gets 0–0 (never shown). With 0 a cue never moved
 * is not touched, so a page without an offset changes nothing. A track with no cues loaded yet
 * (or disabled) is left alone: call again when it loads. When a cue moved, the track fires
 * `cuechange`: Chromium updates `activeCues` at once but does not always fire the event for cues
 * moved while paused, and the overlay redraws on that event.
 */
export function shiftTextTrack(textTrack: TextTrack, offsetMs: number): void {
  const cues = textTrack.cues;
  if (!cues) return;
  let moved = false;
  for (const cue of Array.from(cues)) {
    let times = original.get(cue);
    if (!times) {
      if (offsetMs === 0) continue;
      times = { startTime: cue.startTime, endTime: cue.endTime };
      original.set(cue, times);
    }
    const next = shiftCueTimes(times.startTime, times.endTime, offsetMs) ?? { startTime: 0, endTime: 0 };
    if (next.startTime === cue.startTime && next.endTime === cue.endTime) continue;
    moved = true;
    // Never start after the end, even for a moment.
    if (next.startTime > cue.endTime) {
      cue.endTime = next.endTime;
      cue.startTime = next.startTime;
    } else {
      cue.startTime = next.startTime;
      cue.endTime = next.endTime;
    }
  }
  if (moved) textTrack.dispatchEvent(new Event('cuechange'));
}

/**
 * Keeps every caption and subtitle track of `video` at `offsetMs` (see {@link shiftTextTrack}):
 * those loaded now, and each one that loads later (a `<track>`'s `load`, which does not bubble,
 * heard in the capture phase). Returns the undo, which stops listening and leaves the cues as
 * they are.
 */
export function keepCaptionOffset(video: HTMLVideoElement, offsetMs: number): () => void {
  const apply = (textTrack: TextTrack) => {
    if (followsCaptionOffset(textTrack)) shiftTextTrack(textTrack, offsetMs);
  };
  for (const textTrack of Array.from(video.textTracks)) apply(textTrack);
  const onLoad = (event: Event) => {
    if (event.target instanceof HTMLTrackElement) apply(event.target.track);
  };
  video.addEventListener('load', onLoad, true);
  return () => video.removeEventListener('load', onLoad, true);
}
