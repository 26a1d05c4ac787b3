// Verifies the security headers `next start` sends: each prerendered page's Content-Security-Policy
// lists the SHA-256 hash of every inline script the page carries (no nonce, no unsafe-inline or
// unsafe-eval for scripts), a page rendered per request (a `?t=` start, an unknown URL's 404) gets
// a fresh nonce on every script instead; framing and plugins off, nosniff, a referrer policy, and a
// permissions policy that allows only fullscreen and picture-in-picture. Also that the policy
// really blocks an injected script, and that using the pages (play, seek, dialogs, transcript links,
// client-side navigation, every page with JavaScript on and off, local files on /play) reports no
// policy violation at all.
import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { seekTo, waitForPlayer } from './media';
import { DEMO_SLUG, LONG_TRANSCRIPT_SLUG, readTitle, transcriptOf } from './title-data';

const title = readTitle();
/** Prerendered: served as static files, their policy made of their inline scripts' hashes. */
const STATIC_DOCUMENTS = [
  '/',
  `/watch/${DEMO_SLUG}`,
  `/watch/${DEMO_SLUG}/transcript`,
  `/watch/${DEMO_SLUG}/asl`,
  `/watch/${LONG_TRANSCRIPT_SLUG}`,
  '/play',
  '/accessibility',
];
/** Rendered per request: a nonce on each script. */
const DYNAMIC_DOCUMENTS = [`/watch/${DEMO_SLUG}?t=12.5`, '/no-such-page'];
const DOCUMENTS = [...STATIC_DOCUMENTS, ...DYNAMIC_DOCUMENTS];

/** The `'sha256-…'` source of each inline script in `html`, computed here independently of proxy.ts. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\ssrc=/.test(attributes!))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
}

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
      expect(scripts[0]).toBe("'self'");
      for (const source of scripts.slice(1))
        expect(source, 'only hashes or a nonce besides self').toMatch(
          /^'(sha256-[A-Za-z0-9+/]{43}=|nonce-[A-Za-z0-9+/=]{16,})'$/,
        );
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

  for (const url of STATIC_DOCUMENTS) {
    test(`should list the hash of every inline script of the prerendered ${url}, and no nonce`, async ({
      request,
    }) => {
      const response = await request.get(url);
      const scripts = parsePolicy(response.headers()['content-security-policy']).get('script-src') ?? [];
      const hashes = inlineScriptHashes(await response.text());
      expect(hashes.length).toBeGreaterThan(0);
      for (const hash of hashes) expect(scripts, 'the policy lists each inline script').toContain(hash);
      expect(scripts.filter((s) => s.startsWith("'nonce-"))).toEqual([]);
    });
  }

  for (const url of DYNAMIC_DOCUMENTS) {
    test(`should give each response of ${url} a fresh nonce and put it on every script`, async ({
      request,
    }) => {
      const nonceOf = (header = '') => /'nonce-([^']+)'/.exec(header)?.[1];
      const [first, second] = await Promise.all([request.get(url), request.get(url)]);
      const nonce = nonceOf(first.headers()['content-security-policy']);
      expect(nonce).toBeTruthy();
      expect(nonceOf(second.headers()['content-security-policy'])).not.toBe(nonce);
      const html = await first.text();
      const scripts = parsePolicy(first.headers()['content-security-policy']).get('script-src') ?? [];
      // Next.js may answer with its prerendered 404, whose scripts carry no nonce: their hashes are listed.
      for (const [, tag, attributes, body] of html.matchAll(/(<script\b([^>]*)>)([\s\S]*?)<\/script>/g)) {
        if (tag!.includes(`nonce="${nonce}"`) || /\ssrc=/.test(attributes!)) continue;
        const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
        expect(scripts, `${tag!} is allowed by its hash`).toContain(hash);
      }
    });
  }
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
    // Client-side navigations (React Server Component requests) run under the first page's policy.
    const site = page.getByRole('navigation', { name: 'Site' });
    await site.getByRole('link', { name: 'Accessibility' }).click();
    await expect(page).toHaveURL(/\/accessibility$/);
    await site.getByRole('link', { name: 'Play your own files' }).click();
    await expect(page).toHaveURL(/\/play$/);
    await site.getByRole('link', { name: /^Watch / }).click();
    await expect(page).toHaveURL(new RegExp(`/watch/${DEMO_SLUG}$`));
    await waitForPlayer(page);
    await page.goto(`/watch/${DEMO_SLUG}?t=12.5`);
    await waitForPlayer(page);
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test('should report no violation on any page with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const reports: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) reports.push(message.text());
    });
    for (const url of DOCUMENTS) {
      const response = await page.goto(url);
      expect(response?.headers()['content-security-policy']).toBeTruthy();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await context.close();
    expect(reports).toEqual([]);
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
