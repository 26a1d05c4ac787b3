/**
 * An ASL note placed in time, in the plain shape a client component receives: the note and its
 * cue's times, without the cue's text tree or settings (which notes do not use).
 */
import type { AslNote } from './model';

/** One note and the moment it belongs to. Times are seconds, half-open like a cue's. */
export interface AslMoment {
  /** Seconds. */
  startTime: number;
  /** Seconds. The note is current while `startTime <= t < endTime`. */
  endTime: number;
  note: AslNote;
}

/**
 * The moments of notes as loaded (`TimedAslNote`: a cue and its decoded note), in the given
 * order. Only the times are kept from each cue.
 */
export function aslMoments(
  notes: readonly { cue: { startTime: number; endTime: number }; note: AslNote }[],
): AslMoment[] {
  return notes.map(({ cue, note }) => ({ startTime: cue.startTime, endTime: cue.endTime, note }));
}
