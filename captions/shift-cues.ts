/**
 * Shifting a track in time: the fix for a caption file that runs early or late.
 */
import { mediaTimeOf } from './caption-offset';

/**
 * One cue's times moved by `offsetMs` (rounded to the millisecond), or null when it would end at
 * or before 0 s (it could never be shown); a start before 0 s becomes 0 s. A non-finite offset
 * counts as 0.
 */
export function shiftCueTimes(
  startTime: number,
  endTime: number,
  offsetMs: number,
): { startTime: number; endTime: number } | null {
  const offset = Number.isFinite(offsetMs) ? Math.round(offsetMs) : 0;
  const end = mediaTimeOf(endTime, offset);
  if (end <= 0) return null;
  return { startTime: Math.max(0, mediaTimeOf(startTime, offset)), endTime: end };
}

/**
 * Moves every cue by `offsetMs` milliseconds (positive: later, negative: earlier). Times are
 * rounded to the millisecond (WebVTT's and SubRip's precision), so the result can be written out
 * and read back unchanged. A cue that would end at or before 0 s is dropped (it could never be
 * shown); one that would start before 0 s starts at 0 s. Cue order and every other field are
 * kept; the input is not changed. A non-finite offset counts as 0. Timestamps inside cue text
 * (karaoke `<00:01.500>`) are not moved: the text is kept as written.
 */
export function shiftCues<T extends { startTime: number; endTime: number }>(
  cues: readonly T[],
  offsetMs: number,
): T[] {
  return cues.flatMap((cue) => {
    const times = shiftCueTimes(cue.startTime, cue.endTime, offsetMs);
    return times ? [{ ...cue, ...times }] : [];
  });
}
