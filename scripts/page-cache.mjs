// What a CDN in front of `next start` would do, inside the server (scripts/serve.mjs): keep each
// response a shared cache may keep the first time Next.js sends it, and answer later plain requests
// for it from memory, compressed once (Brotli and gzip) instead of on every request. Kept are the
// prerendered pages, the build's files (`/_next/static/…`, named by their content) and the
// prerendered text files (track files, transcript downloads, oEmbed). Next.js compresses with gzip
// only, and on every request: Brotli makes the watch page's scripts 14 % smaller and the
// 10,000-cue captions file 63 % smaller (102 KB → 37 KB), bytes a viewer on a slow network waits
// for before the page has painted.
//
// A response is kept only when Next.js says a shared cache may keep it: status 200, a
// `Cache-Control` with `s-maxage` (or `public` and `max-age`) and without `private`, `no-store` or
// `no-cache`, no `Set-Cookie` and no `Vary: *`; HTML only when Next.js prerendered it
// (`x-nextjs-prerender: 1`). Everything else (a `?t=` start rendered per request, an unknown URL,
// client-side navigations, other methods, media) goes to Next.js as before. The policy, ETag and
// headers are those Next.js and `proxy.ts` gave the kept response: there is one source of them.
// Only the pathnames the build made are candidates, so no URL can grow the cache.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Headers that describe one transfer, not the page: never kept, made per response. */
const TRANSFER_HEADERS = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'date',
  'keep-alive',
  'transfer-encoding',
]);

/**
 * Brotli's best quality takes seconds on a multi-megabyte page (5.6 s on 2.6 MB here, 0.85 s on the
 * 737 KB captions of 10,000 cues); 9 takes 0.04 s on those captions, for 37 KB against 33 KB.
 */
const BEST_QUALITY_UP_TO = 256 * 1024;

/**
 * The pathnames a build prerendered (its prerender manifest), but Next.js's own error pages. Route
 * handlers (track files) are listed too: the first answer for one shows it is not a page, and it is
 * not asked for again.
 */
export function prerenderedPathnames(distDir) {
  try {
    const { routes = {} } = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'));
    return new Set(Object.keys(routes).filter((pathname) => !pathname.startsWith('/_')));
  } catch {
    return new Set(); // No build yet, or not one of ours: nothing is kept, Next.js answers.
  }
}

/** The build's own files, as the URLs Next.js serves them at (`/_next/static/…`); none without a build. */
export function builtAssetPathnames(distDir) {
  try {
    return new Set(
      readdirSync(path.join(distDir, 'static'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const relative = path.relative(
            path.join(distDir, 'static'),
            path.join(entry.parentPath, entry.name),
          );
          return `/_next/static/${relative.split(path.sep).map(encodeURIComponent).join('/')}`;
        }),
    );
  } catch {
    return new Set();
  }
}

/** The encoding to send for an `Accept-Encoding` header: 'br', 'gzip' or 'identity'. */
export function chooseEncoding(acceptEncoding = '') {
  const accepted = new Map();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const wants = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (wants('br')) return 'br';
  if (wants('gzip')) return 'gzip';
  return 'identity';
}

/** Types worth compressing: text, scripts, JSON, SVG (media and images are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)\b|image\/svg\+xml\b)/;

/**
 * Whether a response may be kept and sent for every plain request of its URL, from its status and
 * headers (lower-case names, as `Headers` gives them).
 */
export function isKeepable(status, headers) {
  const cacheControl = headers.get('cache-control') ?? '';
  const type = headers.get('content-type') ?? '';
  const sharedMayKeep =
    /(^|,)\s*s-maxage=\d+/.test(cacheControl) ||
    (/(^|,)\s*public\b/.test(cacheControl) && /(^|,)\s*max-age=\d+/.test(cacheControl));
  const isHtml = /^text\/html\b/.test(type);
  return (
    status === 200 &&
    sharedMayKeep &&
    !/(^|,)\s*(private|no-store|no-cache)\b/.test(cacheControl) &&
    !headers.has('set-cookie') &&
    (headers.get('vary') ?? '').trim() !== '*' &&
    (isHtml ? headers.get('x-nextjs-prerender') === '1' : COMPRESSIBLE.test(type))
  );
}

/** A kept response: its headers (made once), the request headers it varies on, and its encoded bodies. */
async function keep(response) {
  const bytes = Buffer.from(await response.arrayBuffer());
  const quality = bytes.length <= BEST_QUALITY_UP_TO ? 11 : 9;
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gzip(bytes, { level: 9 }),
  ]);
  // Flat (name, value, name, value…), as `writeHead` takes them.
  const headers = [];
  for (const [name, value] of response.headers) if (!TRANSFER_HEADERS.has(name)) headers.push(name, value);
  const vary = (response.headers.get('vary') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name && name !== 'accept-encoding');
  return {
    headers,
    vary,
    etag: response.headers.get('etag'),
    bodies: { identity: bytes, gzip: gz, br },
  };
}

/**
 * The cache. `fetchPage(pathname)` asks the server for a page the way a CDN would (a plain GET, no
 * compression, no redirects followed) and resolves to a `Response`. `serve(req, res)` answers from
 * memory and returns true, or returns false and leaves the request to Next.js (and, for a
 * prerendered page not kept yet, starts keeping it).
 */
export function createPageCache({ pathnames, fetchPage, onError = () => undefined }) {
  /** pathname → kept page; `false` once its response proved not keepable (it is not asked again). */
  const pages = new Map();
  const filling = new Set();

  function fill(pathname) {
    filling.add(pathname);
    return fetchPage(pathname)
      .then(async (response) => {
        if (!isKeepable(response.status, response.headers)) {
          // Not awaited: cancelling the body of an answer from this same process does not settle.
          response.body?.cancel().catch(() => undefined);
          pages.set(pathname, false);
          return;
        }
        pages.set(pathname, await keep(response));
      })
      .catch((error) => onError(pathname, error)) // Asked again on its next request.
      .finally(() => filling.delete(pathname));
  }

  function serve(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '';
    // A query may change the answer (`?t=` is rendered per request): only bare URLs are kept.
    if (url.includes('?') || !pathnames.has(url)) return false;
    const page = pages.get(url);
    if (page === undefined) {
      if (!filling.has(url)) fill(url);
      return false;
    }
    if (page === false) return false;
    // The variant kept is the plain document: a request that varies (Next.js's own navigation
    // payload) or asks for a range goes to Next.js.
    if (req.headers.range || page.vary.some((name) => req.headers[name] !== undefined)) return false;

    if (page.etag && req.headers['if-none-match'] === page.etag) {
      res.writeHead(304, [...page.headers, 'x-cache', 'HIT']);
      res.end();
      return true;
    }
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    const body = page.bodies[encoding];
    const headers = [...page.headers, 'content-length', String(body.length), 'x-cache', 'HIT'];
    if (encoding !== 'identity') headers.push('content-encoding', encoding);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }

  /**
   * Asks for every candidate not known yet, one after another (so that a server starting beside
   * its first visitors does not take both cores), and resolves to how many are kept. The server
   * calls it once it listens: its first visitor then gets what later ones get.
   */
  async function warm() {
    for (const pathname of pathnames) {
      if (!pages.has(pathname) && !filling.has(pathname)) await fill(pathname);
    }
    return [...pages.values()].filter(Boolean).length;
  }

  /** What the cache knows of a page: 'kept', 'not keepable', 'asking' or 'unknown'. */
  function stateOf(pathname) {
    if (filling.has(pathname)) return 'asking';
    const page = pages.get(pathname);
    return page === undefined ? 'unknown' : page ? 'kept' : 'not keepable';
  }

  return { serve, stateOf, warm };
}
