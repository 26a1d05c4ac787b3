// Verifies the sign-language interpreter window (WCAG 1.2.6) with the fixture title's synthetic
// interpreter video: it follows the film's play, pause, seek and rate (after each, the two are in
// the same state, at the same rate, and back within 100 ms of each other; how far it drifts
// frame by frame is a speed figure, measured by `npm run bench -- --only=sign`); it can be hidden and shown; as an overlay
// it moves and resizes by keyboard (arrows, Shift + arrows) and by pointer, with its
// instructions on screen; swapped, it fills the picture with the film small; layout and place
// persist. Axe on the whole page in the default state, and on the Player section (the region the
// window's states change) in each other state.
import { expect, test, type Page } from '@playwright/test';
import { PLAYER_SECTION, expectNoAxeViolations } from './axe';
import { seekTo, waitForPlayer } from './media';
import { waitInStep } from './sign-in-step';
import { readTitle, SIGN_LANGUAGE_SLUG } from './title-data';

const title = readTitle(SIGN_LANGUAGE_SLUG);
const WINDOW_NAME = `Sign-language interpreter for ${title.manifest.title}`;

// Two videos decoding at once on a shared CI machine: give each test room.
test.describe.configure({ timeout: 180_000 });

async function waitForInterpreter(page: Page) {
  await page.waitForFunction(() => {
    const sign = document.querySelector<HTMLVideoElement>('[data-sign-video]');
    return !!sign && sign.readyState >= 1;
  });
}

/** The interpreter video's state. */
const signState = (page: Page) =>
  page.evaluate(() => {
    const sign = document.querySelector<HTMLVideoElement>('[data-sign-video]')!;
    return { paused: sign.paused, playbackRate: sign.playbackRate, currentTime: sign.currentTime };
  });

test.describe('given the fixture title with an interpreter video', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/watch/${SIGN_LANGUAGE_SLUG}`);
    await waitForPlayer(page);
    await waitForInterpreter(page);
  });

  test('should show the interpreter beside the film by default', async ({ page }) => {
    const toggle = page.getByRole('button', { name: 'Sign-language interpreter' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const signWindow = page.getByRole('group', { name: WINDOW_NAME });
    await expect(signWindow).toHaveAttribute('data-layout', 'beside');
    await expect(page.getByRole('radio', { name: 'Beside the film (large)' })).toBeChecked();
    // Inside the player, so it goes fullscreen with the film; on this wide screen, to its right.
    await expect(page.locator('[data-player] [data-sign-window]')).toHaveCount(1);
    const film = (await page.locator('#title-video').boundingBox())!;
    const interpreter = (await signWindow.boundingBox())!;
    expect(interpreter.x, 'the interpreter starts right of the film').toBeGreaterThanOrEqual(
      film.x + film.width,
    );
    expect(interpreter.y, 'the interpreter starts level with the film').toBeLessThan(
      film.y + film.height / 2,
    );
    await expectNoAxeViolations(page, 'interpreter beside', { include: PLAYER_SECTION });
  });

  test('should put the interpreter below the controls at 320 CSS px, without horizontal scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    const controls = (await page.getByRole('group', { name: 'Player controls' }).boundingBox())!;
    const interpreter = (await page.getByRole('group', { name: WINDOW_NAME }).boundingBox())!;
    expect(interpreter.y).toBeGreaterThanOrEqual(controls.y + controls.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('should follow play, rate, seek and pause', async ({ page }) => {
    // Following, not closeness: each seek below moves the film by half a minute or more.
    const inStep = (paused: boolean) => waitInStep(page, paused, { limit: 1 });
    await inStep(true);
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.play());
    await inStep(false);

    await page.evaluate(() => (document.querySelector<HTMLVideoElement>('#title-video')!.playbackRate = 1.5));
    await inStep(false);
    await expect.poll(() => signState(page)).toMatchObject({ playbackRate: 1.5 });

    await seekTo(page, title.manifest.duration / 2);
    await inStep(false);

    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.pause());
    await inStep(true);

    await seekTo(page, title.manifest.duration / 4);
    await inStep(true);
    await expectNoAxeViolations(page, 'interpreter following', { include: PLAYER_SECTION });
  });

  test('should hide and show the interpreter and remember it', async ({ page }) => {
    const toggle = page.getByRole('button', { name: 'Sign-language interpreter' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('[data-sign-video]')).toHaveCount(0);
    await expectNoAxeViolations(page, 'interpreter hidden', { include: PLAYER_SECTION });
    await page.reload();
    await waitForPlayer(page);
    await expect(page.getByRole('button', { name: 'Sign-language interpreter' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(page.locator('[data-sign-video]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Sign-language interpreter' }).click();
    await waitForInterpreter(page);
  });

  test('should move and resize the overlay window by keyboard, and remember its place', async ({ page }) => {
    await page.getByRole('radio', { name: 'Window over the film' }).check();
    const signWindow = page.getByRole('group', { name: `${WINDOW_NAME}: movable window` });
    await expect(signWindow).toBeVisible();
    const instructions = page.getByText(/To move the interpreter window, focus it and use the arrow keys/);
    await expect(instructions).toBeVisible();
    await expect(signWindow).toHaveAttribute('aria-describedby', (await instructions.getAttribute('id'))!);
    await expectNoAxeViolations(page, 'interpreter overlay', { include: PLAYER_SECTION });

    await signWindow.focus();
    const start = (await signWindow.boundingBox())!;
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    const moved = (await signWindow.boundingBox())!;
    expect(moved.x).toBeLessThan(start.x);
    expect(moved.y).toBeGreaterThan(start.y);
    expect(moved.width).toBeCloseTo(start.width, 0);

    await page.keyboard.press('Shift+ArrowRight');
    const larger = (await signWindow.boundingBox())!;
    expect(larger.width).toBeGreaterThan(moved.width);
    expect(larger.x).toBeCloseTo(moved.x, 0);
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    expect((await signWindow.boundingBox())!.width).toBeLessThan(larger.width);
    // The keys moved the window, not the film (the player's arrow shortcuts seek and change volume).
    expect(
      await page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.currentTime),
    ).toBe(0);
    await expectNoAxeViolations(page, 'interpreter overlay moved', { include: PLAYER_SECTION });

    const placed = (await signWindow.boundingBox())!;
    await page.reload();
    await waitForPlayer(page);
    const restored = page.getByRole('group', { name: `${WINDOW_NAME}: movable window` });
    await expect(restored).toBeVisible();
    const again = (await restored.boundingBox())!;
    expect(again.x).toBeCloseTo(placed.x, 0);
    expect(again.y).toBeCloseTo(placed.y, 0);
    expect(again.width).toBeCloseTo(placed.width, 0);
  });

  test('should move the overlay window by dragging it and resize it by its corner', async ({ page }) => {
    await page.getByRole('radio', { name: 'Window over the film' }).check();
    const signWindow = page.getByRole('group', { name: `${WINDOW_NAME}: movable window` });
    await signWindow.scrollIntoViewIfNeeded();
    const start = (await signWindow.boundingBox())!;
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(start.x + start.width / 2 - 60, start.y + start.height / 2 + 20, { steps: 5 });
    await page.mouse.up();
    const moved = (await signWindow.boundingBox())!;
    expect(moved.x).toBeCloseTo(start.x - 60, -1);
    expect(moved.y).toBeCloseTo(start.y + 20, -1);

    await page.mouse.move(moved.x + moved.width - 4, moved.y + moved.height - 4);
    await page.mouse.down();
    await page.mouse.move(moved.x + moved.width + 36, moved.y + moved.height - 4, { steps: 5 });
    await page.mouse.up();
    expect((await signWindow.boundingBox())!.width).toBeGreaterThan(moved.width + 20);
  });

  test('should swap the pictures: the interpreter fills the picture and the film goes small', async ({
    page,
  }) => {
    await page.getByRole('radio', { name: 'Signer first: interpreter large, film small' }).check();
    const signWindow = page.getByRole('group', { name: WINDOW_NAME, exact: true });
    await expect(signWindow).toHaveAttribute('data-layout', 'swapped');
    const film = page.locator('#title-video');
    const filmBox = (await film.boundingBox())!;
    const signBox = (await signWindow.boundingBox())!;
    expect(signBox.width).toBeGreaterThan(filmBox.width * 2);
    await expectNoAxeViolations(page, 'interpreter swapped', { include: PLAYER_SECTION });
    await page.reload();
    await waitForPlayer(page);
    await expect(
      page.getByRole('radio', { name: 'Signer first: interpreter large, film small' }),
    ).toBeChecked();
  });
});
