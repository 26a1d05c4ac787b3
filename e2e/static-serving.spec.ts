// Verifies that `next start` serves every page that does not depend on the request as a prerendered
// static page (listed in the build's prerender manifest, sent with the cache headers Next.js gives
// static pages, so a CDN caches it too), and that only a watch page with `?t=` is rendered per
// request, with its `#t=` media fragment in the server HTML. The proxy answers a prerendered page
// from the bytes it read once, shared by every response: concurrent requests, compressed or not,
// each get the whole page, and a matching `ETag` gets a 304.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allSlugs, DEMO_SLUG, readTitle } from './title-data';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
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
