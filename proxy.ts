/**
 * The Content-Security-Policy of every page served by `next start`: scripts run only with this
 * response's nonce (Next.js adds it to its own scripts after reading it from the request's
 * header), so neither `unsafe-inline` nor `unsafe-eval` is needed. The static export cannot run
 * a proxy; `scripts/export.mjs` writes the same policy with script hashes instead of a nonce.
 * https://nextjs.org/docs/app/guides/content-security-policy
 */
import { NextResponse, type NextRequest } from 'next/server';

/**
 * The policy, given the sources that may run scripts (`'nonce-…'` per request, or `'sha256-…'`
 * hashes of a static page's inline scripts). Styles may be inline (`'unsafe-inline'` for styles
 * only): the player places captions by their cue settings and chapter marks by their time, and
 * applies the viewer's caption style, in `style` attributes, some server-rendered; and Radix
 * Dialog's scroll lock injects a `<style>` element that cannot carry a nonce. A style cannot run
 * script, and no cue, note or manifest text can become markup (tests/security).
 */
export function contentSecurityPolicy(
  scriptSources: readonly string[],
  options: { dev?: boolean } = {},
): string {
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...scriptSources, ...(options.dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy([`'nonce-${nonce}'`, "'strict-dynamic'"], {
    dev: process.env.NODE_ENV === 'development',
  });
  // Next.js reads the nonce from the request's policy while rendering.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Documents only: not the build's static files, the media, the track files or robots/sitemap.
      source: '/((?!_next/static|_next/image|media/|captions/|favicon.ico|robots.txt|sitemap.xml).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
