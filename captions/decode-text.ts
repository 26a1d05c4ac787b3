/**
 * Turning a caption file's bytes into text without guessing: UTF-8 (with or without a byte
 * order mark) and UTF-16 with a byte order mark, which is what caption tools write. Anything
 * else gets a message saying what is wrong, never mojibake. WebVTT itself must be UTF-8
 * (https://w3c.github.io/webvtt/#file-structure); SubRip files are often UTF-16 from Windows tools.
 */

/** The encodings {@link decodeText} reads. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodedText =
  | {
      ok: true;
      /** The text, without the byte order mark. */
      text: string;
      encoding: TextEncodingName;
      /** Whether the bytes began with a byte order mark. */
      bom: boolean;
    }
  | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** How many of the first `sample` bytes at even (or odd) offsets are NUL: UTF-16 without a BOM. */
function nulShare(bytes: Uint8Array, parity: 0 | 1, sample = 512): number {
  let nul = 0;
  let count = 0;
  for (let i = parity; i < Math.min(bytes.length, sample); i += 2) {
    count += 1;
    if (bytes[i] === 0) nul += 1;
  }
  return count === 0 ? 0 : nul / count;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    // fatal: invalid sequences fail instead of becoming U+FFFD; ignoreBOM: the BOM was checked here.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a text file's bytes.
 *
 * - `EF BB BF` → UTF-8, `FF FE` → UTF-16 LE, `FE FF` → UTF-16 BE; the mark is removed.
 * - No mark → UTF-8.
 * - Refused, with a message: bytes that are not valid in the detected encoding (e.g. a Latin-1
 *   or Windows-1252 file), UTF-16 without a byte order mark (every other byte NUL), and text
 *   containing NUL characters (a binary file such as a video or an archive).
 * - Zero bytes decode to '' (whether that is acceptable is the caller's decision).
 * Pure; never throws.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let encoding: TextEncodingName = 'utf-8';
  let bom = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) bom = 3;
  else if (startsWith(bytes, [0xff, 0xfe])) [encoding, bom] = ['utf-16le', 2];
  else if (startsWith(bytes, [0xfe, 0xff])) [encoding, bom] = ['utf-16be', 2];

  if (bom === 0 && bytes.length >= 4 && (nulShare(bytes, 0) > 0.9 || nulShare(bytes, 1) > 0.9)) {
    return {
      ok: false,
      message:
        'This looks like UTF-16 text without a byte order mark. Save it as UTF-8 (or UTF-16 with a byte order mark) and try again.',
    };
  }
  if (encoding !== 'utf-8' && (bytes.length - bom) % 2 !== 0) {
    return {
      ok: false,
      message: `The file starts with a ${encoding.toUpperCase()} byte order mark but ends halfway through a character.`,
    };
  }
  const text = decode(bytes.subarray(bom), encoding);
  if (text === null) {
    return encoding === 'utf-8'
      ? {
          ok: false,
          message:
            'This is not UTF-8 text: it contains bytes that are not valid UTF-8 (perhaps a Windows-1252 or Latin-1 file, or not text at all). Save it as UTF-8 and try again.',
        }
      : { ok: false, message: `This is not valid ${encoding.toUpperCase()} text.` };
  }
  if (text.includes('\0')) {
    return {
      ok: false,
      message:
        'This is not a text file: it contains NUL bytes, as binary files (videos, images, archives) do.',
    };
  }
  return { ok: true, text, encoding, bom: bom > 0 };
}
