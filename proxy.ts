/**
 * The Content-Security-Policy of every page served by `next start`, and the `?t=` rewrite.
 *
 * Pages are prerendered at build time and served as static files, so they cannot carry a
 * per-request nonce. Instead each page's policy lists the SHA-256 hashes of its inline scripts
 * (Next.js's bootstrap and its React Server Components payload), read once from the prerendered
 * HTML that `next start` serves, so the policy always matches the bytes sent. External scripts are
 * allowed from `'self'`; nothing in `script-src` is `unsafe-inline` or `unsafe-eval`. Next.js's
 * `experimental.sri` does not cover inline scripts (it adds `integrity` to script files only), so
 * it would not remove the need for hashes or a nonce.
 *
 * The only page rendered per request is the watch page with `?t=` (rewritten to
 * `/watch/<slug>/at/<t>`), so its server HTML starts the video there without JavaScript; like any
 * other page not prerendered (an unknown URL's 404), it gets a fresh nonce, which Next.js puts on
 * its scripts. The static export runs no proxy: `scripts/export.mjs` writes the same policy, made
 * by the same two functions below, into `out/_headers`.
 * https://nextjs.org/docs/app/guides/content-security-policy
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { embedFrameAncestors, isEmbedPath, parseEmbedOrigins } from './components/embed/embed-origins';
import { SECURITY_HEADERS } from './next.config';

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
  options: {
    dev?: boolean;
    /** Who may frame the page: nobody (`'none'`) unless given; embed pages pass their allowlist. */
    frameAncestors?: readonly string[];
  } = {},
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
    'frame-ancestors': options.frameAncestors ?? ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The `'sha256-…'` source of each distinct inline script of an HTML page, sorted. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(attributes!)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`);
  }
  return [...hashes].sort();
}

/** The pathnames the build prerendered, by dist folder (read once: a build does not change). */
const prerenderedRoutes = new Map<string, Set<string>>();

function prerenderedPathnames(distDir: string): Set<string> {
  let routes = prerenderedRoutes.get(distDir);
  if (!routes) {
    try {
      const manifest = readFileSync(
        path.join(/*turbopackIgnore: true*/ distDir, 'prerender-manifest.json'),
        'utf8',
      );
      routes = new Set(Object.keys(JSON.parse(manifest).routes ?? {}));
    } catch {
      routes = new Set(); // `next dev`, or no build: every page is rendered per request.
    }
    prerenderedRoutes.set(distDir, routes);
  }
  return routes;
}

/** Where `next start` keeps the prerendered HTML of the page at `pathname`, if it is prerendered. */
function prerenderedHtmlFile(distDir: string, pathname: string): string | null {
  if (!prerenderedPathnames(distDir).has(pathname)) return null;
  const name = `${pathname === '/' ? '/index' : pathname}.html`;
  const file = path.join(/*turbopackIgnore: true*/ distDir, 'server', 'app', name);
  // Route handlers (track files, downloads) are prerendered too, but are not HTML.
  return existsSync(file) ? file : null;
}

/** A prerendered page as the proxy serves it, read once from the build. */
export interface PrerenderedPage {
  /** The HTML `next start` would serve. */
  html: Uint8Array<ArrayBuffer>;
  /** The `'sha256-…'` sources of its inline scripts. */
  hashes: string[];
  etag: string;
}

/**
 * Each prerendered page, by dist folder and pathname. Only pathnames of the build's manifest are
 * kept, so arbitrary URLs cannot grow the map.
 */
const prerenderedPages = new Map<string, PrerenderedPage>();

/** The prerendered page at `pathname`, or null when it is rendered per request. */
export function prerenderedPage(
  pathname: string,
  distDir = process.env.NEXT_DIST_DIR ?? '.next',
): PrerenderedPage | null {
  if (process.env.NODE_ENV === 'development') return null;
  const key = `${distDir}\n${pathname}`;
  const kept = prerenderedPages.get(key);
  if (kept !== undefined) return kept;
  const file = prerenderedHtmlFile(path.resolve(/*turbopackIgnore: true*/ distDir), pathname);
  if (!file) return null;
  const html = readFileSync(/*turbopackIgnore: true*/ file);
  const page = {
    html: new Uint8Array(html),
    hashes: inlineScriptHashes(html.toString('utf8')),
    etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`,
  };
  prerenderedPages.set(key, page);
  return page;
}

/** The hashes of the prerendered page at `pathname`, or null when it is rendered per request. */
export function prerenderedScriptHashes(
  pathname: string,
  distDir = process.env.NEXT_DIST_DIR ?? '.next',
): string[] | null {
  return prerenderedPage(pathname, distDir)?.hashes ?? null;
}

/**
 * The headers Next.js sends with a prerendered page (`s-maxage`: a CDN keeps it until the next
 * deploy), and `Vary` on the headers that make Next.js answer the same URL with its payload.
 */
const STATIC_PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 's-maxage=31536000',
  Vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
  'x-nextjs-prerender': '1',
};

/** The headers of a prerendered page's response, made once per page and policy. */
interface PageHeaders {
  policy: string;
  entries: [string, string][];
}

/**
 * Each page's headers: a policy only changes with the environment (`EMBED_ORIGINS`), so a page's
 * headers are nearly always those made for its previous request.
 */
const pageHeaders = new WeakMap<PrerenderedPage, PageHeaders>();

function headersOf(page: PrerenderedPage, policy: string): [string, string][] {
  const kept = pageHeaders.get(page);
  if (kept?.policy === policy) return kept.entries;
  const entries = Object.entries({
    ...STATIC_PAGE_HEADERS,
    ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
    ETag: page.etag,
    'Content-Security-Policy': policy,
  });
  pageHeaders.set(page, { policy, entries });
  return entries;
}

/**
 * The page's bytes as a response body, without copying them: a `Uint8Array` body is copied by
 * `Response` on each request, a stream is not (nothing writes to the bytes, and Node.js writes the
 * same chunk to each socket).
 */
function bodyOf(page: PrerenderedPage): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(page.html);
      controller.close();
    },
  });
}

/**
 * Answers a document request for a prerendered page from memory: the bytes `next start` would
 * send (Next.js compresses them as it does its own), with its policy and the security headers. Going
 * through Next.js's page handler for a file that never changes cost about ten times a static
 * file's time per request (`npm run bench`, server under load). The headers are made once per page
 * and the bytes are not copied: what remains per request is Next.js's own cost of running a proxy.
 */
export function staticPageResponse(
  page: PrerenderedPage,
  request: Pick<Request, 'method' | 'headers'>,
  policy: string,
): Response {
  const headers = headersOf(page, policy);
  if (request.headers.get('if-none-match') === page.etag) return new Response(null, { status: 304, headers });
  return new Response(request.method === 'HEAD' ? null : bodyOf(page), { headers });
}

/**
 * Pages Next.js may answer any URL with, prerendered too: the 404 (an unknown URL) and the error
 * page. A policy made per request also lists their hashes, since they carry no nonce.
 */
const FALLBACK_PAGES = ['/_not-found', '/_global-error'];

/** A watch page's `?t=`, when it looks like seconds (anything else starts at the beginning anyway). */
const WATCH_PAGE = /^\/watch\/([a-z0-9-]+)$/;
const START_PARAM = /^\d[\d.]{0,15}$/;

/**
 * `frame-ancestors` for a path: `/embed/…` may be framed by the sites `EMBED_ORIGINS` allows (any
 * by default, components/embed/embed-origins.ts); every other page by none.
 */
export function frameAncestorsFor(pathname: string, embedOrigins = process.env.EMBED_ORIGINS): string[] {
  return isEmbedPath(pathname) ? embedFrameAncestors(parseEmbedOrigins(embedOrigins)) : ["'none'"];
}

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const slug = WATCH_PAGE.exec(pathname)?.[1];
  const start = searchParams.getAll('t');
  // Client-side navigations (RSC requests) get the prerendered page's data: the player reads `?t=`.
  const startsAt =
    slug && start.length === 1 && START_PARAM.test(start[0]!) && !request.headers.has('rsc')
      ? start[0]
      : null;

  const page = startsAt ? null : prerenderedPage(pathname);
  if (page) {
    const policy = contentSecurityPolicy(page.hashes, { frameAncestors: frameAncestorsFor(pathname) });
    // A document request gets the page from memory; Next.js answers the rest (its payload for a
    // client-side navigation, other methods) and the error pages with their own status.
    const isDocument =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.headers.has('rsc') &&
      !pathname.startsWith('/_');
    if (isDocument) return staticPageResponse(page, request, policy);
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', policy);
    return response;
  }

  // Rendered per request: Next.js puts this nonce on each script it renders. No 'strict-dynamic',
  // so a prerendered 404 served for an unknown URL can still load its script files from 'self'.
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const fallbackHashes = FALLBACK_PAGES.flatMap((page) => prerenderedScriptHashes(page) ?? []);
  const policy = contentSecurityPolicy([`'nonce-${nonce}'`, ...new Set(fallbackHashes)], {
    dev: process.env.NODE_ENV === 'development',
    frameAncestors: frameAncestorsFor(pathname),
  });
  // Next.js reads the nonce from the request's policy while rendering.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = startsAt
    ? NextResponse.rewrite(new URL(`/watch/${slug}/at/${startsAt}`, request.url), {
        request: { headers: requestHeaders },
      })
    : NextResponse.next({ request: { headers: requestHeaders } });
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
