/**
 * A caption style as a short code the viewer can carry to another device or browser (issue #14;
 * FCC 47 CFR 79.103(e) asks for consistent settings): `cs1.` and 23 URL-safe base64 characters.
 * Pure data: no DOM, no React. Decoding never throws; a bad code comes back as an error to show.
 *
 * Version 1 is 17 bytes: the font (index in CAPTION_FONTS), the size in percent (2 bytes, big
 * endian), then text, background and window each as red, green, blue and opacity in percent, the
 * edge (index in EDGE_STYLES) and a checksum (the sum of the other bytes, modulo 256), so a code
 * damaged in copying is refused instead of applied.
 */
import { CAPTION_STYLE_FRAGMENT } from './caption-style-fragment';
import { CAPTION_FONTS, EDGE_STYLES, type CaptionStyle } from './preferences';

/** The version this page writes; a code with a higher one needs a newer page. */
export const CAPTION_STYLE_CODE_VERSION = 1;

const BYTES = 17;
/** A code anywhere in pasted text (a bare code, or a link carrying `#caption-style=cs1.…`). */
const CODE = /\bcs(\d{1,4})\.([A-Za-z0-9_-]*)/;

export interface CaptionStyleCodeError {
  kind: 'not-a-code' | 'damaged' | 'newer-version';
  message: string;
}

export type CaptionStyleCodeResult =
  { ok: true; style: CaptionStyle } | { ok: false; error: CaptionStyleCodeError };

const percent = (opacity: number) => Math.round(Math.min(1, Math.max(0, opacity)) * 100);
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) || 0);
const hex = (bytes: readonly number[]) => `#${bytes.map((b) => b.toString(16).padStart(2, '0')).join('')}`;
const checksum = (bytes: readonly number[]) => bytes.reduce((sum, b) => sum + b, 0) % 256;

function toBase64Url(bytes: readonly number[]): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fromBase64Url(text: string): number[] | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * The code for `style` (`cs1.` + 23 characters of `A–Z a–z 0–9 - _`). The size is kept in whole
 * percent (50–400) and each opacity in whole percent, which is what the caption settings offer;
 * finer values are rounded. Colours are written in lowercase.
 */
export function encodeCaptionStyle(style: CaptionStyle): string {
  const size = Math.round(Math.min(400, Math.max(50, style.size)));
  const body = [
    Math.max(0, CAPTION_FONTS.indexOf(style.font)),
    size >> 8,
    size & 0xff,
    ...rgb(style.textColor),
    percent(style.textOpacity),
    ...rgb(style.backgroundColor),
    percent(style.backgroundOpacity),
    ...rgb(style.windowColor),
    percent(style.windowOpacity),
    Math.max(0, EDGE_STYLES.indexOf(style.edge)),
  ];
  return `cs${CAPTION_STYLE_CODE_VERSION}.${toBase64Url([...body, checksum(body)])}`;
}

const NOT_A_CODE: CaptionStyleCodeError = {
  kind: 'not-a-code',
  message: 'That is not a caption style code: a code starts with cs1.',
};
const DAMAGED: CaptionStyleCodeError = {
  kind: 'damaged',
  message: 'This caption style code is incomplete or damaged: copy it again from the other device',
};

/**
 * Reads a code, or a link or text that contains one. Surrounding text is ignored. Errors:
 * `not-a-code` (no `cs<n>.` in the text), `newer-version` (a version above this page's, which
 * it cannot read: the message names it and says to reload), `damaged` (wrong length, a field out
 * of range, or a checksum that does not match). Never throws.
 */
export function decodeCaptionStyle(text: string): CaptionStyleCodeResult {
  const match = CODE.exec(text);
  if (!match) return { ok: false, error: NOT_A_CODE };
  const version = Number(match[1]);
  if (version > CAPTION_STYLE_CODE_VERSION) {
    return {
      ok: false,
      error: {
        kind: 'newer-version',
        message: `This caption style code (cs${version}) comes from a newer version of this site: reload the page, then try again`,
      },
    };
  }
  if (version !== CAPTION_STYLE_CODE_VERSION) return { ok: false, error: NOT_A_CODE };
  const bytes = fromBase64Url(match[2] ?? '');
  if (!bytes || bytes.length !== BYTES || checksum(bytes.slice(0, -1)) !== bytes[BYTES - 1]) {
    return { ok: false, error: DAMAGED };
  }
  const at = (i: number) => bytes[i]!;
  const font = CAPTION_FONTS[at(0)];
  const edge = EDGE_STYLES[at(15)];
  const size = (at(1) << 8) | at(2);
  const opacities = [at(6), at(10), at(14)];
  if (!font || !edge || size < 50 || size > 400 || opacities.some((o) => o > 100)) {
    return { ok: false, error: DAMAGED };
  }
  return {
    ok: true,
    style: {
      font,
      size,
      textColor: hex(bytes.slice(3, 6)),
      textOpacity: at(6) / 100,
      backgroundColor: hex(bytes.slice(7, 10)),
      backgroundOpacity: at(10) / 100,
      windowColor: hex(bytes.slice(11, 14)),
      windowOpacity: at(14) / 100,
      edge,
    },
  };
}

/** A link to `pageUrl` that carries the style's code in its fragment (never sent to a server). */
export function captionStyleLink(pageUrl: string, style: CaptionStyle): string {
  const base = pageUrl.split('#')[0];
  return `${base}#${CAPTION_STYLE_FRAGMENT}=${encodeCaptionStyle(style)}`;
}
