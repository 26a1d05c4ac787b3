/**
 * A time the viewer types to go to ("Go to time"): `1:23`, `83`, `83.5`, `1m23s`, `1h2m3s`,
 * `1:02:03`. Pure: no DOM. Never throws on input; a problem comes back as data with the message
 * to show.
 */
import { formatTimestamp } from './format';

/** Why a typed time was refused: not a time at all, or after the end of the media. */
export interface TimeInputError {
  kind: 'format' | 'past-end';
  /** The sentence to show next to the field, e.g. "Type a time like 1:23". */
  message: string;
}

export type TimeInputResult = { ok: true; seconds: number } | { ok: false; error: TimeInputError };

/** The message for text that is not a time. */
export const TIME_INPUT_HINT = 'Type a time like 1:23';

const NUMBER = String.raw`\d+(?:\.\d+)?`;
/** `83`, `83.5`. */
const PLAIN = new RegExp(`^(${NUMBER})$`);
/** `1:23`, `1:23.5`, `1:02:03`: seconds (and minutes after hours) below 60, two digits. */
const CLOCK = new RegExp(String.raw`^(?:(\d+):([0-5]\d):|(\d+):)([0-5]\d(?:\.\d+)?)$`);
/** `1h2m3s`, `1m23s`, `90s`, `2m`, `1h`, `1h 2m`: each unit at most once, in order. */
const UNITS = new RegExp(`^(?:(${NUMBER})h)?\\s*(?:(${NUMBER})m)?\\s*(?:(${NUMBER})s)?$`, 'i');

function secondsOf(text: string): number | null {
  const plain = PLAIN.exec(text);
  if (plain) return Number(plain[1]);
  const clock = CLOCK.exec(text);
  if (clock) {
    const [, hours, minutesAfterHours, minutes, seconds] = clock;
    if (hours !== undefined) return Number(hours) * 3600 + Number(minutesAfterHours) * 60 + Number(seconds);
    return Number(minutes) * 60 + Number(seconds);
  }
  const units = UNITS.exec(text);
  if (units && (units[1] ?? units[2] ?? units[3]) !== undefined) {
    const [, h = '0', m = '0', s = '0'] = units;
    return Number(h) * 3600 + Number(m) * 60 + Number(s);
  }
  return null;
}

/**
 * Reads a typed time as seconds from the start. Accepts plain seconds (`83`, `83.5`), a clock
 * (`m:ss`, `h:mm:ss`, seconds may have a fraction: `1:23.5`; minutes and seconds after the first
 * part must be two digits below 60) and units (`1h2m3s`, `1m23s`, `90s`, `2m`; case and the
 * spaces between units do not matter). Surrounding whitespace is ignored.
 *
 * With a known `duration` (seconds, finite and positive), a time after it is refused with
 * "2:30 is past the end (1:57)"; the end itself is accepted. A duration of 0, NaN or Infinity
 * (not loaded yet, or a live stream) accepts any time. Anything else, including '', negative
 * numbers and `1:75`, is refused with {@link TIME_INPUT_HINT}.
 */
export function parseTimeInput(text: string, duration = Number.NaN): TimeInputResult {
  const seconds = secondsOf(text.trim());
  if (seconds === null || !Number.isFinite(seconds)) {
    return { ok: false, error: { kind: 'format', message: TIME_INPUT_HINT } };
  }
  if (Number.isFinite(duration) && duration > 0 && seconds > duration) {
    return {
      ok: false,
      error: {
        kind: 'past-end',
        message: `${formatTimestamp(seconds)} is past the end (${formatTimestamp(duration)})`,
      },
    };
  }
  return { ok: true, seconds };
}
