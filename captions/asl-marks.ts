/**
 * Seek-bar marks for ASL notes: where on the timeline a viewer meets a sign.
 */
import type { AslMoment } from './asl-moment';

/** A mark on the seek bar, in the shape the player's `SeekMark` takes. */
export interface AslMark {
  /** Seconds: the note's start time. */
  time: number;
  /** What the mark stands for, e.g. `DEAF: Deaf`. */
  label: string;
  kind: 'asl';
}

/**
 * One mark per note, in time order, at the note's start. Notes starting at a negative or
 * non-finite time are left out, and so are those at or after `duration` seconds when a positive
 * `duration` is given (a mark must fall on the bar). Input order does not matter; the input is
 * not modified.
 */
export function aslMarks(moments: readonly AslMoment[], duration?: number): AslMark[] {
  const limit = duration !== undefined && duration > 0 ? duration : Number.POSITIVE_INFINITY;
  return moments
    .filter((m) => Number.isFinite(m.startTime) && m.startTime >= 0 && m.startTime < limit)
    .sort((a, b) => a.startTime - b.startTime)
    .map((m) => ({ time: m.startTime, label: `${m.note.gloss}: ${m.note.title}`, kind: 'asl' as const }));
}
