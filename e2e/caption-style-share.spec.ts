// Verifies the portable caption style (issue #14, FCC 79.103(e) consistency): in the caption
// settings, "Copy code" and "Copy link" put the viewer's style code (and a watch-page link with
// it in the fragment) on the clipboard; opening that link in a fresh browser context shows a
// dialog with a preview that asks first: "Apply this style" restyles the overlay and is kept
// across a reload without asking again, "Keep mine" changes nothing and is remembered so the
// link does not ask again; a damaged code and a code from a newer version say so and change
// nothing; a pasted code is previewed before it is applied. Focus goes back to Settings when the
// link's dialog closes. Axe on the dialog in each state.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { encodeCaptionStyle } from '../components/preferences/caption-style-code';
import { CAPTION_STYLE_FRAGMENT } from '../components/preferences/caption-style-fragment';
import {
  DEFAULT_CAPTION_STYLE,
  PREFERENCES_KEY,
  readPreferences,
  type CaptionStyle,
} from '../components/preferences/preferences';
import { applyPreset, CAPTION_PRESETS, captionStyleVars } from '../components/player/caption-style';
import { expectNoAxeViolations } from './axe';
import { openPlayerDialog, waitForPlayer } from './media';
import { DEMO_SLUG } from './title-data';

test.describe.configure({ timeout: 120_000 });

const yellow = CAPTION_PRESETS.find((p) => p.id === 'yellow-on-black')!;
const YELLOW = applyPreset(DEFAULT_CAPTION_STYLE, yellow);
const linkTo = (code: string) => `/watch/${DEMO_SLUG}#${CAPTION_STYLE_FRAGMENT}=${code}`;

const stored = (page: Page) =>
  page.evaluate((key) => window.localStorage.getItem(key), PREFERENCES_KEY).then(readPreferences);

/** The overlay's caption custom properties equal those of `style`. */
async function expectOverlayStyle(page: Page, style: CaptionStyle) {
  const overlay = page.locator('[data-caption-overlay]');
  for (const [property, value] of Object.entries(captionStyleVars(style))) {
    await expect
      .poll(() => overlay.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p).trim(), property))
      .toBe(value);
  }
}

/** Opens `path` in a new browser context: another browser, with nothing stored. */
async function openFresh(browser: Browser, baseURL: string | undefined, path: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(path);
  await waitForPlayer(page);
  return { context, page };
}

const linkState = (page: Page) => page.locator('[data-caption-style-link]');
const settingsButton = (page: Page) => page.getByRole('button', { name: 'Settings', exact: true });

test.describe('given the caption settings', () => {
  test('should copy the style code and a link that carries it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(`/watch/${DEMO_SLUG}`);
    await waitForPlayer(page);
    await openPlayerDialog(page, 'Caption style…');
    const dialog = page.getByRole('dialog', { name: 'Caption settings' });
    await dialog.getByRole('button', { name: yellow.name, exact: true }).click();

    const code = dialog.getByRole('textbox', { name: 'Your caption style code' });
    await expect(code).toHaveValue(encodeCaptionStyle(YELLOW));
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect(dialog.getByText('Copied the code.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(encodeCaptionStyle(YELLOW));

    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog.getByText('Copied the link.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname).toBe(`/watch/${DEMO_SLUG}`);
    expect(new URL(link).hash).toBe(`#${CAPTION_STYLE_FRAGMENT}=${encodeCaptionStyle(YELLOW)}`);
    await expectNoAxeViolations(page, 'style code shown and copied', { include: '[role="dialog"]' });
  });

  test('should preview a pasted code and apply it only when asked', async ({ page }) => {
    await page.goto(`/watch/${DEMO_SLUG}`);
    await waitForPlayer(page);
    await openPlayerDialog(page, 'Caption style…');
    const dialog = page.getByRole('dialog', { name: 'Caption settings' });
    const field = dialog.getByRole('textbox', { name: 'Caption style code or link' });
    await field.fill('not a code');
    await field.press('Enter');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/not a caption style code/);

    await field.fill(`Here is mine: ${encodeCaptionStyle(YELLOW)}`);
    await field.press('Enter');
    await expect(dialog.getByRole('figure', { name: 'Preview of the style from the code' })).toBeVisible();
    expect((await stored(page)).captionStyle).toEqual(DEFAULT_CAPTION_STYLE);
    await expectNoAxeViolations(page, 'pasted code previewed', { include: '[role="dialog"]' });
    await dialog.getByRole('button', { name: 'Apply this style' }).click();
    await expect(dialog.getByText('Applied the caption style from the code.')).toBeVisible();
    expect((await stored(page)).captionStyle).toEqual(YELLOW);
  });
});

test.describe('given a link that carries a caption style, opened in another browser', () => {
  test('should ask with a preview, apply on request, and not ask again after a reload', async ({
    browser,
    baseURL,
  }) => {
    const { context, page } = await openFresh(browser, baseURL, linkTo(encodeCaptionStyle(YELLOW)));
    try {
      const offer = page.getByRole('dialog', { name: 'Use this caption style?' });
      await expect(offer).toBeVisible();
      await expect(offer.getByRole('figure', { name: 'From the link' })).toBeVisible();
      await expect(offer.getByRole('figure', { name: 'Yours now' })).toBeVisible();
      // Nothing is applied before the viewer says so.
      await expectOverlayStyle(page, DEFAULT_CAPTION_STYLE);
      await expectNoAxeViolations(page, 'caption style link offered', { include: '[role="dialog"]' });

      await offer.getByRole('button', { name: 'Apply this style' }).click();
      await expect(offer).toBeHidden();
      await expect(settingsButton(page)).toBeFocused();
      await expect(linkState(page)).toHaveText('Applied the caption style from the link.');
      await expectOverlayStyle(page, YELLOW);
      expect((await stored(page)).captionStyle).toEqual(YELLOW);

      await page.reload();
      await waitForPlayer(page);
      await expect(linkState(page)).toHaveAttribute('data-caption-style-link', 'same');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expectOverlayStyle(page, YELLOW);
    } finally {
      await context.close();
    }
  });

  test('should change nothing on "Keep mine", and remember it', async ({ browser, baseURL }) => {
    const code = encodeCaptionStyle(YELLOW);
    const { context, page } = await openFresh(browser, baseURL, linkTo(code));
    try {
      const offer = page.getByRole('dialog', { name: 'Use this caption style?' });
      await offer.getByRole('button', { name: 'Keep mine' }).press('Enter');
      await expect(offer).toBeHidden();
      await expect(settingsButton(page)).toBeFocused();
      await expect(linkState(page)).toHaveText('Kept your caption style.');
      await expectOverlayStyle(page, DEFAULT_CAPTION_STYLE);
      const preferences = await stored(page);
      expect(preferences.captionStyle).toEqual(DEFAULT_CAPTION_STYLE);
      expect(preferences.declinedStyleCode).toBe(code);

      await page.reload();
      await waitForPlayer(page);
      await expect(linkState(page)).toHaveAttribute('data-caption-style-link', 'declined');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    } finally {
      await context.close();
    }
  });

  for (const [what, code, message] of [
    ['a damaged code', encodeCaptionStyle(YELLOW).slice(0, -2), /incomplete or damaged/],
    ['a code from a newer version', 'cs2.AAAAAAAAAAAAAAAAAAAAAAA', /comes from a newer version of this site/],
  ] as const) {
    test(`should say so for ${what} and change nothing`, async ({ browser, baseURL }) => {
      const { context, page } = await openFresh(browser, baseURL, linkTo(code));
      try {
        const notice = page.getByRole('dialog', { name: 'This caption style link cannot be used' });
        await expect(notice).toBeVisible();
        const description: Locator = notice.getByText(message);
        await expect(description).toContainText('Your caption style has not changed.');
        await expect(linkState(page)).toHaveAttribute('data-caption-style-link', 'invalid');
        await expectNoAxeViolations(page, `caption style link: ${what}`, { include: '[role="dialog"]' });
        await page.keyboard.press('Escape');
        await expect(notice).toBeHidden();
        await expect(settingsButton(page)).toBeFocused();
        await expectOverlayStyle(page, DEFAULT_CAPTION_STYLE);
        expect((await stored(page)).captionStyle).toEqual(DEFAULT_CAPTION_STYLE);
      } finally {
        await context.close();
      }
    });
  }
});
