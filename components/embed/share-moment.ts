/**
 * The moment a shared link starts at: the start of the caption on screen, so the viewer who opens
 * it hears the line from its beginning; between captions, the current second.
 */

/**
 * Seconds to share for playback at `currentTime`, given the start times of the captions active
 * then: the latest start not after `currentTime`, or `currentTime` rounded down to the second when
 * none is active. Never negative; NaN gives 0.
 */
export function shareMoment(currentTime: number, activeStarts: readonly number[]): number {
  if (!Number.isFinite(currentTime) || currentTime <= 0) return 0;
  const starts = activeStarts.filter((s) => Number.isFinite(s) && s >= 0 && s <= currentTime);
  return starts.length > 0 ? Math.max(...starts) : Math.floor(currentTime);
}
