/**
 * The cue timing line: `00:01.000 --> 00:04.500 align:start`. Follows the spec's "collect WebVTT
 * cue timings and settings" and "collect a WebVTT timestamp" steps, and adds the positions that
 * authors need to fix a bad line.
 * Spec: https://w3c.github.io/webvtt/#collect-webvtt-cue-timings-and-settings
 */

/** A problem on the timing line; `offset` is the 0-based position in the line. */
export interface TimingProblem {
  message: string;
  offset: number;
}

/** A timing line that parsed: times in seconds, and where the cue settings start. */
export interface ParsedTiming {
  ok: true;
  /** Seconds. */
  startTime: number;
  /** Seconds. */
  endTime: number;
  /** Everything after the end timestamp, for the cue settings parser. */
  settingsText: string;
  /** 0-based offset of `settingsText` in the line. */
  settingsOffset: number;
  /** Accepted by browsers but not valid WebVTT syntax (missing whitespace). */
  warnings: TimingProblem[];
}

/** A timing line that browsers reject, dropping the whole cue. */
export interface FailedTiming {
  ok: false;
  problem: TimingProblem;
}

type Timestamp = { ok: true; time: number; end: number } | { ok: false; problem: TimingProblem };

const isAsciiWhitespace = (c: string | undefined) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function skipWhitespace(input: string, position: number): number {
  let p = position;
  while (isAsciiWhitespace(input[p])) p += 1;
  return p;
}

function collectDigits(input: string, position: number): string {
  let p = position;
  while (isDigit(input[p])) p += 1;
  return input.slice(position, p);
}

/**
 * Collects one WebVTT timestamp starting at `position` (0-based): `mm:ss.ttt` or `h…:mm:ss.ttt`.
 * Hours may have any number of digits (`100:00:00.000` is 360000 s). Minutes and seconds must be
 * two digits, at most 59; milliseconds three digits. Fails rather than throwing; a timestamp too
 * large for a finite double fails too.
 */
export function collectTimestamp(input: string, position: number): Timestamp {
  const fail = (message: string, offset: number): Timestamp => ({ ok: false, problem: { message, offset } });
  let p = position;
  if (!isDigit(input[p])) return fail('Expected a timestamp such as 00:01.000 here.', p);
  const first = collectDigits(input, p);
  p += first.length;
  let hours = 0;
  let minutes = Number(first);
  // A first field that is not two digits, or is above 59, can only be hours.
  const hasHours = first.length !== 2 || minutes > 59;
  if (input[p] !== ':') return fail('Expected ":" after the first field of the timestamp.', p);
  p += 1;
  const second = collectDigits(input, p);
  if (second.length !== 2) return fail('Minutes and seconds need exactly two digits.', p);
  p += 2;
  let seconds = Number(second);
  if (hasHours || input[p] === ':') {
    if (input[p] !== ':') return fail('Expected ":" before the seconds (hours need minutes and seconds).', p);
    p += 1;
    const third = collectDigits(input, p);
    if (third.length !== 2) return fail('Seconds need exactly two digits.', p);
    p += 2;
    hours = minutes;
    minutes = seconds;
    seconds = Number(third);
  }
  if (input[p] !== '.') return fail('Expected "." before the milliseconds.', p);
  p += 1;
  const fraction = collectDigits(input, p);
  if (fraction.length !== 3) return fail('Milliseconds need exactly three digits.', p);
  p += 3;
  if (minutes > 59) return fail('Minutes must be 59 or less.', position);
  if (seconds > 59) return fail('Seconds must be 59 or less.', position);
  const time = hours * 3600 + minutes * 60 + seconds + Number(fraction) / 1000;
  if (!Number.isFinite(time)) return fail('The timestamp is too large.', position);
  return { ok: true, time, end: p };
}

/**
 * Parses a cue timing line (one that contains `-->`). On success returns the times in seconds and
 * the settings part; on failure the problem and its offset. Never throws.
 */
export function parseTimingLine(line: string): ParsedTiming | FailedTiming {
  const warnings: TimingProblem[] = [];
  let p = skipWhitespace(line, 0);
  const start = collectTimestamp(line, p);
  if (!start.ok) return start;
  p = skipWhitespace(line, start.end);
  if (p === start.end) warnings.push({ message: 'Put a space between the start time and "-->".', offset: p });
  if (line.slice(p, p + 3) !== '-->')
    return { ok: false, problem: { message: 'Expected "-->" after the start time.', offset: p } };
  p += 3;
  const afterArrow = p;
  p = skipWhitespace(line, p);
  if (p === afterArrow) warnings.push({ message: 'Put a space between "-->" and the end time.', offset: p });
  const end = collectTimestamp(line, p);
  if (!end.ok) return end;
  const settingsText = line.slice(end.end);
  if (settingsText !== '' && !isAsciiWhitespace(settingsText[0])) {
    warnings.push({ message: 'Put a space between the end time and the cue settings.', offset: end.end });
  }
  return {
    ok: true,
    startTime: start.time,
    endTime: end.time,
    settingsText,
    settingsOffset: end.end,
    warnings,
  };
}
