// Verifies that faults do not take the pages down: a video that is missing (404) or corrupt, a
// caption file that is missing, garbage in the stored preferences, `?t=` values that are
// negative, huge or not numbers, and unknown titles (a helpful 404 page). In each case the page
// throws no uncaught error and its transcript, notes and links still work, with axe passing.
import { expect, test, type Page } from '@playwright/test';
import { PREFERENCES_KEY } from '../components/preferences/preferences';
import { expectNoAxeViolations } from './axe';
import { seekTo, waitForPlayer } from './media';
import { DEMO_SLUG, readTitle, transcriptOf } from './title-data';

const title = readTitle();
const entries = transcriptOf(title).flatMap((c) => c.entries);
const WATCH = `/watch/${DEMO_SLUG}`;

// Most tests here load the whole watch page and run axe on it.
test.slow();

/** Uncaught errors thrown by the page's scripts. */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The watch page still offers everything that does not need the video. */
async function expectWatchPageWorks(page: Page, state: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title.manifest.title);
  const transcript = page.getByRole('region', { name: 'Transcript' });
  await expect(transcript.locator('.transcript:not([hidden]) li[data-start]')).toHaveCount(entries.length);
  await expect(
    page.getByRole('region', { name: 'ASL interpreter notes' }).locator('li[data-start]'),
  ).toHaveCount(title.aslNotes.length);
  await expectNoAxeViolations(page, state);
}

test.describe('given the video cannot be played', () => {
  const media = title.manifest.sources.map((s) => s.src);

  test('should keep the page and its transcript working when the video is missing (404)', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.route(
      (url) => media.includes(url.pathname),
      (route) => route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.goto(WATCH);
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLVideoElement>('#title-video')?.networkState ===
        HTMLMediaElement.NETWORK_NO_SOURCE,
    );
    await expectWatchPageWorks(page, 'video missing');
    await page.getByRole('link', { name: /transcript on its own page/i }).click();
    await expect(page.locator('.transcript:not([hidden]) li[data-start]')).toHaveCount(entries.length);
    expect(errors).toEqual([]);
  });

  test('should keep the page and its transcript working when the video is corrupt', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.route(
      (url) => media.includes(url.pathname),
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'video/webm',
          body: Buffer.from('this is not a video '.repeat(512)),
        }),
    );
    await page.goto(WATCH);
    await page.waitForFunction(() => {
      const video = document.querySelector<HTMLVideoElement>('#title-video');
      return !!video && (video.error !== null || video.networkState === HTMLMediaElement.NETWORK_NO_SOURCE);
    });
    await expectWatchPageWorks(page, 'video corrupt');
    expect(errors).toEqual([]);
  });
});

test.describe('given a caption file that cannot be fetched', () => {
  test('should keep the page, the other tracks and the transcript working', async ({ page }) => {
    const errors = collectPageErrors(page);
    const captions = title.tracks.find((t) => t.kind === 'captions')!;
    const failed = page.waitForEvent(
      'requestfinished',
      (request) => new URL(request.url()).pathname === captions.url,
    );
    await page.route(
      (url) => url.pathname === captions.url,
      (route) => route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.goto(WATCH);
    await waitForPlayer(page);
    await failed;
    await expectWatchPageWorks(page, 'caption file missing');
    // The player keeps running: time still moves to where it is sent.
    await seekTo(page, title.manifest.duration / 2);
    expect(errors).toEqual([]);
  });
});

// One of each kind in the browser; every other shape is read by readPreferences in
// tests/components/preferences.test.ts.
test.describe('given corrupted preferences in localStorage', () => {
  const garbage = [
    '{oops',
    JSON.stringify({
      version: 1,
      preferences: {
        captionStyle: { size: 'huge', textColor: 'javascript:alert(1)' },
        captionLanguage: 42,
        shortcuts: 'yes',
      },
    }),
    'x'.repeat(100_000),
  ];
  for (const raw of garbage) {
    test(`should start with the defaults for ${JSON.stringify(raw.slice(0, 60))}`, async ({ page }) => {
      const errors = collectPageErrors(page);
      await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
        PREFERENCES_KEY,
        raw,
      ] as const);
      await page.goto(WATCH);
      await waitForPlayer(page);
      const defaultTrack = title.tracks.find((t) => t.default)!;
      // The settings menu names the track shown: the title's default one.
      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByRole('menuitem', { name: /^Captions: / })).toHaveAccessibleName(
        `Captions: ${defaultTrack.label}`,
      );
      await page.keyboard.press('Escape');
      await expectWatchPageWorks(page, 'corrupted preferences');
      expect(errors).toEqual([]);
    });
  }
});

// Negative, huge, not a number and a control character in the browser; the parser's other cases
// are in tests/captions/start-time.test.ts.
test.describe('given a ?t= that is not a usable time', () => {
  for (const bad of ['-5', '99999999', 'abc', '%00']) {
    test(`should start at the beginning for ?t=${bad}`, async ({ page }) => {
      const errors = collectPageErrors(page);
      const response = await page.goto(`${WATCH}?t=${bad}`);
      expect(response?.status()).toBe(200);
      await waitForPlayer(page);
      expect(
        await page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.currentTime),
      ).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  test('should start at the moment for a valid ?t=', async ({ page }) => {
    const entry = entries.find((e) => e.startTime > 1)!;
    await page.goto(`${WATCH}?t=${entry.startTime}`);
    await waitForPlayer(page);
    await page.waitForFunction(
      (t) => Math.abs(document.querySelector<HTMLVideoElement>('#title-video')!.currentTime - t) < 0.5,
      entry.startTime,
    );
  });
});

test.describe('given an unknown title', () => {
  for (const url of [
    '/watch/no-such-title',
    '/watch/no-such-title/transcript',
    '/watch/..%2F..%2Fetc%2Fpasswd',
  ]) {
    test(`should answer ${url} with a helpful, accessible 404 page`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.getByRole('main').getByRole('link', { name: /home page/i })).toHaveAttribute(
        'href',
        '/',
      );
      await expectNoAxeViolations(page, `404 at ${url}`);
    });
  }
});
