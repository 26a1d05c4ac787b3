/**
 * The shareable start time: `?t=SECONDS` on a watch page. Links carry it so that a moment can be
 * bookmarked, and so the page can start the video there without JavaScript (`#t=` fragment).
 */

/** The link to a moment: seconds rounded to milliseconds, e.g. `?t=83.5`. Negative → 0. */
export function startHref(seconds: number): string {
  const t = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) / 1000 : 0;
  return `?t=${t}`;
}

/**
 * Where a link to moment `t` (seconds) should start: the `startTime` of the cue on screen at `t`
 * (half-open: `startTime <= t < endTime`; of overlapping cues, the one that started last), so the
 * link opens on the caption the viewer saw, not one second earlier in the previous caption.
 * Between cues, `t` itself. `cues` need not be sorted.
 */
export function momentStart(cues: readonly { startTime: number; endTime: number }[], t: number): number {
  let start: number | null = null;
  for (const cue of cues) {
    if (cue.startTime <= t && t < cue.endTime && (start === null || cue.startTime > start))
      start = cue.startTime;
  }
  return start ?? t;
}

/**
 * Reads a `t` search parameter. Returns null (start at the beginning) for anything that is not
 * a plain non-negative decimal number of seconds at most `duration`: empty, repeated, negative,
 * `NaN`, `Infinity`, exponents or units.
 */
export function parseStartParam(value: string | string[] | undefined, duration: number): number | null {
  if (typeof value !== 'string' || !/^\d{1,7}(?:\.\d{1,6})?$/.test(value)) return null;
  const t = Number(value);
  return t <= duration ? t : null;
}
