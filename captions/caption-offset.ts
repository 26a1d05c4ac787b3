/**
 * A viewer's caption offset: captions shown a little earlier or later than the times in their
 * file, in whole milliseconds (positive: later). The arithmetic and the wording that the watch
 * page's caption timing and /play's sync offset share; shifting the cues themselves is
 * `shift-cues.ts`.
 */

/** One fine step of the offset controls and the shortcut keys, in milliseconds. */
export const CAPTION_OFFSET_STEP_MS = 100;

/**
 * `ms` as an offset within ±`limitMs`: rounded to the millisecond (WebVTT's precision) and
 * clamped. A non-finite value (NaN, from an empty field) counts as 0, never as a limit.
 */
export function clampCaptionOffset(ms: number, limitMs: number): number {
  if (!Number.isFinite(ms)) return 0;
  const limit = Math.abs(limitMs);
  // `+ 0` turns -0 (from rounding -0.4) into 0, so "no offset" has one value.
  return Math.min(limit, Math.max(-limit, Math.round(ms))) + 0;
}

/**
 * A length of time in words: "300 ms" under a second, else seconds ("1.5 s", "60 s"); whole
 * minutes from 2 minutes ("5 min") and whole hours ("1 h"), as a limit is written.
 */
export function formatOffsetSize(ms: number): string {
  const size = Math.abs(Math.round(ms));
  if (size >= 3_600_000 && size % 3_600_000 === 0) return `${size / 3_600_000} h`;
  if (size >= 120_000 && size % 60_000 === 0) return `${size / 60_000} min`;
  return size >= 1000 ? `${size / 1000} s` : `${size} ms`;
}

/**
 * The offset in words, as the status and the announcements say it: "300 ms later",
 * "1.5 s earlier", "no offset".
 */
export function describeCaptionOffset(ms: number): string {
  const rounded = Math.round(ms);
  if (!Number.isFinite(rounded) || rounded === 0) return 'no offset';
  return `${formatOffsetSize(rounded)} ${rounded > 0 ? 'later' : 'earlier'}`;
}

/**
 * The offset after a step of `stepMs` from `currentMs`, within ±`limitMs`, and whether the
 * limit stopped it (so the viewer can be told why nothing moved).
 */
export function stepCaptionOffset(
  currentMs: number,
  stepMs: number,
  limitMs: number,
): { offsetMs: number; atLimit: boolean } {
  const wanted = Math.round(currentMs) + Math.round(stepMs);
  const offsetMs = clampCaptionOffset(wanted, limitMs);
  return { offsetMs, atLimit: offsetMs !== wanted };
}

/**
 * The offset as the controls' status and the shortcut keys' announcement say it: "Captions: 300
 * ms later", "Captions: no offset", and when the limit stopped a change "Captions: 60 s later,
 * the most allowed".
 */
export function captionOffsetStatus(offsetMs: number, atLimit = false): string {
  const words = `Captions: ${describeCaptionOffset(offsetMs)}`;
  return atLimit && Math.round(offsetMs) !== 0 ? `${words}, the most allowed` : words;
}

/**
 * The time in the caption file that is on screen at media time `seconds` with `offsetMs`: a cue
 * of the file shows at its own times plus the offset, so a lookup by file times (the
 * transcript's lines, the ASL notes) asks for `seconds − offset`.
 */
export function captionTimeAt(seconds: number, offsetMs: number): number {
  return seconds - offsetMs / 1000;
}

/**
 * The media time at which the file's time `seconds` is shown with `offsetMs`, rounded to the
 * millisecond as shifted cues are (so seeking to a line's start lands on its shifted cue).
 */
export function mediaTimeOf(seconds: number, offsetMs: number): number {
  return Math.round(seconds * 1000 + offsetMs) / 1000;
}
