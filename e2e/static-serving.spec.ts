// Verifies that the server (scripts/serve.mjs: `next start`'s handler, with prerendered pages kept in
// memory) serves every page that does not depend on the request as a prerendered static page
// (listed in the build's prerender manifest, sent with the cache headers Next.js gives static pages,
// so a CDN caches it too), and that only a watch page with `?t=` is rendered per request, with its
// `#t=` media fragment in the server HTML. A prerendered page is sent with the bytes of the build:
// concurrent requests, compressed or not, each get the whole page, and a matching `ETag` gets a
// 304; once kept in memory, with every header Next.js and the proxy gave it. The page's scripts,
// styles and track files are kept too, and sent compressed with Brotli.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allSlugs, DEMO_SLUG, readTitle } from './title-data';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
/** Headers of one transfer, not of the response kept: all others must be those Next.js sent. */
const TRANSFER_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'x-cache',
]);
const title = readTitle();
const PAGES = [
  '/',
  '/play',
  '/accessibility',
  ...allSlugs().flatMap((slug) => [`/watch/${slug}`, `/watch/${slug}/transcript`, `/watch/${slug}/asl`]),
];

test('the build should prerender the home, watch, transcript, glossary, /play and /accessibility pages', () => {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'));
  const prerendered = Object.keys(manifest.routes);
  for (const page of PAGES) expect(prerendered, page).toContain(page);
});

for (const page of PAGES.filter((p) => !p.includes('fixture-'))) {
  test(`should serve ${page} as a static page a CDN may cache`, async ({ request }) => {
    const response = await request.get(page);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
    expect(response.headers()['cache-control']).not.toMatch(/private|no-store/);
  });
}

test('should render a watch page with ?t= per request, starting the video there', async ({ request }) => {
  const response = await request.get(`/watch/${DEMO_SLUG}?t=83`);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toMatch(/no-store/);
  expect(await response.text()).toContain(`src="${title.manifest.sources[0]!.src}#t=83"`);
});

test('should serve a watch page with a ?t= that is not a time as the static page', async ({ request }) => {
  const response = await request.get(`/watch/${DEMO_SLUG}?t=abc`);
  expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  expect(await response.text()).toContain(`src="${title.manifest.sources[0]!.src}"`);
});

test('should send every concurrent request the prerendered bytes, compressed when asked, and a 304 for its ETag', async ({
  request,
}) => {
  const page = `/watch/${DEMO_SLUG}`;
  const html = readFileSync(path.join(distDir, 'server', 'app', `${page}.html`));
  const encodings = Array.from({ length: 16 }, (_, i) => (i % 2 ? 'gzip' : 'identity'));
  const responses = await Promise.all(
    encodings.map((encoding) => request.get(page, { headers: { 'accept-encoding': encoding } })),
  );
  for (const [i, response] of responses.entries()) {
    expect(response.status()).toBe(200);
    expect(response.headers()['content-encoding'], encodings[i]).toBe(
      encodings[i] === 'gzip' ? 'gzip' : undefined,
    );
    expect((await response.body()).equals(html), encodings[i]).toBe(true);
  }
  const etag = responses[0]!.headers()['etag']!;
  const notModified = await request.get(page, { headers: { 'if-none-match': etag } });
  expect(notModified.status()).toBe(304);
  expect(notModified.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
});

test('should answer a prerendered page from memory after its first request, with the headers Next.js gave it', async ({
  request,
}) => {
  const page = `/watch/${DEMO_SLUG}/transcript`;
  const html = readFileSync(path.join(distDir, 'server', 'app', `${page}.html`));
  // A query is always left to Next.js (and its proxy): the reference answer.
  const throughNext = await request.get(`${page}?from=test`);
  expect(throughNext.headers()['x-cache']).toBeUndefined();
  await expect
    .poll(async () => (await request.get(page)).headers()['x-cache'], { message: 'kept in memory' })
    .toBe('HIT');
  const kept = await request.get(page, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
  expect(kept.headers()['content-encoding']).toBe('br');
  expect((await kept.body()).equals(html)).toBe(true);
  const names = Object.keys(throughNext.headers()).filter((name) => !TRANSFER_HEADERS.has(name));
  expect(names).toContain('content-security-policy');
  for (const name of names) expect(kept.headers()[name], name).toBe(throughNext.headers()[name]);
  // A shared moment is still rendered per request.
  const moment = await request.get(`/watch/${DEMO_SLUG}?t=83`);
  expect(moment.headers()['x-cache']).toBeUndefined();
  expect(moment.headers()['cache-control']).toMatch(/no-store/);
});

test("should send the watch page's scripts, styles and captions from memory, compressed with Brotli once, with the headers Next.js gave them", async ({
  request,
}) => {
  const page = `/watch/${DEMO_SLUG}`;
  const html = await (await request.get(page)).text();
  const files = [
    ...html.matchAll(/<script src="(\/_next\/static\/[^"]+\.js)"/g),
    ...html.matchAll(/<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/g),
    ...html.matchAll(/<track [^>]*src="([^"]+\.vtt)"/g),
  ].map((match) => match[1]!);
  expect(files.filter((file) => file.endsWith('.js')).length, 'scripts').toBeGreaterThan(0);
  expect(files.filter((file) => file.endsWith('.css')).length, 'styles').toBeGreaterThan(0);
  expect(files.filter((file) => file.endsWith('.vtt')).length, 'track files').toBeGreaterThan(0);
  for (const file of files) {
    // A query is left to Next.js: the reference answer (Next.js ignores it for these files).
    const throughNext = await request.get(`${file}?from=test`, { headers: { 'accept-encoding': 'gzip' } });
    expect(throughNext.headers()['x-cache'], file).toBeUndefined();
    await expect
      .poll(async () => (await request.get(file)).headers()['x-cache'], { message: `${file} kept in memory` })
      .toBe('HIT');
    const kept = await request.get(file, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(kept.headers()['content-encoding'], file).toBe('br');
    // Playwright decodes the body: the same bytes as Next.js's own answer.
    expect((await kept.body()).equals(await throughNext.body()), file).toBe(true);
    const names = Object.keys(throughNext.headers()).filter((name) => !TRANSFER_HEADERS.has(name));
    expect(names, file).toContain('cache-control');
    for (const name of names)
      expect(kept.headers()[name], `${file}: ${name}`).toBe(throughNext.headers()[name]);
  }
});

test("should ask for the watch page's poster, its largest paint, from the head with high priority", async ({
  request,
}) => {
  const html = await (await request.get(`/watch/${DEMO_SLUG}`)).text();
  const head = html.slice(0, html.indexOf('</head>'));
  const preload = head.match(/<link[^>]*rel="preload"[^>]*>/g)?.find((link) => link.includes('as="image"'));
  expect(preload).toContain(`href="${title.manifest.poster}"`);
  expect(preload).toMatch(/fetchPriority="high"/i);
});
