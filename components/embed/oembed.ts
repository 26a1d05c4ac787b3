/**
 * oEmbed (https://oembed.com), so that a publishing tool given a watch page's address can embed the
 * player: the answer is a `video` response whose `html` is our `/embed/<slug>` iframe. Pure: the
 * route handler supplies the request's parameters, the origins that count as this site, and a
 * lookup of titles.
 */
import { embedSearch, parseEmbedOptions } from './embed-options';

/** What the answer needs to know about a title. */
export interface OembedTitle {
  slug: string;
  title: string;
  duration: number;
  captionLanguages: readonly string[];
  /** Site-relative path of the poster, and its size in pixels. */
  poster: { src: string; width: number; height: number } | null;
}

export const PROVIDER_NAME = 'Caption Companion';

/** The embed's size when the consumer sets no maximum, and its bounds: 16:9 from 320 to 1280 px. */
export const EMBED_DEFAULT_WIDTH = 640;
export const EMBED_MIN_WIDTH = 320;
export const EMBED_MAX_WIDTH = 1280;

export interface OembedVideo {
  type: 'video';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export type OembedAnswer =
  { status: 200; body: OembedVideo } | { status: 400 | 404 | 501; body: { error: string } };

const error = (status: 400 | 404 | 501, message: string): OembedAnswer => ({
  status,
  body: { error: message },
});

/** `&`, `<`, `>` and `"` as entities, for text placed in an HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The iframe that embeds a title: 16:9, full screen and picture-in-picture allowed, a `title`
 * naming the film (the frame's accessible name, WCAG 4.1.2), no referrer beyond the origin.
 */
export function embedIframe(src: string, title: string, width: number, height: number): string {
  return (
    `<iframe src="${escapeAttribute(src)}" width="${width}" height="${height}" ` +
    `title="${escapeAttribute(`${title}: accessible trailer player`)}" ` +
    `allow="fullscreen; picture-in-picture" allowfullscreen loading="lazy" ` +
    `referrerpolicy="strict-origin-when-cross-origin" style="border:0;max-width:100%"></iframe>`
  );
}

/** A maximum in pixels: a whole number ≥ 1, absent (null), or 'invalid'. */
function readMaximum(value: string | null): number | null | 'invalid' {
  if (value === null || value === '') return null;
  return /^\d{1,6}$/.test(value) && Number(value) >= 1 ? Number(value) : 'invalid';
}

/**
 * The embed's size within the consumer's maxima, always 16:9: 640×360 without `maxwidth`, else
 * as wide as `maxwidth` up to 1280; never taller than `maxheight`. As the spec requires, the maxima are
 * honoured even below the 320 px the player is designed for (the controls then wrap).
 */
export function embedSize(
  maxWidth: number | null,
  maxHeight: number | null,
): { width: number; height: number } {
  let width = maxWidth === null ? EMBED_DEFAULT_WIDTH : Math.min(maxWidth, EMBED_MAX_WIDTH);
  if (maxHeight !== null) width = Math.min(width, Math.floor((maxHeight * 16) / 9));
  width = Math.max(1, width);
  return { width, height: Math.max(1, Math.round((width * 9) / 16)) };
}

/**
 * The oEmbed answer for a request's parameters. `url` must be a watch or embed page of one of
 * `origins` (this site's), for a title that exists; its `t`, `captions`, `ad` and `muted` options
 * carry over to the embed. Everything else is a JSON error, never an exception: a missing or
 * unparsable URL or size (400), a page of another site or of no title (404), a format other than
 * JSON (501, as the spec says).
 */
export function oembedAnswer(
  params: URLSearchParams,
  site: { origins: readonly string[]; title(slug: string): OembedTitle | null },
): OembedAnswer {
  const format = params.get('format');
  if (format !== null && format !== 'json')
    return error(501, `format "${format}" is not supported: only json`);
  const rawUrl = params.get('url');
  if (!rawUrl) return error(400, 'url is required: the address of a watch page, e.g. /watch/<title>');
  const maxWidth = readMaximum(params.get('maxwidth'));
  const maxHeight = readMaximum(params.get('maxheight'));
  if (maxWidth === 'invalid') return error(400, 'maxwidth must be a whole number of pixels');
  if (maxHeight === 'invalid') return error(400, 'maxheight must be a whole number of pixels');
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return error(404, `url "${rawUrl.slice(0, 200)}" is not an absolute address`);
  }
  if (!site.origins.includes(url.origin)) return error(404, `url is not a page of this site (${url.origin})`);
  const match = /^\/(?:watch|embed)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(url.pathname);
  const title = match ? site.title(match[1]!) : null;
  if (!title) return error(404, `no title is watched at ${url.pathname.slice(0, 200)}`);

  const { width, height } = embedSize(maxWidth, maxHeight);
  const options = parseEmbedOptions(url.searchParams, title);
  const src = `${url.origin}/embed/${title.slug}${embedSearch(options)}`;
  const thumbnail = title.poster;
  return {
    status: 200,
    body: {
      type: 'video',
      version: '1.0',
      title: title.title,
      provider_name: PROVIDER_NAME,
      provider_url: `${url.origin}/`,
      html: embedIframe(src, title.title, width, height),
      width,
      height,
      ...(thumbnail
        ? {
            thumbnail_url: `${url.origin}${thumbnail.src}`,
            thumbnail_width: thumbnail.width,
            thumbnail_height: thumbnail.height,
          }
        : {}),
    },
  };
}
