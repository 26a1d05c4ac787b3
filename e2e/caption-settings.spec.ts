// Verifies the caption settings and keyboard shortcuts dialogs on the watch page: each opens from
// the player's settings menu by keyboard, traps focus, closes on Escape and gives focus back to
// the Settings button; presets and the
// shortcuts switch persist across a reload and reach the caption overlay (computed styles); the
// presets' caption text keeps 4.5:1 contrast in computed colours; the dialog reflows at 320 px
// (and 400 % zoom) without horizontal scrolling; forced colours override the caption style.
// Axe runs in each state a viewer can reach.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  applyPreset,
  CAPTION_PRESETS,
  captionStyleVars,
  contrastRatio,
  type CaptionPreset,
} from '../components/player/caption-style';
import { SHORTCUTS } from '../components/player/shortcuts';
import {
  DEFAULT_CAPTION_STYLE,
  PREFERENCES_KEY,
  readPreferences,
} from '../components/preferences/preferences';
import { DIALOG, expectNoAxeViolations } from './axe';
import { openPlayerDialog, waitForPlayer } from './media';
import { DEMO_SLUG } from './title-data';

// Each test walks the page by keyboard or reloads it, and runs axe on the whole watch page.
test.slow();

const preset = (id: CaptionPreset['id']) => CAPTION_PRESETS.find((p) => p.id === id)!;

async function openWatchPage(page: Page) {
  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/**
 * A keyboard user's way in: the skip link takes focus to the main content, then Tab moves on
 * until `target` has focus.
 */
async function tabTo(page: Page, target: Locator) {
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  const limit = await page.evaluate(
    () => document.querySelectorAll('main :is(a, button, input, select, [tabindex])').length,
  );
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
  }
  throw new Error('Tab never reached the trigger');
}

const storedPreferences = (page: Page) =>
  page.evaluate((key) => window.localStorage.getItem(key), PREFERENCES_KEY).then(readPreferences);

/** Tabs round the open dialog: every stop is inside it, and focus wraps from last to first. */
async function expectFocusTrapped(page: Page, dialog: Locator) {
  const stops = await dialog.evaluate((el) => el.querySelectorAll('button, input, select, a[href]').length);
  const first = await dialog.evaluate(
    (el) => el.contains(document.activeElement) && document.activeElement?.outerHTML,
  );
  expect(first, 'focus starts inside the dialog').toBeTruthy();
  let wrapped = false;
  for (let i = 0; i < stops + 2; i++) {
    await page.keyboard.press('Tab');
    expect(
      await dialog.evaluate((el) => el.contains(document.activeElement)),
      `Tab ${i + 1} left the dialog`,
    ).toBe(true);
    if ((await dialog.evaluate(() => document.activeElement?.outerHTML)) === first) wrapped = true;
  }
  expect(wrapped, 'Tab wrapped back to the first stop').toBe(true);
  await page.keyboard.press('Shift+Tab');
  expect(
    await dialog.evaluate((el) => el.contains(document.activeElement)),
    'Shift+Tab left the dialog',
  ).toBe(true);
}

test.describe('given the watch page with the caption settings dialog closed', () => {
  test.beforeEach(async ({ page }) => openWatchPage(page));

  test('should open from the keyboard, trap focus, and on Escape close and return focus to its trigger', async ({
    page,
  }) => {
    // Opened from the player's settings menu; focus goes back to its Settings button.
    const trigger = page.getByRole('button', { name: 'Settings' });
    await tabTo(page, trigger);
    await openPlayerDialog(page, 'Caption style…', { keyboard: true });
    const dialog = page.getByRole('dialog', { name: 'Caption settings' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Caption settings' })).toBeVisible();
    await expectNoAxeViolations(page, 'caption settings open', { include: DIALOG });
    await expectFocusTrapped(page, dialog);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  for (const id of ['large', 'yellow-on-black'] as const) {
    test(`should keep the ${preset(id).name} preset across a reload and apply it to the overlay`, async ({
      page,
    }) => {
      const { name } = preset(id);
      const style = applyPreset(DEFAULT_CAPTION_STYLE, preset(id));
      await openPlayerDialog(page, 'Caption style…');
      const dialog = page.getByRole('dialog', { name: 'Caption settings' });
      await dialog.getByRole('button', { name, exact: true }).click();
      await expect(dialog.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
      await expectNoAxeViolations(page, `${name} preset chosen`, { include: DIALOG });

      await page.reload();
      await waitForPlayer(page);
      expect((await storedPreferences(page)).captionStyle).toEqual(style);
      const vars = captionStyleVars(style);
      const overlay = page.locator('[data-caption-overlay]');
      for (const [property, value] of Object.entries(vars)) {
        expect(
          await overlay.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p).trim(), property),
          property,
        ).toBe(value);
      }

      await openPlayerDialog(page, 'Caption style…');
      await expect(dialog.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
      for (const other of CAPTION_PRESETS.filter((p) => p.id !== id)) {
        await expect(dialog.getByRole('button', { name: other.name, exact: true })).toHaveAttribute(
          'aria-pressed',
          'false',
        );
      }
      await expect(dialog.getByRole('slider', { name: 'Size' })).toHaveValue(String(style.size));
      await expect(dialog.getByRole('slider', { name: 'Size' })).toHaveAttribute(
        'aria-valuetext',
        `${style.size} percent`,
      );
      await expect(dialog.getByLabel('Text colour')).toHaveValue(style.textColor);
    });
  }

  test('should keep every preset at 4.5:1 or more in the computed colours of its caption', async ({
    page,
  }) => {
    await openPlayerDialog(page, 'Caption style…');
    const dialog = page.getByRole('dialog', { name: 'Caption settings' });
    const cue = dialog.locator('.caption-preview-cue').last();
    for (const { name } of CAPTION_PRESETS) {
      await dialog.getByRole('button', { name, exact: true }).click();
      await expect(dialog.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
      const { color, background } = await cue.evaluate((el) => {
        const s = getComputedStyle(el);
        return { color: s.color, background: s.backgroundColor };
      });
      expect(contrastRatio(color, background), `${name}: ${color} on ${background}`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  test('should reset every caption setting to its default', async ({ page }) => {
    await openPlayerDialog(page, 'Caption style…');
    const dialog = page.getByRole('dialog', { name: 'Caption settings' });
    await dialog.getByRole('button', { name: 'Yellow on black' }).click();
    await dialog.getByRole('radio', { name: 'Below the video' }).check();
    await dialog.getByRole('button', { name: 'Reset to defaults' }).click();
    // The dialog's own status (Caption timing has one of its own).
    await expect(dialog.locator('.caption-settings-reset').getByRole('status')).toHaveText(/defaults/);
    await expect(dialog.getByRole('button', { name: 'Default', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(dialog.getByRole('radio', { name: 'Over the video' })).toBeChecked();
    await expectNoAxeViolations(page, 'caption settings reset', { include: DIALOG });
  });
});

test.describe('given a 320 px wide viewport (as at 400 % zoom)', () => {
  test.use({ viewport: { width: 320, height: 256 } });

  test('should fit the caption settings without horizontal scrolling, every control reachable', async ({
    page,
  }) => {
    await openWatchPage(page);
    await openPlayerDialog(page, 'Caption style…');
    const dialog = page.getByRole('dialog', { name: 'Caption settings' });
    await expect(dialog).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    // Content scrolls inside the dialog: the last control can be reached and seen.
    const reset = dialog.getByRole('button', { name: 'Reset to defaults' });
    await reset.focus();
    await expect(reset).toBeInViewport();
    const size = dialog.getByRole('slider', { name: 'Size' });
    await size.focus();
    await page.keyboard.press('End');
    await expect(size).toHaveAttribute('aria-valuetext', '400 percent');
    expect(
      await dialog.evaluate((el) => el.scrollWidth - el.clientWidth),
      'at 400 % captions',
    ).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'caption settings at 320 px', { include: DIALOG });
  });

  test('should fit the shortcuts table without horizontal scrolling', async ({ page }) => {
    await openWatchPage(page);
    await openPlayerDialog(page, 'Keyboard shortcuts…');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  });
});

test.describe('given forced colours (Windows High Contrast)', () => {
  test('should draw captions in the system colours, opaque, whatever the chosen style', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openWatchPage(page);
    await openPlayerDialog(page, 'Caption style…');
    const dialog = page.getByRole('dialog', { name: 'Caption settings' });
    const opacity = dialog.getByRole('slider', { name: 'Background opacity' });
    await opacity.focus();
    await page.keyboard.press('Home');
    await expect(opacity).toHaveAttribute('aria-valuetext', '0 percent');
    const cue = dialog.locator('.caption-preview-cue').last();
    const { background, shadow } = await cue.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, shadow: s.textShadow };
    });
    expect(background, 'an opaque Canvas box, not the see-through chosen one').toMatch(/^rgb\(/);
    expect(shadow).toBe('none');
    await expectNoAxeViolations(page, 'caption settings in forced colours', { include: DIALOG });
  });
});

test.describe('given the watch page with the shortcuts dialog closed', () => {
  test.beforeEach(async ({ page }) => openWatchPage(page));

  test('should open from the keyboard, list every shortcut, trap focus and return focus on Escape', async ({
    page,
  }) => {
    const trigger = page.getByRole('button', { name: 'Settings' });
    await tabTo(page, trigger);
    await openPlayerDialog(page, 'Keyboard shortcuts…', { keyboard: true });
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    const rows = dialog.getByRole('row');
    await expect(rows).toHaveCount(SHORTCUTS.length + 1);
    for (const [i, shortcut] of SHORTCUTS.entries()) {
      await expect(rows.nth(i + 1).getByRole('cell')).toHaveText([shortcut.label, shortcut.description]);
    }
    await expect(dialog).toContainText('while focus is in the player');
    await expectNoAxeViolations(page, 'shortcuts dialog open', { include: DIALOG });
    await expectFocusTrapped(page, dialog);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('should turn single-key shortcuts off and keep them off across a reload', async ({ page }) => {
    await openPlayerDialog(page, 'Keyboard shortcuts…');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const box = dialog.getByRole('checkbox', { name: 'Single-key shortcuts' });
    await expect(box).toBeChecked();
    await box.press('Space');
    await expect(box).not.toBeChecked();
    await expectNoAxeViolations(page, 'single-key shortcuts off', { include: DIALOG });
    await page.reload();
    await waitForPlayer(page);
    expect((await storedPreferences(page)).shortcuts).toBe(false);
    await openPlayerDialog(page, 'Keyboard shortcuts…');
    await expect(dialog.getByRole('checkbox', { name: 'Single-key shortcuts' })).not.toBeChecked();
  });
});
