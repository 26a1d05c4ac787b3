// Verifies "Signer first" and the window's opacity (issue #14; Able Player #589, Media Chrome
// #1256) with the fixture title's synthetic interpreter video: chosen by keyboard among the
// interpreter layouts, signer first puts the interpreter large across the picture and the film
// small in its bottom-right corner, and the interpreter still follows the film; the window over the film has an opacity slider (by keyboard, 20–100 %), shown only
// in that layout; layout and opacity are kept across a reload. Axe on the Player section in
// each layout.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, PLAYER_SECTION } from './axe';
import { waitForPlayer } from './media';
import { waitInStep } from './sign-in-step';
import { readTitle, SIGN_LANGUAGE_SLUG } from './title-data';

const title = readTitle(SIGN_LANGUAGE_SLUG);
const WINDOW_NAME = `Sign-language interpreter for ${title.manifest.title}`;
const SIGNER_FIRST = 'Signer first: interpreter large, film small';

// Two videos decoding at once on a shared machine: give each test room.
test.describe.configure({ timeout: 180_000 });

async function open(page: Page) {
  await waitForPlayer(page);
  await page.waitForFunction(() => {
    const sign = document.querySelector<HTMLVideoElement>('[data-sign-video]');
    return !!sign && sign.readyState >= 1;
  });
}

test.beforeEach(async ({ page }) => {
  await page.goto(`/watch/${SIGN_LANGUAGE_SLUG}`);
  await open(page);
});

const opacity = (page: Page) => page.getByRole('slider', { name: 'Window opacity' });

test.describe('given the fixture title with an interpreter video', () => {
  test('should put the signer first by keyboard, the film small in the corner, and keep it', async ({
    page,
  }) => {
    const beside = page.getByRole('radio', { name: 'Beside the film (large)' });
    await beside.focus();
    // Arrow keys move through a radio group and choose: beside → window over the film → signer first.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const signerFirst = page.getByRole('radio', { name: SIGNER_FIRST });
    await expect(signerFirst).toBeChecked();
    await expect(signerFirst).toBeFocused();
    await expect(opacity(page)).toHaveCount(0);

    const signWindow = page.getByRole('group', { name: WINDOW_NAME, exact: true });
    await expect(signWindow).toHaveAttribute('data-layout', 'swapped');
    const sign = (await signWindow.boundingBox())!;
    const film = (await page.locator('#title-video').boundingBox())!;
    expect(sign.width * sign.height, 'the interpreter is the large picture').toBeGreaterThan(
      film.width * film.height * 4,
    );
    expect(film.x + film.width / 2, 'the film sits right of centre').toBeGreaterThan(sign.x + sign.width / 2);
    expect(film.y + film.height / 2, 'the film sits below centre').toBeGreaterThan(sign.y + sign.height / 2);
    await expectNoAxeViolations(page, 'signer first', { include: PLAYER_SECTION });

    // The interpreter still follows the film.
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.play());
    await waitInStep(page, false, { limit: 1 });
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.pause());

    await page.reload();
    await open(page);
    await expect(page.getByRole('radio', { name: SIGNER_FIRST })).toBeChecked();
    await expect(page.getByRole('group', { name: WINDOW_NAME, exact: true })).toHaveAttribute(
      'data-layout',
      'swapped',
    );
  });

  test('should set the window opacity over the film by keyboard, and keep it', async ({ page }) => {
    await expect(opacity(page)).toHaveCount(0);
    await page.getByRole('radio', { name: 'Window over the film' }).check();
    const signWindow = page.getByRole('group', { name: `${WINDOW_NAME}: movable window` });
    await expect(opacity(page)).toHaveAttribute('aria-valuetext', '100 percent');
    await expect(signWindow).toHaveCSS('opacity', '1');

    await opacity(page).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(opacity(page)).toHaveAttribute('aria-valuetext', '70 percent');
    await expect(signWindow).toHaveCSS('opacity', '0.7');
    // The keys set the slider, not the film (the player's arrows seek and change the volume).
    expect(
      await page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.currentTime),
    ).toBe(0);
    await page.keyboard.press('Home');
    await expect(opacity(page)).toHaveAttribute('aria-valuetext', '20 percent');
    await page.keyboard.press('ArrowRight');
    await expectNoAxeViolations(page, 'window over the film at 30 % opacity', { include: PLAYER_SECTION });

    await page.reload();
    await open(page);
    await expect(opacity(page)).toHaveAttribute('aria-valuetext', '30 percent');
    await expect(page.getByRole('group', { name: `${WINDOW_NAME}: movable window` })).toHaveCSS(
      'opacity',
      '0.3',
    );
    // Beside the film it is not over anything: no opacity to set.
    await page.getByRole('radio', { name: 'Beside the film (large)' }).check();
    await expect(opacity(page)).toHaveCount(0);
    await expect(page.getByRole('group', { name: WINDOW_NAME, exact: true })).toHaveCSS('opacity', '1');
  });
});
