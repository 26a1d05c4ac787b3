// Verifies the security headers `next start` sends (a nonce-based Content-Security-Policy with no
// unsafe-inline or unsafe-eval for scripts, framing and plugins off, nosniff, a referrer policy,
// and a permissions policy that allows only fullscreen and picture-in-picture), that every script
// of a page carries its response's nonce, that the policy really blocks an injected script, and
// that using the pages (play, seek, dialogs, transcript links, the other pages, local files on
// /play) reports no policy violation at all.
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { seekTo, waitForPlayer } from './media';
import { DEMO_SLUG, readTitle, transcriptOf } from './title-data';

const title = readTitle();
const DOCUMENTS = [
  '/',
  `/watch/${DEMO_SLUG}`,
  `/watch/${DEMO_SLUG}/transcript`,
  '/accessibility',
  '/no-such-page',
];

/** The policy as `directive → sources`. */
function parsePolicy(header: string | undefined): Map<string, string[]> {
  const policy = new Map<string, string[]>();
  for (const directive of (header ?? '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

test.describe('given the pages served by next start', () => {
  for (const url of DOCUMENTS) {
    test(`should send a strict Content-Security-Policy for ${url}`, async ({ request }) => {
      const response = await request.get(url);
      const policy = parsePolicy(response.headers()['content-security-policy']);
      const scripts = policy.get('script-src') ?? [];
      expect(
        scripts.some((s) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(s)),
        'a nonce for scripts',
      ).toBe(true);
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('form-action')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('media-src')).toEqual(["'self'", 'blob:']);
      expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    });
  }

  for (const url of [...DOCUMENTS, title.manifest.sources[0]!.src, title.tracks[0]!.url]) {
    test(`should send nosniff, a referrer policy and a narrow permissions policy for ${url}`, async ({
      request,
    }) => {
      const headers = (await request.get(url)).headers();
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      const allowed = (headers['permissions-policy'] ?? '')
        .split(',')
        .map((feature) => feature.trim().split('='))
        .filter(([, allowlist]) => allowlist !== '()')
        .map(([feature]) => feature);
      expect(allowed.sort()).toEqual(['fullscreen', 'picture-in-picture']);
    });
  }

  test('should give every response a fresh nonce and put it on every script of the page', async ({
    request,
  }) => {
    const nonceOf = (header = '') => /'nonce-([^']+)'/.exec(header)?.[1];
    const [first, second] = await Promise.all([
      request.get(`/watch/${DEMO_SLUG}`),
      request.get(`/watch/${DEMO_SLUG}`),
    ]);
    const nonce = nonceOf(first.headers()['content-security-policy']);
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers()['content-security-policy'])).not.toBe(nonce);
    const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });
});

/** Collects policy violations (events and console reports) from the moment a page starts. */
async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text()))
      fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const found: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: found });
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        found.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        ),
      true,
    );
  });
  return async () => {
    const fromEvents = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    return [...fromEvents, ...fromConsole];
  };
}

/** Opens each dialog a trigger on the page offers, then closes it with Escape. */
async function openEveryDialog(page: Page): Promise<number> {
  const triggers = page.locator('main [aria-haspopup="dialog"]:visible');
  const count = await triggers.count();
  for (let i = 0; i < count; i += 1) {
    await triggers.nth(i).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  return count;
}

test.describe('given a browser using the pages', () => {
  test('should block an injected inline event handler and report it (the policy is live)', async ({
    page,
  }) => {
    const violations = await watchForViolations(page);
    await page.goto('/');
    // What an HTML injection would bring: an inline event handler. ('strict-dynamic' trusts
    // scripts that running script creates, so a created <script> element is no test of it.)
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__injected = true');
      image.src = '/no-such-image.png';
      document.body.append(image);
    });
    await expect.poll(violations).toContainEqual(expect.stringContaining('script-src'));
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
    ).toBeUndefined();
  });

  test('should report no violation while playing, seeking, opening dialogs and following links', async ({
    page,
  }) => {
    test.slow(); // Every page and dialog in one journey.
    const violations = await watchForViolations(page);
    await page.goto('/');
    await page
      .getByRole('main')
      .getByRole('link', { name: `Watch ${title.manifest.title}` })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/watch/${DEMO_SLUG}$`));
    await waitForPlayer(page);

    const playing = page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          document
            .querySelector('#title-video')!
            .addEventListener('playing', () => resolve(), { once: true }),
        ),
    );
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await playing;
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await seekTo(page, title.manifest.duration / 2);
    expect(await openEveryDialog(page)).toBeGreaterThan(0);

    const entry = transcriptOf(title)
      .flatMap((c) => c.entries)
      .find((e) => e.startTime > 1)!;
    await page
      .getByRole('region', { name: 'Transcript' })
      .locator(`.transcript:not([hidden]) li[data-start="${entry.startTime}"] a`)
      .first()
      .click();
    await page.waitForFunction(
      (t) => Math.abs(document.querySelector<HTMLVideoElement>('#title-video')!.currentTime - t) < 0.5,
      entry.startTime,
    );

    await page.getByRole('link', { name: /transcript on its own page/i }).click();
    await expect(page).toHaveURL(new RegExp(`/watch/${DEMO_SLUG}/transcript$`));
    await expect(page.locator('.transcript:not([hidden]) li[data-start]').first()).toBeVisible();
    await page.goto(`/watch/${DEMO_SLUG}/asl`);
    await openEveryDialog(page);
    await page.goto('/accessibility');
    await page.goto('/no-such-page');
    expect(await violations()).toEqual([]);
  });

  test('should report no violation when /play opens local files through blob: URLs', async ({ page }) => {
    const violations = await watchForViolations(page);
    await page.goto('/play');
    const media = path.join(process.cwd(), 'public', title.manifest.sources[0]!.src);
    const captions = path.join(title.folder, title.tracks.find((t) => t.kind === 'captions')!.src);
    await page.getByLabel('Video file').setInputFiles(media);
    await page.getByLabel('Caption file').setInputFiles(captions);
    await page.waitForFunction(() => {
      const video = document.querySelector<HTMLVideoElement>('main video');
      return !!video && video.currentSrc.startsWith('blob:') && video.readyState >= 1;
    });
    expect(await violations()).toEqual([]);
  });
});
