// Verifies, with JavaScript off, that the transcript's toolbar, which the server HTML now carries
// so that hydrating shifts nothing (issue #13), is not shown where it could do nothing: no search
// field, no options, no copy-link button, on the watch page and the standalone transcript.
import { expect, test } from '@playwright/test';
import { DEMO_SLUG } from './title-data';

for (const path of [`/watch/${DEMO_SLUG}`, `/watch/${DEMO_SLUG}/transcript`]) {
  test(`given no JavaScript, ${path} should not show the transcript's controls`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('.transcript-toolbar')).toHaveCount(1);
    await expect(page.locator('.transcript-toolbar')).toBeHidden();
    const transcript = page.locator('.transcript-controller');
    await expect(transcript.getByRole('searchbox')).toHaveCount(0);
    await expect(transcript.getByRole('button')).toHaveCount(0);
    await expect(transcript.getByRole('checkbox')).toHaveCount(0);
    await expect(transcript.getByRole('link').first()).toBeVisible();
  });
}
