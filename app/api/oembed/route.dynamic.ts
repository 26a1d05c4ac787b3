import type { NextRequest } from 'next/server';
import { oembedAnswer } from '@/components/embed/oembed';
import { oembedTitle } from '@/app/oembed-titles';
import { siteUrl } from '@/app/site-url';

/**
 * The oEmbed endpoint (https://oembed.com): `?url=<watch page>&maxwidth=&maxheight=&format=json`.
 * A page of this site (its public `SITE_URL` or the origin it was asked on) gets a `video` answer;
 * anything else a JSON error (components/embed/oembed.ts), never a 500. It answers per request, so
 * it exists only when a server runs: `.dynamic.ts` is a page extension of `next start` builds
 * alone (next.config.ts); a static export has a pre-written answer per title instead,
 * /oembed/<slug>.json.
 */
export function GET(request: NextRequest) {
  // The origin it was asked on, as the client addressed it (Next.js normalises nextUrl's host).
  const host = request.headers.get('host');
  const asked = host ? `${request.nextUrl.protocol}//${host}` : request.nextUrl.origin;
  const { status, body } = oembedAnswer(request.nextUrl.searchParams, {
    origins: [new URL(siteUrl()).origin, asked],
    title: oembedTitle,
  });
  return Response.json(body, {
    status,
    headers: {
      // Consumers fetch it from their servers or, in a browser, from any site.
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': status === 200 ? 'public, max-age=3600' : 'no-store',
      // The answer names the origin it was asked on: caches must key it by host.
      Vary: 'Host',
    },
  });
}
