// Verifies the static export (`npm run export` → out/) served by a plain static file server
// (scripts/serve-static.mjs), as a CDN would serve it: the core journeys work (home → watch →
// transcript → a cue link that opens the player at its moment), the track files and media come
// with the right content types and byte ranges, robots.txt and sitemap.xml are there, and the
// headers written to out/_headers give each page a hash-based Content-Security-Policy under
// which nothing is blocked.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { waitForPlayer } from './media';
import { DEMO_SLUG, readTitle, transcriptOf } from './title-data';

const title = readTitle();
const entries = transcriptOf(title).flatMap((c) => c.entries);
const WATCH = `/watch/${DEMO_SLUG}`;

/** Policy violations reported by the page from the moment it starts. */
async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const found: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: found });
    document.addEventListener(
      'securitypolicyviolation',
      (e) => found.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'}`),
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

const currentTime = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.currentTime);

test.describe('given the static export', () => {
  test('should take a viewer from home to the watch page, its transcript and back to a moment', async ({
    page,
  }) => {
    test.slow(); // A whole journey with axe twice.
    const violations = await watchForViolations(page);
    await page.goto('/');
    await page
      .getByRole('main')
      .getByRole('link', { name: `Watch ${title.manifest.title}` })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`${WATCH}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title.manifest.title);
    await waitForPlayer(page);
    await expect(
      page.getByRole('region', { name: 'Transcript' }).locator('.transcript:not([hidden]) li[data-start]'),
    ).toHaveCount(entries.length);
    await expectNoAxeViolations(page, 'static watch page');

    // A transcript line seeks the player in place.
    const entry = entries.find((e) => e.startTime > 1)!;
    await page
      .getByRole('region', { name: 'Transcript' })
      .locator(`.transcript:not([hidden]) li[data-start="${entry.startTime}"] a`)
      .first()
      .click();
    await expect.poll(() => currentTime(page)).toBeCloseTo(entry.startTime, 0);

    await page.getByRole('link', { name: /transcript on its own page/i }).click();
    await expect(page).toHaveURL(new RegExp(`${WATCH}/transcript$`));
    await expect(page.locator('.transcript:not([hidden]) li[data-start] a')).toHaveCount(entries.length);
    await expectNoAxeViolations(page, 'static transcript page');

    // Without a server the page cannot add a #t= fragment; the player reads ?t= itself.
    const later = entries.findLast((e) => e.startTime > entry.startTime)!;
    await page.locator(`.transcript:not([hidden]) li[data-start="${later.startTime}"] a`).first().click();
    await expect(page).toHaveURL(new RegExp(`${WATCH}\\?t=`));
    await waitForPlayer(page);
    await expect.poll(() => currentTime(page)).toBeCloseTo(later.startTime, 0);
    expect(await violations()).toEqual([]);
  });

  test('should send each page a Content-Security-Policy with script hashes and no unsafe-inline', async ({
    request,
  }) => {
    for (const url of ['/', WATCH, `${WATCH}/transcript`]) {
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      const scriptSrc = /script-src ([^;]*)/.exec(headers['content-security-policy'] ?? '')?.[1] ?? '';
      expect(scriptSrc).toMatch(/'sha256-/);
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
    }
  });

  test('should serve tracks as text/vtt and media with byte ranges', async ({ request }) => {
    for (const track of title.tracks) {
      const response = await request.get(track.url);
      expect(response.status(), track.url).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/vtt/);
      expect(await response.text()).toMatch(/^\uFEFF?WEBVTT/);
    }
    for (const source of title.manifest.sources) {
      const response = await request.get(source.src, { headers: { Range: 'bytes=0-99' } });
      expect(response.status(), source.src).toBe(206);
      expect(response.headers()['content-type']).toBe(source.type.split(';')[0]);
      expect(response.headers()['content-range']).toMatch(/^bytes 0-99\/\d+$/);
      expect((await response.body()).length).toBe(100);
    }
  });

  test('should publish robots.txt, sitemap.xml and a 404 page', async ({ page, request }) => {
    expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: \S+\/sitemap\.xml/);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toContain(`${WATCH}</loc>`);
    const response = await page.goto('/watch/no-such-title');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});
