/**
 * Validation of ASL-interpreter notes: each cue of a title's `metadata` track (`asl-notes.vtt`)
 * holds one `AslNote` as JSON.
 */
import type { AslNote } from './model';

/** A gloss: capitalised words of letters, digits and hyphens separated by single spaces. */
export const GLOSS_PATTERN = /^[A-Z][A-Z0-9-]*(?: [A-Z][A-Z0-9-]*)*$/;

const TEXT_FIELDS = ['gloss', 'title', 'body', 'handshape', 'location', 'movement'] as const;
const ALL_FIELDS: readonly string[] = [...TEXT_FIELDS, 'dictionary'];

type Result = { ok: true; note: AslNote } | { ok: false; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFilled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Parses and validates one note. Every string must be non-empty (not just whitespace); `gloss`
 * must match {@link GLOSS_PATTERN} (e.g. `DEAF`, `THANK-YOU`, `SIGN NAME`); `dictionary` is
 * `{ name, url }` with an `https:` URL. Unknown keys are rejected so that a misspelt field
 * (`handShape`) is caught rather than silently missing. The message names the offending field.
 * Never throws, whatever the input.
 */
export function parseAslNote(text: string): Result {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'the cue text is not valid JSON.' };
  }
  if (!isRecord(data)) return { ok: false, message: 'the cue text must be a JSON object.' };
  const unknown = Object.keys(data).find((key) => !ALL_FIELDS.includes(key));
  if (unknown !== undefined) return { ok: false, message: `unknown field "${unknown}".` };
  for (const field of TEXT_FIELDS) {
    if (!isFilled(data[field])) return { ok: false, message: `"${field}" must be a non-empty string.` };
  }
  const gloss = data.gloss as string;
  if (!GLOSS_PATTERN.test(gloss)) {
    return {
      ok: false,
      message: `"gloss" must be capitalised words such as "DEAF" or "THANK-YOU" (got "${gloss}").`,
    };
  }
  const dictionary = data.dictionary;
  if (!isRecord(dictionary))
    return { ok: false, message: '"dictionary" must be an object with "name" and "url".' };
  const extra = Object.keys(dictionary).find((key) => key !== 'name' && key !== 'url');
  if (extra !== undefined) return { ok: false, message: `unknown field "dictionary.${extra}".` };
  if (!isFilled(dictionary.name))
    return { ok: false, message: '"dictionary.name" must be a non-empty string.' };
  if (!isFilled(dictionary.url) || !isHttpsUrl(dictionary.url)) {
    return { ok: false, message: '"dictionary.url" must be an https:// URL.' };
  }
  return {
    ok: true,
    note: {
      gloss,
      title: data.title as string,
      body: data.body as string,
      handshape: data.handshape as string,
      location: data.location as string,
      movement: data.movement as string,
      dictionary: { name: dictionary.name, url: dictionary.url },
    },
  };
}
