// Verifies "Go to time" (issue #14; screen-reader users asked for a typed time): the settings
// menu's "Go to time…" and the T key open a dialog whose field has focus; Enter seeks, closes the
// dialog, announces the new position politely and gives focus back to what opened it (Settings,
// or where focus was for T); text that is not a time, or a time past the end, keeps the dialog
// open with its message and does not move the film; Escape moves nothing and gives focus back;
// T is listed in the shortcuts dialog and is off with the other single keys. Axe on the Player
// section in each state.
import { expect, test, type Page } from '@playwright/test';
import { formatSpokenDuration, formatTimestamp } from '../captions/format';
import { parseTimeInput, TIME_INPUT_HINT } from '../captions/time-input';
import { expectNoAxeViolations, PLAYER_SECTION } from './axe';
import { openPlayerDialog, videoState, waitForPlayer } from './media';
import { DEMO_SLUG, readTitle } from './title-data';

const title = readTitle();

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
});

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Go to time' });
const field = (page: Page) => dialog(page).getByRole('textbox', { name: 'Go to time' });
const settings = (page: Page) => page.getByRole('button', { name: 'Settings', exact: true });
const status = (page: Page) => page.locator('[data-go-to-time-status]');

/** Resolves once the film is at `seconds` (the seek has landed). */
const waitForTime = (page: Page, seconds: number) =>
  page.waitForFunction(
    (t) => Math.abs(document.querySelector<HTMLVideoElement>('#title-video')!.currentTime - t) < 0.01,
    seconds,
  );

async function openFromMenuByKeys(page: Page) {
  await settings(page).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Go to time…' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
}

test.describe('given the watch page', () => {
  test('should go to a typed time with the keys alone, announce it and give focus back to Settings', async ({
    page,
  }) => {
    await openFromMenuByKeys(page);
    await expect(field(page)).toBeFocused();
    await expect(page.getByRole('menuitem', { name: 'Go to time…' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'go to time open', { include: '[role="dialog"]' });

    await page.keyboard.type('1:23');
    await page.keyboard.press('Enter');
    await waitForTime(page, 83);
    await expect(dialog(page)).toBeHidden();
    await expect(settings(page)).toBeFocused();
    await expect(status(page)).toHaveAttribute('role', 'status');
    await expect(status(page)).toHaveText(`Went to ${formatSpokenDuration(83)}`);
    await expectNoAxeViolations(page, 'went to a time', { include: PLAYER_SECTION });

    // Again, to another form of time: the announcement is made afresh.
    await openFromMenuByKeys(page);
    await expect(status(page)).toHaveText('');
    await page.keyboard.type('1m5s');
    await page.keyboard.press('Enter');
    await waitForTime(page, 65);
    await expect(status(page)).toHaveText(`Went to ${formatSpokenDuration(65)}`);
    await expect(settings(page)).toBeFocused();
  });

  test('should refuse what is not a time, and a time past the end, without moving the film', async ({
    page,
  }) => {
    await openFromMenuByKeys(page);
    await page.keyboard.type('soon');
    await page.keyboard.press('Enter');
    await expect(field(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(field(page)).toHaveAccessibleDescription(TIME_INPUT_HINT);
    await expect(dialog(page)).toBeVisible();
    await expect(field(page)).toBeFocused();
    await expectNoAxeViolations(page, 'go to time: not a time', { include: '[role="dialog"]' });

    const pastEnd = formatTimestamp(title.manifest.duration + 60);
    const refusal = parseTimeInput(pastEnd, title.manifest.duration);
    expect(refusal.ok, 'the typed time is past the end of the demo').toBe(false);
    await field(page).fill(pastEnd);
    // Typing again clears the old message.
    await expect(field(page)).not.toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.press('Enter');
    await expect(field(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(field(page)).toHaveAccessibleDescription(refusal.ok ? '' : refusal.error.message);
    await expectNoAxeViolations(page, 'go to time: past the end', { include: '[role="dialog"]' });

    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(settings(page)).toBeFocused();
    expect((await videoState(page)).currentTime).toBe(0);
    await expect(status(page)).toHaveText('');
  });

  test('should open with T from inside the player and give focus back to where it was', async ({ page }) => {
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await play.focus();
    await page.keyboard.press('t');
    await expect(dialog(page)).toBeVisible();
    await expect(field(page)).toBeFocused();
    // Typing a T in the field is text, not the shortcut again.
    await page.keyboard.type('90');
    await expect(field(page)).toHaveValue('90');
    await page.keyboard.press('Enter');
    await waitForTime(page, 90);
    await expect(play).toBeFocused();

    await page.keyboard.press('T');
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(play).toBeFocused();
  });

  test('should list T in the shortcuts dialog, and turn it off with the other single keys', async ({
    page,
  }) => {
    await openPlayerDialog(page, 'Keyboard shortcuts…');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(shortcuts.getByRole('row', { name: 'T Go to a time you type' })).toBeVisible();
    await shortcuts.getByRole('checkbox', { name: 'Single-key shortcuts' }).uncheck();
    await page.keyboard.press('Escape');
    await expect(shortcuts).toBeHidden();
    // A shortcut the player takes is prevented; record what happens to this T.
    await page.evaluate(() =>
      document.addEventListener('keydown', (event) => {
        if (event.key === 't') document.body.dataset.tTaken = String(event.defaultPrevented);
      }),
    );
    await page.getByRole('button', { name: 'Play', exact: true }).focus();
    await page.keyboard.press('t');
    await expect(page.locator('body')).toHaveAttribute('data-t-taken', 'false');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // The menu item still opens it.
    await openFromMenuByKeys(page);
    await expect(page.getByRole('dialog')).toHaveCount(1);
  });
});
