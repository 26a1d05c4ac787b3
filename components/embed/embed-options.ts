/**
 * The embed's URL options (`/embed/<slug>?t=83&captions=es&ad=1&muted=1`): where the trailer starts,
 * which captions show, audio description on, and starting muted. Pure, so the share dialog, the
 * oEmbed answer and the embed itself read and write them the same way. There is no autoplay
 * option: the embed never starts by itself, so it never starts with sound.
 */
import { parseStartParam, startHref } from '@/captions/start-time';

export interface EmbedOptions {
  /** Seconds, or null: from the beginning. */
  startTime: number | null;
  /** A captions or subtitles language (`srclang`), 'off', or null: the viewer's own choice. */
  captions: string | null;
  /** Audio description on from the start. */
  descriptions: boolean;
  /** Starts muted (the viewer unmutes). */
  muted: boolean;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  startTime: null,
  captions: null,
  descriptions: false,
  muted: false,
};

/**
 * Reads the options from a query string. Anything it cannot use is ignored rather than refused,
 * so a mistyped option never breaks a publisher's page: a `t` that is not a plain number of
 * seconds within `duration`, a `captions` language the title does not have, flags other than `1`.
 */
export function parseEmbedOptions(
  search: URLSearchParams,
  title: { duration: number; captionLanguages: readonly string[] },
): EmbedOptions {
  const single = (name: string) => {
    const values = search.getAll(name);
    return values.length === 1 ? values[0] : undefined;
  };
  const captions = single('captions');
  return {
    startTime: parseStartParam(single('t'), title.duration),
    captions:
      captions === 'off' || (captions !== undefined && title.captionLanguages.includes(captions))
        ? captions
        : null,
    descriptions: single('ad') === '1',
    muted: single('muted') === '1',
  };
}

/** The query string for `options` (`?t=83.5&captions=es&ad=1&muted=1`), or '' for the defaults. */
export function embedSearch(options: EmbedOptions): string {
  const parts: string[] = [];
  if (options.startTime !== null && options.startTime > 0) parts.push(startHref(options.startTime).slice(1));
  if (options.captions !== null) parts.push(`captions=${encodeURIComponent(options.captions)}`);
  if (options.descriptions) parts.push('ad=1');
  if (options.muted) parts.push('muted=1');
  return parts.length ? `?${parts.join('&')}` : '';
}
