/**
 * When "pause after each caption" should next act, as pure arithmetic on the caption track's time
 * index, so the hook that runs it (`use-pause-after-caption.ts`) only keeps a timer.
 */
import { cuesActiveAt, nextCueAfter, type TimeIndex, type TimedCue } from '@/captions/time-index';

/** Pause this many seconds before a caption ends: about one frame, so it is still on screen. */
export const PAUSE_LEAD = 0.05;

export type PausePoint =
  /** A caption showing at `t` ends at `time`: pause just before it. */
  | { kind: 'end'; time: number }
  /** Nothing to pause for before the next caption starts at `time`: look again then. */
  | { kind: 'start'; time: number };

/**
 * The next moment (seconds, media time) the pause-after-caption timer should fire, seen from
 * `t`: the earliest end of a caption showing at `t` (half-open, as the overlay shows them),
 * skipping ends at or before `handledEnd` (the caption it already paused for, so continuing
 * from just before its end does not pause again), else the next caption's start. Null after the
 * last caption.
 */
export function nextPausePoint<T extends TimedCue>(
  index: TimeIndex<T>,
  t: number,
  handledEnd: number,
): PausePoint | null {
  const ends = cuesActiveAt(index, t)
    .map((cue) => cue.endTime)
    .filter((end) => end > handledEnd + 1e-6);
  if (ends.length > 0) return { kind: 'end', time: Math.min(...ends) };
  const next = nextCueAfter(index, t);
  return next ? { kind: 'start', time: next.startTime } : null;
}

/** Milliseconds of wall time until `point` should be acted on, at `rate` (never negative). */
export function delayUntil(point: PausePoint, t: number, rate: number): number {
  const target = point.kind === 'end' ? point.time - PAUSE_LEAD : point.time;
  return Math.max(0, ((target - t) / (rate > 0 ? rate : 1)) * 1000);
}
