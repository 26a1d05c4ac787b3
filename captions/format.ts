/**
 * Time formatting for people (`1:05`, "1 minute 5 seconds") and for WebVTT files
 * (`00:01:05.250`). Inputs are seconds, as on `HTMLMediaElement.currentTime`.
 */

/** Whole, non-negative seconds; NaN, negatives and infinities count as 0. */
function wholeSeconds(seconds: number): number {
  return Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A clock time for display: `m:ss` under an hour, `h:mm:ss` from an hour on
 * (`0` → `0:00`, `65` → `1:05`, `3725` → `1:02:05`).
 * Floors to whole seconds (`59.9` → `0:59`), so a label never runs ahead of the video.
 * Negative, NaN and infinite inputs give `0:00`.
 */
export function formatTimestamp(seconds: number): string {
  const total = wholeSeconds(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad2(m)}:${pad2(s)}` : `${m}:${pad2(s)}`;
}

const unit = (n: number, singular: string) => `${n} ${singular}${n === 1 ? '' : 's'}`;

/**
 * A duration as words for screen readers: `65` → "1 minute 5 seconds", `3725` → "1 hour
 * 2 minutes 5 seconds", `3600` → "1 hour", `1` → "1 second". Zero parts are left out, except
 * that a duration under one second is "0 seconds". Floors to whole seconds; negative, NaN and
 * infinite inputs give "0 seconds".
 */
export function formatSpokenDuration(seconds: number): string {
  const total = wholeSeconds(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts = [
    h > 0 ? unit(h, 'hour') : '',
    m > 0 ? unit(m, 'minute') : '',
    s > 0 ? unit(s, 'second') : '',
  ];
  const spoken = parts.filter((p) => p !== '').join(' ');
  return spoken === '' ? '0 seconds' : spoken;
}

/**
 * A WebVTT timestamp for writing cue timings: `hh:mm:ss.ttt`, always with hours
 * (`65.25` → `00:01:05.250`). Rounds to the nearest millisecond, WebVTT's precision. Hours grow
 * past two digits when needed (`360000` → `100:00:00.000`), which WebVTT allows. Negative, NaN
 * and infinite inputs give `00:00:00.000`.
 */
export function formatVttTimestamp(seconds: number): string {
  const ms = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad2(h)}:${pad2(m)}:${pad2(s)}.${String(ms % 1000).padStart(3, '0')}`;
}
