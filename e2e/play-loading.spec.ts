// Verifies that /play's first load carries only its file inputs, offset and profile: the caption
// parsers, the player and the validation report load with the first file chosen (their code is
// most of the page's JavaScript, and Lighthouse's Total Blocking Time and LCP count it). Each part
// is recognised in the scripts the page loaded by a string only its own code holds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { loadPlayFiles } from './media';
import { DEMO_SLUG } from './title-data';

const PARTS = {
  // captions/caption-file.ts: the message for an empty file.
  'caption parsers': 'it has no captions to read',
  // components/player/player-frame.tsx: the pointer surface over the picture.
  player: 'data-player-surface',
  // components/play/caption-report.tsx: the report's summary line.
  report: 'data-report-summary',
};

/** The text of every script the page loads from now on. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(await response.text().catch(() => ''));
  });
  return scripts;
}

const loadedParts = (scripts: readonly string[]) =>
  Object.entries(PARTS)
    .filter(([, marker]) => scripts.some((script) => script.includes(marker)))
    .map(([part]) => part);

test.describe('given /play before any file is chosen', () => {
  test('should load none of the parsers, the player or the report, and all of them with the first files', async ({
    page,
  }) => {
    const scripts = recordScripts(page);
    await page.goto('/play');
    await expect(page.getByLabel('Video file')).toBeEnabled();
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    expect(loadedParts(scripts)).toEqual([]);

    await loadPlayFiles(page, 'clip', 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nA first cue.\n');
    await expect(page.locator('[data-report-summary]')).toHaveText('1 file: 0 errors, 0 warnings.');
    await expect(page.getByRole('region', { name: 'Transcript' }).locator('li[data-start]')).toHaveCount(1);
    expect(loadedParts(scripts)).toEqual(Object.keys(PARTS));
    await expectNoAxeViolations(page, '/play with files loaded on demand');
  });
});

test.describe('given /play on a network slow to send the player', () => {
  test('should say the player is loading where it will be, until it is there', async ({ page }) => {
    await page.goto('/play');
    await expect(page.getByLabel('Video file')).toBeEnabled();
    // From now on every script waits until the test lets it through.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_next/static/chunks/**/*.js', async (route) => {
      await released;
      await route.continue();
    });
    const player = page.getByRole('region', { name: 'Player' });
    await page.getByLabel('Video file').setInputFiles({
      name: 'clip.webm',
      mimeType: 'video/webm',
      buffer: readFileSync(path.join('public', 'media', DEMO_SLUG, 'featurette.webm')),
    });
    await expect(player.getByText('Loading the player…')).toBeVisible();
    await expectNoAxeViolations(page, '/play while the player loads');
    release();
    await expect(player.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expect(player.getByText('Loading the player…')).toHaveCount(0);
  });
});
