// Verifies the embed in the static export (`npm run export` → out/, served by
// scripts/serve-static.mjs as a static host would): /embed/… is served and framable by another
// origin with its hash-based policy from out/_headers while /watch/… refuses framing, each title
// has its pre-written oEmbed answer, and the watch page's discovery link points to it.
import { expect, test } from '@playwright/test';
import { startEmbedHost, type EmbedHost } from './embed-host';
import { DEMO_SLUG, readTitle } from './title-data';

const title = readTitle();

let host: EmbedHost;
test.beforeAll(async () => {
  host = await startEmbedHost();
});
test.afterAll(async () => {
  await host.close();
});

test.describe('given the static export', () => {
  test('should let /embed/… be framed and keep /watch/… from it, as out/_headers says', async ({
    request,
  }) => {
    const embed = await request.get(`/embed/${DEMO_SLUG}`);
    expect(embed.status()).toBe(200);
    const policy = embed.headers()['content-security-policy'] ?? '';
    expect(policy).toContain('frame-ancestors *');
    expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
    const watch = await request.get(`/watch/${DEMO_SLUG}`);
    expect(watch.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  test('should play the embed inside an article on another origin, with no policy violation', async ({
    page,
    baseURL,
  }) => {
    // Runs in every frame, the embed's included, from its first script on.
    await page.addInitScript(() => {
      const found: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: found });
      document.addEventListener(
        'securitypolicyviolation',
        (e) => found.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'}`),
        true,
      );
    });
    await page.goto(
      host.articleUrl(
        `<iframe title="${title.manifest.title}: accessible trailer player" width="640" height="360" src="${baseURL}/embed/${DEMO_SLUG}"></iframe>`,
      ),
    );
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await frame.locator('[data-caption-overlay]').waitFor({ state: 'attached' });
    await frame.getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(() => frame.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.paused))
      .toBe(false);
    expect(
      await frame.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    ).toEqual([]);
  });

  test("should serve each title's oEmbed answer and point the watch page's discovery at it", async ({
    page,
    request,
  }) => {
    const response = await request.get(`/oembed/${DEMO_SLUG}.json`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    expect(await response.json()).toMatchObject({
      type: 'video',
      title: title.manifest.title,
      width: 640,
      height: 360,
      html: expect.stringContaining(`/embed/${DEMO_SLUG}"`),
    });
    await page.goto(`/watch/${DEMO_SLUG}`);
    const href = await page
      .locator('link[rel="alternate"][type="application/json+oembed"]')
      .getAttribute('href');
    expect(new URL(href!).pathname).toBe(`/oembed/${DEMO_SLUG}.json`);
  });
});
