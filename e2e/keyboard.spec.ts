// Verifies a keyboard-only visit: the first Tab reaches the skip link, which moves focus to the
// main content; Tab then walks the page in document order with a visible focus indicator, and
// Enter on a transcript link goes to its moment.
import { expect, test, type Page } from '@playwright/test';
import { DEMO_SLUG } from './title-data';

async function focusedInfo(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const all = Array.from(document.querySelectorAll('*'));
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
      order: all.indexOf(el),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      shadow: style.boxShadow !== 'none',
    };
  });
}

test('given the watch page, the first Tab should reach the skip link, which moves focus to main', async ({
  page,
}) => {
  await page.goto(`/watch/${DEMO_SLUG}`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('given the watch page, Tab should move forward in document order with a visible focus', async ({
  page,
}) => {
  await page.goto(`/watch/${DEMO_SLUG}`);
  let previous = -1;
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    const info = await focusedInfo(page);
    expect(info, `Tab stop ${i + 1} landed on the body`).not.toBeNull();
    // The native video controls are several Tab stops inside one element.
    const minimum = info!.tag === 'video' ? previous : previous + 1;
    expect(
      info!.order,
      `Tab stop ${i + 1} (${info!.tag} "${info!.text}") went backwards`,
    ).toBeGreaterThanOrEqual(minimum);
    if (info!.tag !== 'video') {
      expect(
        info!.outline || info!.shadow,
        `Tab stop ${i + 1} (${info!.tag} "${info!.text}") has no visible focus`,
      ).toBe(true);
    }
    previous = info!.order;
  }
});

test('given a transcript link focused by keyboard, Enter should open its moment', async ({ page }) => {
  await page.goto(`/watch/${DEMO_SLUG}`);
  const link = page.getByRole('region', { name: 'Transcript' }).locator('li[data-start] a').nth(2);
  const href = await link.getAttribute('href');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace('?', '\\?')}$`));
});
