/**
 * The small value syntaxes shared by cue settings and REGION settings: splitting a settings
 * string into `name:value` tokens and parsing a WebVTT percentage.
 * Spec: https://w3c.github.io/webvtt/#parse-a-percentage-string
 */

/** One `name:value` token, with its 0-based offset in the string it was split from. */
export interface SettingToken {
  name: string;
  value: string;
  /** 0-based offset of the token's first character. */
  offset: number;
}

/** A token that is not `name:value` (no colon, or the colon is its first or last character). */
export interface MalformedToken {
  text: string;
  /** 0-based offset of the token's first character. */
  offset: number;
}

// "Split a string on spaces" splits on ASCII whitespace (HTML's definition).
const ASCII_WHITESPACE = /[\t\n\f\r ]+/g;

/**
 * Splits a settings string on ASCII whitespace into `name:value` tokens, as the spec's cue and
 * region settings parsers do. Never throws; an empty string gives no tokens.
 */
export function splitSettings(input: string): { tokens: SettingToken[]; malformed: MalformedToken[] } {
  const tokens: SettingToken[] = [];
  const malformed: MalformedToken[] = [];
  let start = 0;
  const push = (end: number) => {
    if (end <= start) return;
    const text = input.slice(start, end);
    const colon = text.indexOf(':');
    // Per spec a colon that is the first or last character makes the token meaningless.
    if (colon <= 0 || colon === text.length - 1) {
      malformed.push({ text, offset: start });
    } else {
      tokens.push({ name: text.slice(0, colon), value: text.slice(colon + 1), offset: start });
    }
  };
  for (const match of input.matchAll(ASCII_WHITESPACE)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(input.length);
  return { tokens, malformed };
}

const PERCENTAGE = /^\d+(?:\.\d+)?%$/;

/**
 * Parses a WebVTT percentage such as `50%` or `12.5%` into a number 0–100.
 * Returns null for anything else: no `%`, a sign, an exponent, a bare `.`, or a value above 100.
 */
export function parsePercentage(input: string): number | null {
  if (!PERCENTAGE.test(input)) return null;
  const value = Number(input.slice(0, -1));
  return value >= 0 && value <= 100 ? value : null;
}

/**
 * Converts a validated decimal string to a number with the HTML "rules for parsing
 * floating-point number values": `-0` becomes `+0` and values beyond the double range are errors
 * (null). Underflow rounds to 0, as in browsers.
 * Spec: https://html.spec.whatwg.org/multipage/common-microsyntaxes.html#rules-for-parsing-floating-point-number-values
 */
export function toFiniteNumber(decimal: string): number | null {
  const value = Number(decimal);
  if (!Number.isFinite(value)) return null;
  // The HTML rules round to "the set of finite doubles except -0", so -0 turns into +0.
  return value === 0 ? 0 : value;
}
