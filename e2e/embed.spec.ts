// Verifies the embed (issue #15) as a publisher uses it: an article on another origin frames
// /embed/<slug> with the iframe our oEmbed endpoint returns; the embed plays with captions; Tab
// reaches its controls and its shortcuts act only while focus is inside it; axe finds nothing in
// the article or the frame; the article drives it by postMessage and hears `ready`, `play` and
// `cuechange` with the caption's text, malformed messages ignored; /watch/… refuses to be framed
// while /embed/… is allowed. Also the embed's URL options, its page (no site header or footer, a
// link out), oEmbed discovery and errors, and the watch page's Share dialog.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { cuePlainText } from '../captions/cue-text-plain';
import { isSoundCue } from '../captions/transcript';
import { EMBED_API, EMBED_API_VERSION } from '../components/embed/embed-messages';
import { DIALOG, expectNoAxeViolations } from './axe';
import { startEmbedHost, type EmbedHost } from './embed-host';
import { seekTo, videoState, waitForPlayer } from './media';
import { cuesOf, DEMO_SLUG, readTitle, SIGN_LANGUAGE_SLUG } from './title-data';

const title = readTitle();
const captions = cuesOf(title, 'captions');
const subtitles = cuesOf(title, 'subtitles');
const spoken = captions.filter((cue) => !isSoundCue(cuePlainText(cue.tree)));
const middle = (cue: { startTime: number; endTime: number }) => (cue.startTime + cue.endTime) / 2;
const activeAt = (cues: typeof captions, t: number) => cues.find((c) => c.startTime <= t && t < c.endTime)!;

let host: EmbedHost;
test.beforeAll(async () => {
  host = await startEmbedHost();
});
test.afterAll(async () => {
  await host.close();
});

/** The embed's frame once its player has hydrated. */
async function embedFrame(page: Page, path = `/embed/${DEMO_SLUG}`): Promise<Frame> {
  await page.locator('iframe').waitFor();
  const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
  if (!frame) throw new Error(`no frame for ${path}`);
  // A new frame is at about:blank until its src has loaded (read at once, it failed a CI run).
  await frame.waitForURL((url) => url.href.includes(path));
  await frame.locator('[data-caption-overlay]').waitFor({ state: 'attached' });
  await frame.waitForFunction(() => {
    const video = document.querySelector<HTMLVideoElement>('#title-video');
    return !!video && video.readyState >= 1 && !video.controls;
  });
  return frame;
}

/** Opens an article framing the iframe our oEmbed endpoint gives for the watch page. */
async function openArticle(page: Page, baseURL: string, query = ''): Promise<Frame> {
  const response = await page.request.get(
    `/api/oembed?format=json&url=${encodeURIComponent(`${baseURL}/watch/${DEMO_SLUG}${query}`)}`,
  );
  expect(response.status()).toBe(200);
  const { html } = (await response.json()) as { html: string };
  await page.goto(host.articleUrl(html));
  return embedFrame(page);
}

type Received = { origin: string; data: Record<string, unknown> | null };
const received = (page: Page): Promise<Received[]> =>
  page.evaluate(() => (window as unknown as { received: Received[] }).received);
const events = async (page: Page, type: string) =>
  (await received(page)).flatMap((m) => (m.data?.type === type ? [m.data] : []));
const post = (page: Page, data: unknown) =>
  page.evaluate((data) => document.querySelector('iframe')!.contentWindow!.postMessage(data, '*'), data);
const command = (type: string, fields: Record<string, unknown> = {}) => ({
  api: EMBED_API,
  version: EMBED_API_VERSION,
  type,
  ...fields,
});
const frameVideo = (frame: Frame) =>
  frame.evaluate(() => {
    const v = document.querySelector<HTMLVideoElement>('#title-video')!;
    return { paused: v.paused, currentTime: v.currentTime, muted: v.muted };
  });

test.describe('given an article on another origin that embeds the trailer', () => {
  test('should play it with captions, with nothing for axe to find in the article or the frame', async ({
    page,
    baseURL,
  }) => {
    const frame = await openArticle(page, baseURL!);
    await expect(frame.getByRole('banner')).toHaveCount(0);
    await expect(frame.getByRole('contentinfo')).toHaveCount(0);
    await expect(frame.getByRole('link', { name: /Transcript and ASL notes/ })).toHaveAttribute(
      'href',
      `/watch/${DEMO_SLUG}`,
    );
    await expectNoAxeViolations(page, 'article with the embed');

    const cue = spoken[1]!;
    await seekTo(frame as unknown as Page, middle(cue));
    await expect(frame.locator('[data-caption-overlay]')).toContainText(
      cuePlainText(cue.tree).split('\n')[0]!,
    );
    await frame.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => (await frameVideo(frame)).paused).toBe(false);
    await expectNoAxeViolations(page, 'article with the embed playing');
  });

  test('should take Tab into its controls, and act on shortcuts only while focus is inside', async ({
    page,
    baseURL,
  }) => {
    const frame = await openArticle(page, baseURL!);
    await page.locator('#before').focus();
    await page.keyboard.press('k');
    expect((await frameVideo(frame)).paused, 'k in the article leaves the player alone').toBe(true);

    await page.keyboard.press('Tab');
    await expect
      .poll(() => frame.evaluate(() => !!document.activeElement?.closest('.player-controls')))
      .toBe(true);
    await page.keyboard.press('k');
    await expect.poll(async () => (await frameVideo(frame)).paused).toBe(false);

    await page.keyboard.press('Shift+Tab');
    await expect(page.locator('#before')).toBeFocused();
    await page.keyboard.press('k');
    expect((await frameVideo(frame)).paused, 'k back in the article leaves the player playing').toBe(false);
  });

  test('should be driven by postMessage, ignore malformed messages, and report ready, play and cuechange', async ({
    page,
    baseURL,
  }) => {
    const frame = await openArticle(page, baseURL!);
    await expect.poll(async () => (await events(page, 'ready')).length).toBe(1);
    const [ready] = await events(page, 'ready');
    expect(ready).toMatchObject({ api: EMBED_API, version: EMBED_API_VERSION, captions: ['en', 'es'] });
    expect(new Set((await received(page)).map((m) => m.origin))).toEqual(new Set([new URL(baseURL!).origin]));

    // Garbage first: none of it may break the player or the API.
    for (const junk of [
      'play',
      null,
      42,
      { type: 'play' },
      command('play', { version: 2 }),
      command('seek', { time: 'soon' }),
      command('eval', { code: 'alert(1)' }),
    ])
      await post(page, junk);

    const cue = spoken[2]!;
    await post(page, command('seek', { time: middle(cue) }));
    await expect
      .poll(async () => (await events(page, 'cuechange')).map((e) => e.text))
      .toContain(cuePlainText(cue.tree));
    expect((await frameVideo(frame)).paused, 'malformed messages did not play it').toBe(true);

    await post(page, command('setCaptions', { language: 'es' }));
    const es = activeAt(subtitles, middle(cue));
    await expect
      .poll(async () => (await events(page, 'cuechange')).map((e) => e.text))
      .toContain(cuePlainText(es.tree));

    await post(page, command('play'));
    await expect.poll(async () => (await events(page, 'play')).length).toBeGreaterThan(0);
    await post(page, command('pause'));
    await expect.poll(async () => (await events(page, 'pause')).length).toBeGreaterThan(0);
    expect((await frameVideo(frame)).paused).toBe(true);
  });

  test('should refuse to frame /watch/… while /embed/… is allowed', async ({ page, baseURL }) => {
    const watch = await page.request.get(`/watch/${DEMO_SLUG}`);
    expect(watch.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const embed = await page.request.get(`/embed/${DEMO_SLUG}`);
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');

    await page.goto(
      host.articleUrl(
        `<iframe title="Watch page" src="${baseURL}/watch/${DEMO_SLUG}"></iframe>` +
          `<iframe title="Embed" src="${baseURL}/embed/${DEMO_SLUG}"></iframe>`,
      ),
    );
    const watchFrame = await page.locator('iframe[title="Watch page"]').contentFrame();
    const embedFrameLocator = await page.locator('iframe[title="Embed"]').contentFrame();
    await expect(embedFrameLocator.getByRole('heading', { level: 1 })).toHaveText(
      `${title.manifest.title}: trailer`,
    );
    // A refused frame shows the browser's error page, never the watch page's content.
    await expect
      .poll(async () => {
        const frame = await page.locator('iframe[title="Watch page"]').elementHandle();
        return (await frame?.contentFrame())?.url() ?? '';
      })
      .not.toContain('/watch/');
    await expect(watchFrame.getByRole('heading', { name: title.manifest.title })).toHaveCount(0);
  });
});

test.describe('given the embed page with URL options', () => {
  test('should start at t, in the chosen captions, muted, with audio description on', async ({ page }) => {
    const cue = spoken[3]!;
    await page.goto(`/embed/${DEMO_SLUG}?t=${middle(cue)}&captions=es&muted=1&ad=1`);
    await waitForPlayer(page);
    await expect.poll(async () => (await videoState(page)).currentTime).toBeCloseTo(middle(cue), 1);
    expect((await videoState(page)).muted).toBe(true);
    expect((await videoState(page)).paused, 'never starts by itself').toBe(true);
    await expect(page.locator('[data-caption-overlay]')).toContainText(
      cuePlainText(activeAt(subtitles, middle(cue)).tree).split('\n')[0]!,
    );
    await expect(page.getByRole('button', { name: /audio description/i }).first()).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectNoAxeViolations(page, 'embed with options');
  });

  test('should ignore options it cannot use', async ({ page }) => {
    await page.goto(`/embed/${DEMO_SLUG}?t=-4&captions=xx&muted=yes`);
    await waitForPlayer(page);
    const state = await videoState(page);
    expect([state.currentTime, state.muted]).toEqual([0, false]);
    // An unknown language leaves the captions on (in the default language), not off.
    await expect(page.getByRole('button', { name: 'Captions' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('should point to the title page, which has the transcript, when the video cannot load', async ({
    page,
  }) => {
    await page.route('**/media/**/*.{webm,mp4}', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await page.goto(`/embed/${DEMO_SLUG}`);
    const alert = page.getByRole('alert').filter({ hasText: 'The video could not be played' });
    // The embed has no transcript of its own: it names the title's page, not "this page".
    await expect(alert).toContainText(
      "The transcript and the ASL notes are on the title's page, linked below.",
    );
    await expect(page.getByRole('link', { name: /Transcript and ASL notes/ })).toHaveAttribute(
      'href',
      `/watch/${DEMO_SLUG}`,
    );
  });
});

test.describe('given the embed in 16:9 frames from 320 to 1280 px wide', () => {
  for (const [width, height] of [
    [320, 180],
    [640, 360],
    [1280, 720],
  ] as const)
    test(`should fill a ${width}×${height} frame without overlap or sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`/embed/${DEMO_SLUG}`);
      await waitForPlayer(page);
      const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
      const screen = await box('.player-screen');
      const controls = await box('.player-controls');
      const link = await box('.embed-footer');
      expect(screen.width).toBeCloseTo(width, 0);
      expect(controls.y, 'controls below the picture').toBeGreaterThanOrEqual(screen.y + screen.height - 1);
      expect(link.y, 'link below the controls').toBeGreaterThanOrEqual(controls.y + controls.height - 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
});

test.describe('given the embed of a title with an interpreter video', () => {
  test('should show the sign-language window inside the player', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 360 });
    await page.goto(`/embed/${SIGN_LANGUAGE_SLUG}`);
    await waitForPlayer(page);
    await expect(page.getByRole('button', { name: 'Sign-language interpreter' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('[data-player] [data-sign-window] video')).toHaveCount(1);
    await expectNoAxeViolations(page, 'embed with the interpreter');
  });
});

test.describe('given oEmbed', () => {
  test('should be discoverable from the watch page and answer a video', async ({ page, request }) => {
    await page.goto(`/watch/${DEMO_SLUG}`);
    const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    await expect(link).toHaveCount(1);
    const href = new URL((await link.getAttribute('href'))!);
    const response = await request.get(`${href.pathname}${href.search}`);
    expect(response.status()).toBe(200);
    // Readable by consumers in a browser, and cached per host, since it names the origin asked.
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    expect(response.headers()['vary']).toContain('Host');
    expect(await response.json()).toMatchObject({
      type: 'video',
      version: '1.0',
      title: title.manifest.title,
      provider_name: 'Caption Companion',
      width: 640,
      height: 360,
      html: expect.stringContaining(`/embed/${DEMO_SLUG}`),
      thumbnail_url: expect.stringContaining(title.manifest.poster),
    });
  });

  for (const url of ['https://elsewhere.example/watch/sound-of-metal', 'nonsense', '/watch/no-such-title'])
    test(`should answer ${url} with a 404 and a JSON error`, async ({ request, baseURL }) => {
      const absolute = url.startsWith('/') ? `${baseURL}${url}` : url;
      const response = await request.get(`/api/oembed?url=${encodeURIComponent(absolute)}`);
      expect(response.status()).toBe(404);
      expect(await response.json()).toEqual({ error: expect.any(String) });
    });
});

test.describe('given the Share dialog on the watch page', () => {
  test('should share the page at the current caption and the embed code, announce copies and give focus back', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/watch/${DEMO_SLUG}`);
    await waitForPlayer(page);
    const cue = spoken[4]!;
    await seekTo(page, middle(cue));
    const share = page.getByRole('button', { name: 'Share' });
    await share.click();
    const dialog = page.getByRole('dialog', { name: `Share ${title.manifest.title}` });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'share dialog open', { include: DIALOG });

    const link = dialog.getByRole('textbox', { name: 'Link' });
    await expect(link).toHaveValue(new RegExp(`/watch/${DEMO_SLUG}$`));
    await dialog.getByRole('checkbox', { name: /^Start at/ }).check();
    await expect(link).toHaveValue(new RegExp(`/watch/${DEMO_SLUG}\\?t=${cue.startTime}$`));
    await dialog.getByRole('checkbox', { name: 'Start muted' }).check();
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toHaveValue(new RegExp(`/embed/${DEMO_SLUG}\\?t=${cue.startTime}&amp;muted=1"`));
    await expect(code).toHaveValue(new RegExp(`title="${title.manifest.title}: accessible trailer player"`));

    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Embed code copied.');
    await expectNoAxeViolations(page, 'share dialog after copying', { include: DIALOG });

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(share).toBeFocused();
  });
});
