// Verifies that /play's first load carries only its file inputs, offset and profile: the caption
// parsers, the player and the validation report load with the first file chosen (their code is
// most of the page's JavaScript, and Lighthouse's Total Blocking Time and LCP count it). Each part
// is recognised in the scripts the page loaded by a string only its own code holds.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { loadPlayFiles } from './media';

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
