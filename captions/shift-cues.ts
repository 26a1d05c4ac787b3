/**
 * Shifting a track in time: the fix for a caption file that runs early or late.
 */

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
  const offset = Number.isFinite(offsetMs) ? Math.round(offsetMs) : 0;
  const shift = (seconds: number) => Math.round(seconds * 1000 + offset) / 1000;
  return cues.flatMap((cue) => {
    const endTime = shift(cue.endTime);
    if (endTime <= 0) return [];
    return [{ ...cue, startTime: Math.max(0, shift(cue.startTime)), endTime }];
  });
}
