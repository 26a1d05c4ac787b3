// Verifies the home page's catalog: one card per published title, each with its poster, its name
// linking to the watch page, its duration, and a badge for each thing it offers, as read from its
// tracks by the same core function the page uses; the cards are in the served HTML (no script needed).
import { expect, test } from '@playwright/test';
import { formatSpokenDuration, formatTimestamp } from '../captions/format';
import { titleOffers } from '../captions/title-offers';
import { expectNoAxeViolations } from './axe';
import { allSlugs, readTitle } from './title-data';

const titles = allSlugs().map((slug) => readTitle(slug));

test.describe('given the home page', () => {
  test('should show a card for every title with poster, duration and what it offers', async ({ page }) => {
    await page.goto('/');
    const catalog = page.getByRole('region', { name: 'Titles' });
    await expect(catalog.getByRole('article')).toHaveCount(titles.length);
    for (const { manifest, ...title } of titles) {
      const card = catalog.getByRole('article', { name: manifest.title });
      await expect(card.getByRole('link', { name: manifest.title, exact: true })).toHaveAttribute(
        'href',
        `/watch/${manifest.slug}`,
      );
      await expect(card.locator('img')).toHaveAttribute('src', manifest.poster);
      await expect
        .poll(() => card.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0);
      await expect(card.locator('time')).toContainText(formatTimestamp(manifest.duration));
      await expect(card.locator('time')).toContainText(formatSpokenDuration(manifest.duration));
      const offers = titleOffers({ manifest, ...title });
      await expect(card.getByRole('list', { name: 'Offers' }).getByRole('listitem')).toHaveText(
        offers.map((offer) => `${offer.short}${offer.label}`),
      );
    }
    await expectNoAxeViolations(page, 'home');
  });

  test('should serve every card in the HTML, for readers without JavaScript', async ({ request }) => {
    const html = await (await request.get('/')).text();
    for (const { manifest } of titles) {
      expect(html).toContain(`id="title-card-${manifest.slug}"`);
      expect(html).toContain(`src="${manifest.poster}"`);
    }
  });
});
