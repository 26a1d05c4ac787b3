// The production server's memory of prerendered pages, built files and prerendered text files
// (scripts/page-cache.mjs): what it keeps, what it leaves to Next.js, and that a kept response is sent
// with the headers Next.js gave it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import {
  builtAssetPathnames,
  chooseEncoding,
  createPageCache,
  isKeepable,
  prerenderedPathnames,
  // @ts-expect-error: a plain ES module without types, like the other npm scripts.
} from '../../scripts/page-cache.mjs';

const PAGE = '/watch/sound-of-metal';
const HTML = `<!DOCTYPE html><html><body>${'<p>Ruben plays the drums.</p>'.repeat(200)}</body></html>`;
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 's-maxage=31536000',
  vary: 'rsc, next-router-state-tree, Accept-Encoding',
  'x-nextjs-prerender': '1',
  etag: '"abc"',
  'content-security-policy': "default-src 'self'; script-src 'self' 'sha256-x'",
};

interface Sent {
  status: number;
  headers: Record<string, string>;
  body: Buffer | undefined;
}

type Cache = {
  serve(req: object, res: object): boolean;
  stateOf(pathname: string): string;
  warm(): Promise<number>;
};

/** Asks the cache as the server does; `sent` is null when it left the request to Next.js. */
function ask(cache: Cache, url: string, headers: Record<string, string> = {}, method = 'GET'): Sent | null {
  let sent: Sent | null = null;
  const res = {
    writeHead(status: number, flat: string[]) {
      const named: Record<string, string> = {};
      for (let i = 0; i < flat.length; i += 2) named[flat[i]!] = flat[i + 1]!;
      sent = { status, headers: named, body: undefined };
    },
    end(body?: Buffer) {
      sent!.body = body;
    },
  };
  return cache.serve({ method, url, headers }, res) ? sent : null;
}

function pageCache(response: () => Promise<Response>, pathnames = [PAGE]) {
  const fetchPage = vi.fn(response);
  const onError = vi.fn();
  const cache: Cache = createPageCache({ pathnames: new Set(pathnames), fetchPage, onError });
  return { cache, fetchPage, onError };
}

const prerendered =
  (headers: Record<string, string> = PAGE_HEADERS, status = 200) =>
  () =>
    Promise.resolve(new Response(HTML, { status, headers }));

/** Asks once (which starts keeping the page) and waits until the page is kept. */
async function kept(cache: Cache) {
  expect(ask(cache, PAGE)).toBeNull();
  await vi.waitFor(() => expect(cache.stateOf(PAGE)).toBe('kept'));
}

describe('prerenderedPathnames', () => {
  it("should list the build's prerendered pathnames but Next.js's own pages, and none without a build", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'page-cache-'));
    try {
      expect([...prerenderedPathnames(dir)]).toEqual([]);
      const routes = { '/': {}, '/watch/sound-of-metal': {}, '/_not-found': {}, '/_global-error': {} };
      writeFileSync(path.join(dir, 'prerender-manifest.json'), JSON.stringify({ routes }));
      expect([...prerenderedPathnames(dir)]).toEqual(['/', '/watch/sound-of-metal']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('builtAssetPathnames', () => {
  it("should list every file of the build's static folder at the URL Next.js serves it, and none without a build", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'page-cache-'));
    try {
      expect([...builtAssetPathnames(dir)]).toEqual([]);
      mkdirSync(path.join(dir, 'static', 'chunks'), { recursive: true });
      mkdirSync(path.join(dir, 'static', 'build id'));
      writeFileSync(path.join(dir, 'static', 'chunks', 'a1.js'), '');
      writeFileSync(path.join(dir, 'static', 'chunks', 'b2.css'), '');
      writeFileSync(path.join(dir, 'static', 'build id', '_buildManifest.js'), '');
      expect([...builtAssetPathnames(dir)].sort()).toEqual([
        '/_next/static/build%20id/_buildManifest.js',
        '/_next/static/chunks/a1.js',
        '/_next/static/chunks/b2.css',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['*', 'br'],
    ['identity', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'],
  ])('should pick, for %j, %s', (header, encoding) => {
    expect(chooseEncoding(header)).toBe(encoding);
  });
});

describe('isKeepable', () => {
  it('should keep a prerendered HTML page that a shared cache may keep', () => {
    expect(isKeepable(200, new Headers(PAGE_HEADERS))).toBe(true);
  });

  it.each([
    [
      'a script of the build',
      {
        'content-type': 'application/javascript; charset=UTF-8',
        'cache-control': 'public, max-age=31536000, immutable',
      },
    ],
    [
      'a stylesheet of the build',
      { 'content-type': 'text/css; charset=UTF-8', 'cache-control': 'public, max-age=31536000, immutable' },
    ],
    [
      'a prerendered track file',
      { 'content-type': 'text/vtt; charset=utf-8', 'cache-control': 'public, max-age=3600' },
    ],
    ['prerendered JSON', { 'content-type': 'application/json', 'cache-control': 'public, max-age=3600' }],
  ])('should keep %s that a shared cache may keep', (_, headers) => {
    expect(isKeepable(200, new Headers(headers))).toBe(true);
  });

  it.each([
    ['a status other than 200', 404, {}],
    ['a page rendered per request', 200, { 'x-nextjs-prerender': '' }],
    ['no s-maxage', 200, { 'cache-control': 'max-age=60' }],
    ['a private answer', 200, { 'cache-control': 'private, s-maxage=60' }],
    ['no-store', 200, { 'cache-control': 'no-store, s-maxage=60' }],
    ['a cookie', 200, { 'set-cookie': 'a=b' }],
    ['Vary: *', 200, { vary: '*' }],
    ['a type compressed already (a picture)', 200, { 'content-type': 'image/jpeg' }],
    ['a file without a type', 200, { 'content-type': '' }],
    ['a file only a browser may keep', 200, { 'content-type': 'text/vtt', 'cache-control': 'max-age=3600' }],
  ])('should not keep %s', (_, status, changes) => {
    expect(isKeepable(status, new Headers({ ...PAGE_HEADERS, ...changes }))).toBe(false);
  });
});

describe('createPageCache', () => {
  it('should leave the first request to Next.js, then send the page with its headers from memory', async () => {
    const { cache, fetchPage } = pageCache(prerendered());
    await kept(cache);
    const sent = ask(cache, PAGE)!;
    expect(sent.status).toBe(200);
    expect(sent.body!.toString()).toBe(HTML);
    for (const [name, value] of Object.entries(PAGE_HEADERS)) expect(sent.headers[name], name).toBe(value);
    expect(sent.headers['content-length']).toBe(String(Buffer.byteLength(HTML)));
    expect(sent.headers['x-cache']).toBe('HIT');
    expect(sent.headers['content-encoding']).toBeUndefined();
    expect(fetchPage).toHaveBeenCalledTimes(1);
    expect(fetchPage).toHaveBeenCalledWith(PAGE);
  });

  it('should send the page compressed once, as Brotli or gzip, as the request accepts', async () => {
    const { cache } = pageCache(prerendered());
    await kept(cache);
    const br = ask(cache, PAGE, { 'accept-encoding': 'gzip, deflate, br' })!;
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body!).toString()).toBe(HTML);
    expect(br.headers['content-length']).toBe(String(br.body!.length));
    const gzip = ask(cache, PAGE, { 'accept-encoding': 'gzip' })!;
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body!).toString()).toBe(HTML);
  });

  it('should answer a matching ETag with 304 and the page policy, and HEAD without a body', async () => {
    const { cache } = pageCache(prerendered());
    await kept(cache);
    const notModified = ask(cache, PAGE, { 'if-none-match': '"abc"' })!;
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBeUndefined();
    expect(notModified.headers['content-security-policy']).toBe(PAGE_HEADERS['content-security-policy']);
    const head = ask(cache, PAGE, {}, 'HEAD')!;
    expect(head.status).toBe(200);
    expect(head.body).toBeUndefined();
  });

  it('should leave to Next.js a query, a request the page varies on, a range, other methods and other paths', async () => {
    const { cache, fetchPage } = pageCache(prerendered());
    await kept(cache);
    expect(ask(cache, `${PAGE}?t=83`)).toBeNull();
    expect(ask(cache, PAGE, { rsc: '1' })).toBeNull();
    expect(ask(cache, PAGE, { range: 'bytes=0-10' })).toBeNull();
    expect(ask(cache, PAGE, {}, 'POST')).toBeNull();
    expect(ask(cache, '/watch/unknown')).toBeNull();
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('should ask for a page only once while it is being kept', async () => {
    let answer: (response: Response) => void = () => undefined;
    const { cache, fetchPage } = pageCache(() => new Promise((resolve) => (answer = resolve)));
    expect(ask(cache, PAGE)).toBeNull();
    expect(cache.stateOf(PAGE)).toBe('asking');
    expect(ask(cache, PAGE)).toBeNull();
    expect(fetchPage).toHaveBeenCalledTimes(1);
    answer(new Response(HTML, { headers: PAGE_HEADERS }));
    await vi.waitFor(() => expect(cache.stateOf(PAGE)).toBe('kept'));
  });

  it('should never keep, nor ask again for, a page whose answer a shared cache may not keep', async () => {
    const { cache, fetchPage } = pageCache(
      prerendered({ ...PAGE_HEADERS, 'cache-control': 'private, no-store' }),
    );
    expect(ask(cache, PAGE)).toBeNull();
    await vi.waitFor(() => expect(cache.stateOf(PAGE)).toBe('not keepable'));
    expect(ask(cache, PAGE)).toBeNull();
    expect(ask(cache, PAGE)).toBeNull();
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('should ask for every candidate once when warmed, one at a time, and count what it kept', async () => {
    let asking = 0;
    let most = 0;
    const fetchPage = vi.fn(async (pathname: string) => {
      asking += 1;
      most = Math.max(most, asking);
      await new Promise((resolve) => setTimeout(resolve, 1));
      asking -= 1;
      const headers = pathname.endsWith('.jpg')
        ? { ...PAGE_HEADERS, 'content-type': 'image/jpeg' }
        : PAGE_HEADERS;
      return new Response(HTML, { headers });
    });
    const cache: Cache = createPageCache({
      pathnames: new Set([PAGE, '/watch/sound-of-metal/asl', '/poster.jpg']),
      fetchPage,
      onError: vi.fn(),
    });
    await expect(cache.warm()).resolves.toBe(2);
    expect(fetchPage).toHaveBeenCalledTimes(3);
    expect(most).toBe(1);
    expect(cache.stateOf('/poster.jpg')).toBe('not keepable');
    expect(ask(cache, PAGE)!.headers['x-cache']).toBe('HIT');
    await expect(cache.warm()).resolves.toBe(2);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it('should settle an answer it does not keep without waiting for its body to be cancelled', async () => {
    const body = new ReadableStream({ cancel: () => new Promise<void>(() => undefined) });
    const { cache } = pageCache(() =>
      Promise.resolve(new Response(body, { headers: { ...PAGE_HEADERS, 'cache-control': 'no-store' } })),
    );
    await expect(cache.warm()).resolves.toBe(0);
    expect(cache.stateOf(PAGE)).toBe('not keepable');
  });

  it('should report a failed request for a page, leave its requests to Next.js, and try again later', async () => {
    const { cache, fetchPage, onError } = pageCache(() => Promise.reject(new Error('connection refused')));
    expect(ask(cache, PAGE)).toBeNull();
    await vi.waitFor(() => expect(cache.stateOf(PAGE)).toBe('unknown'));
    expect(onError).toHaveBeenCalledWith(PAGE, expect.any(Error));
    expect(ask(cache, PAGE)).toBeNull();
    await vi.waitFor(() => expect(fetchPage).toHaveBeenCalledTimes(2));
  });
});
