// Verifies the watch and transcript pages with JavaScript disabled: the browser's own player gets
// the video with every track, the whole transcript is there as links, and a ?t= link starts the
// video at its moment through a #t= media fragment.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsWithoutScripts } from './axe';
import { DEMO_SLUG, readTitle, transcriptOf } from './title-data';

const title = readTitle();
const entries = transcriptOf(title).flatMap((c) => c.entries);

test('given no JavaScript, the watch page should offer the native player with every track', async ({
  page,
}) => {
  await page.goto(`/watch/${DEMO_SLUG}`);
  const video = page.locator('video');
  await expect(video).toHaveAttribute('controls', '');
  await expect(video.locator('source')).toHaveCount(title.manifest.sources.length);
  await expect(video.locator('track')).toHaveCount(title.tracks.length);
  await expect(video.locator('track[kind="captions"]')).toHaveAttribute('default', '');
  await expectNoAxeViolationsWithoutScripts(page, `/watch/${DEMO_SLUG}`);
});

test('given no JavaScript, the watch page should show the whole transcript', async ({ page }) => {
  await page.goto(`/watch/${DEMO_SLUG}`);
  const items = page
    .getByRole('region', { name: 'Transcript' })
    .locator('.transcript:not([hidden]) li[data-start]');
  await expect(items).toHaveCount(entries.length);
  await expect(items.first()).toBeVisible();
  await expect(items.last()).toContainText(entries.at(-1)!.text);
});

test('given no JavaScript, a transcript link should start the video at its moment', async ({ page }) => {
  await page.goto(`/watch/${DEMO_SLUG}`);
  const entry = entries.find((e) => e.startTime > 1)!;
  const t = Math.round(entry.startTime * 1000) / 1000;
  await page.locator(`li[data-start="${entry.startTime}"] a`).first().click();
  await expect(page).toHaveURL(new RegExp(`\\?t=${t}$`));
  for (const source of title.manifest.sources) {
    await expect(page.locator(`video source[type='${source.type}']`)).toHaveAttribute(
      'src',
      `${source.src}#t=${t}`,
    );
  }
});

test('given no JavaScript, the standalone transcript should link every line to the watch page', async ({
  page,
}) => {
  await page.goto(`/watch/${DEMO_SLUG}/transcript`);
  const links = page.locator('.transcript:not([hidden]) li[data-start] a');
  await expect(links).toHaveCount(entries.length);
  await expect(links.first()).toHaveAttribute(
    'href',
    `/watch/${DEMO_SLUG}?t=${Math.round(entries[0]!.startTime * 1000) / 1000}`,
  );
  const descriptions = entries.filter((e) => e.kind === 'description');
  await expect(page.locator('.transcript:not([hidden]) li[data-kind="description"]:visible')).toHaveCount(
    descriptions.length,
  );
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await expectNoAxeViolationsWithoutScripts(page, `/watch/${DEMO_SLUG}/transcript`);
});

for (const bad of ['-5', '1e9', 'abc', '99999', '']) {
  test(`given ?t=${bad}, the page should start at the beginning`, async ({ page }) => {
    const response = await page.goto(`/watch/${DEMO_SLUG}?t=${bad}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('video source').first()).toHaveAttribute('src', title.manifest.sources[0]!.src);
  });
}
