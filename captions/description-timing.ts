/**
 * When a description fits its moment. Pure: no DOM, no React; used by the audio-description
 * player and by the caption check (`lintDescriptionFit` in lint.ts).
 *
 * A description is read in the gap it is placed in: from its start to the next line of dialogue
 * or its own end, whichever comes first. When reading it takes longer than that, the player uses
 * extended description (WCAG 1.2.7) and pauses the video until it has been read.
 */
import { createTimeIndex, cuesActiveAt, nextCueAfter, type TimedCue, type TimeIndex } from './time-index';

/**
 * Words a minute of a speech synthesiser at rate 1. Description narration runs at about
 * 160 words a minute (DCMP Description Key); taking the slow end means a long description is
 * judged not to fit rather than talked over dialogue.
 */
export const WORDS_PER_MINUTE = 160;

/**
 * How long reading `text` aloud takes, in seconds, at a speech `rate` (as on
 * `SpeechSynthesisUtterance.rate`: 1 is normal, 2 twice as fast). Counts whitespace-separated
 * words; '' gives 0. A rate that is not a positive finite number counts as 1.
 */
export function estimateSpeechSeconds(text: string, rate = 1): number {
  const words = text.trim() === '' ? 0 : text.trim().split(/\s+/u).length;
  const speed = Number.isFinite(rate) && rate > 0 ? rate : 1;
  return (words * 60) / (WORDS_PER_MINUTE * speed);
}

/** A description cue's times and its plain text. */
export interface DescriptionCue extends TimedCue {
  text: string;
}

/**
 * Seconds available to read a description: from its start to the first dialogue cue starting
 * at or after it, or to its own end if that comes first. 0 when dialogue is already under way
 * at its start (a dialogue cue active at `startTime`, half-open), since any narration would
 * talk over it. Never negative.
 */
export function availableSeconds(description: TimedCue, dialogue: TimeIndex<TimedCue>): number {
  const { startTime, endTime } = description;
  if (cuesActiveAt(dialogue, startTime).length > 0) return 0;
  const next = nextCueAfter(dialogue, startTime - 1e-9);
  const until = next ? Math.min(endTime, next.startTime) : endTime;
  return Math.max(0, until - startTime);
}

/**
 * Whether reading `description.text` at `rate` takes longer than {@link availableSeconds}: then
 * extended description pauses the video while it is read.
 */
export function needsExtendedPause(
  description: DescriptionCue,
  dialogue: TimeIndex<TimedCue>,
  rate = 1,
): boolean {
  return estimateSpeechSeconds(description.text, rate) > availableSeconds(description, dialogue);
}

/** The index of dialogue cues (`TimedCue`s) that {@link availableSeconds} measures gaps against. */
export function dialogueIndex(cues: readonly TimedCue[]): TimeIndex<TimedCue> {
  return createTimeIndex(cues.map(({ startTime, endTime }) => ({ startTime, endTime })));
}
