/**
 * The server's side of oEmbed: each title as the answer needs it (components/embed/oembed.ts),
 * with the poster's size read from its file once.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTitle } from '@/app/titles';
import { captionChoices } from '@/components/player/caption-tracks';
import { playerTracks } from '@/components/player/player-track';
import { imageSize } from '@/components/embed/image-size';
import type { OembedTitle } from '@/components/embed/oembed';

const posterSizes = new Map<string, { width: number; height: number } | null>();

function posterSize(src: string): { width: number; height: number } | null {
  if (!posterSizes.has(src)) {
    let size: { width: number; height: number } | null = null;
    try {
      const file = path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', path.normalize(src));
      size = imageSize(readFileSync(file));
    } catch {
      // No poster file: the answer goes without a thumbnail.
    }
    posterSizes.set(src, size);
  }
  return posterSizes.get(src) ?? null;
}

/** The title at `slug` for an oEmbed answer, or null when there is none. */
export function oembedTitle(slug: string): OembedTitle | null {
  const title = loadTitle(slug);
  if (!title) return null;
  const { manifest } = title;
  const size = posterSize(manifest.poster);
  return {
    slug: manifest.slug,
    title: manifest.title,
    duration: manifest.duration,
    captionLanguages: [...new Set(captionChoices(playerTracks(title)).map((t) => t.srclang))],
    poster: size ? { src: manifest.poster, ...size } : null,
  };
}

/** Where a title's oEmbed answer is discovered: the query endpoint, or the static export's file. */
export function oembedDiscoveryHref(slug: string, watchUrl: string): string {
  return process.env.STATIC_EXPORT === '1'
    ? `/oembed/${slug}.json`
    : `/api/oembed?url=${encodeURIComponent(watchUrl)}&format=json`;
}
