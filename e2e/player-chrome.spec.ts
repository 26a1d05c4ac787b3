// Verifies the player's chrome as a viewer meets it: one row of icon buttons with tooltips naming
// the key, the settings menu (keyboard-complete, focus back on its trigger, the dialogs it opens
// giving focus back too), `?` returning focus to where it was, clicking the picture, the large
// play button, pause after each caption holding the caption on screen with Continue inside the
// player, disabled controls on a failed video, every control inside the screen in fullscreen,
// 44 px targets on a phone, and no layout shift — with axe in each new state.
import { expect, test, type Page } from '@playwright/test';
import { cuePlainText, cueSpeaker } from '../captions/cue-text-plain';
import { isSoundCue } from '../captions/transcript';
import {
  applyPatch,
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  writePreferences,
  type Preferences,
} from '../components/preferences/preferences';
import { PLAYER_SECTION, expectNoAxeViolations } from './axe';
import { seekTo, videoState, waitForPlayer } from './media';
import { cuesOf, DEMO_SLUG, readTitle } from './title-data';

const title = readTitle();
const captions = cuesOf(title, 'captions');
const speech = captions.filter((cue) => !isSoundCue(cuePlainText(cue.tree)) && cueSpeaker(cue.tree));

async function openWith(page: Page, patch: Partial<Preferences> = {}) {
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
    PREFERENCES_KEY,
    writePreferences(applyPatch(DEFAULT_PREFERENCES, patch)),
  ] as const);
  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
}

/** The boxes of the player's visible controls (buttons and sliders). */
function controlBoxes(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-player] button, [data-player] input'))
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => {
        const box = el.getBoundingClientRect();
        return {
          name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName,
          left: box.left,
          top: box.top,
          right: box.right,
          bottom: box.bottom,
          width: box.width,
          height: box.height,
        };
      }),
  );
}

test.describe('given the player after hydration', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/watch/${DEMO_SLUG}`);
    await waitForPlayer(page);
  });

  test('should lay its buttons out in one row, as icons named for assistive technology', async ({ page }) => {
    const tops = new Set(
      await page
        .locator('.player-bar > .control-button, .player-bar .control-button')
        .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top))),
    );
    expect(tops.size).toBe(1);
    for (const name of ['Play', 'Mute', 'Captions', 'Settings', 'Full screen']) {
      const button = page.getByRole('button', { name, exact: true });
      await expect(button).toBeVisible();
      await expect(button.locator('svg')).toHaveCount(1);
    }
    await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-keyshortcuts', 'Space K');
  });

  test('should show a tooltip with the name and key on keyboard focus, and hide it on Escape', async ({
    page,
  }) => {
    await page.getByRole('slider', { name: 'Seek' }).focus();
    await page.keyboard.press('Tab');
    const play = page.getByRole('button', { name: 'Play' });
    await expect(play).toBeFocused();
    const tooltip = play.locator('.control-tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveText('PlaySpace or K');
    await expectNoAxeViolations(page, 'tooltip shown', { include: PLAYER_SECTION });
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
  });

  test('should show a tooltip on hover, and a time preview over the seek bar', async ({ page }) => {
    const mute = page.getByRole('button', { name: 'Mute' });
    await mute.hover();
    await expect(mute.locator('.control-tooltip')).toHaveText('MuteM');
    const seek = page.getByRole('slider', { name: 'Seek' });
    const box = (await seek.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('[data-seek-preview]')).toHaveText(/^0:\d\d/);
  });

  test('should name the ASL note of a mark in the preview with the pointer over the mark, inside the bar on a phone too', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const mark = page.locator('.seek-mark[data-kind="asl"]').first();
    await mark.scrollIntoViewIfNeeded();
    const seek = (await page.getByRole('slider', { name: 'Seek' }).boundingBox())!;
    const at = (await mark.boundingBox())!;
    await page.mouse.move(at.x + at.width / 2, seek.y + seek.height / 2);
    const shown = page.locator('[data-seek-preview]');
    await expect(shown).toContainText(' · ASL: ');
    // Wider than any fixed margin, it stays inside the bar all the same.
    const bar = (await page.locator('.player-seek').boundingBox())!;
    const box = (await shown.boundingBox())!;
    // Half a pixel for subpixel layout.
    expect(box.x).toBeGreaterThanOrEqual(bar.x - 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(bar.x + bar.width + 0.5);
  });

  test('should choose captions and speed in the settings menu by keyboard, and give focus back', async ({
    page,
  }) => {
    const settings = page.getByRole('button', { name: 'Settings' });
    await settings.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Settings' });
    await expect(menu).toBeVisible();
    await expectNoAxeViolations(page, 'settings menu open', { include: PLAYER_SECTION });
    const spanish = title.tracks.find((t) => t.kind === 'subtitles')!;
    await menu.getByRole('menuitem', { name: /^Captions: / }).focus();
    await page.keyboard.press('ArrowRight');
    const captionsMenu = page.getByRole('menu', { name: 'Captions' });
    await expect(captionsMenu).toBeVisible();
    await expectNoAxeViolations(page, 'captions submenu open', { include: PLAYER_SECTION });
    await captionsMenu.getByRole('menuitemradio', { name: spanish.label }).focus();
    await page.keyboard.press('Enter');
    // A choice closes the menu and gives focus back to its trigger.
    await expect(menu).toBeHidden();
    await expect(settings).toBeFocused();
    await expect(page.locator('[data-caption-overlay]')).toHaveAttribute('lang', spanish.srclang);
    await page.keyboard.press('Enter');
    await menu.getByRole('menuitem', { name: 'Speed: Normal' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('menu', { name: 'Speed' }).getByRole('menuitemradio', { name: '1.5×' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await videoState(page)).playbackRate).toBe(1.5);
    await expect(settings).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu.getByRole('menuitem', { name: `Captions: ${spanish.label}` })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(settings).toBeFocused();
  });

  test('should open caption style from the menu, and give focus to Settings when it closes', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('menuitem', { name: 'Caption style…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Caption settings' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
  });

  test('should give focus back to where it was after ? opened the shortcuts', async ({ page }) => {
    const seek = page.getByRole('slider', { name: 'Seek' });
    await seek.focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(seek).toBeFocused();
  });

  test('should play and pause when the picture is clicked, with a large play button first', async ({
    page,
  }) => {
    const surface = page.locator('[data-player-surface]');
    await expect(surface.locator('.player-big-play')).toBeVisible();
    await page.evaluate(() => {
      document.querySelector<HTMLVideoElement>('#title-video')!.muted = true;
    });
    await surface.click();
    await expect.poll(async () => (await videoState(page)).paused).toBe(false);
    await expect(surface.locator('.player-big-play')).toHaveCount(0);
    await surface.click();
    await expect.poll(async () => (await videoState(page)).paused).toBe(true);
    // A pointer shortcut only: nothing in it takes keyboard focus.
    expect(await surface.evaluate((el) => el.querySelectorAll('[tabindex], button, a').length)).toBe(0);
  });
});

test('given "pause after each caption", the caption should stay on screen until Continue', async ({
  page,
}) => {
  await openWith(page, { pauseAfterCaption: true });
  const cue = speech[0]!;
  await page.evaluate(() => {
    document.querySelector<HTMLVideoElement>('#title-video')!.muted = true;
  });
  await seekTo(page, cue.endTime - 0.8);
  await page.getByRole('button', { name: 'Play' }).click();
  const proceed = page.getByRole('button', { name: 'Continue' });
  await expect(proceed).toBeVisible({ timeout: 10_000 });
  expect((await videoState(page)).paused).toBe(true);
  const shown = cuePlainText(cue.tree).replace(/\s+/g, ' ').trim();
  await expect(page.locator('[data-caption-overlay]')).toContainText(shown, { useInnerText: true });
  await expectNoAxeViolations(page, 'waiting after a caption', { include: PLAYER_SECTION });
  await proceed.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await videoState(page)).paused).toBe(false);
  await expect(proceed).toHaveCount(0);
  expect(await page.evaluate(() => !!document.activeElement?.closest('[data-player]'))).toBe(true);
  // The next caption pauses too, and Space continues from the keyboard.
  await expect(proceed).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press(' ');
  await expect.poll(async () => (await videoState(page)).paused).toBe(false);
});

test('given a video that cannot load, the controls that act on it should be disabled', async ({ page }) => {
  await page.route('**/media/**/*.{webm,mp4}', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto(`/watch/${DEMO_SLUG}`);
  await expect(page.getByRole('alert').filter({ hasText: 'The video could not be played' })).toBeVisible();
  for (const name of ['Play', 'Mute', 'Full screen']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeDisabled();
  }
  await expect(page.getByRole('slider', { name: 'Seek' })).toBeDisabled();
  await expect(page.getByRole('slider', { name: 'Volume' })).toBeDisabled();
  await expect(page.locator('.player-time')).not.toContainText('0:00');
  await expectNoAxeViolations(page, 'failed video, controls disabled', { include: PLAYER_SECTION });
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 844, height: 390 },
  { width: 390, height: 844 },
]) {
  test(`given fullscreen at ${size.width}×${size.height}, every control should be inside the screen`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto(`/watch/${DEMO_SLUG}`);
    await waitForPlayer(page);
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'true');
    const boxes = await controlBoxes(page);
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    for (const box of boxes) {
      expect(box.left, `${box.name} left`).toBeGreaterThanOrEqual(0);
      expect(box.top, `${box.name} top`).toBeGreaterThanOrEqual(0);
      expect(box.right, `${box.name} right`).toBeLessThanOrEqual(size.width);
      expect(box.bottom, `${box.name} bottom`).toBeLessThanOrEqual(size.height);
    }
    if (size.width === 1280) await expectNoAxeViolations(page, 'fullscreen', { include: PLAYER_SECTION });
  });
}

test('given fullscreen while playing, idle controls should hide and any key should show them', async ({
  page,
}) => {
  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
  await page.getByRole('button', { name: 'Full screen' }).click();
  const player = page.locator('[data-player]');
  await expect(player).toHaveAttribute('data-controls', 'shown');
  // A pointer viewer: focus is not inside the player (a keyboard viewer's focus keeps them).
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const video = document.querySelector<HTMLVideoElement>('#title-video')!;
    video.muted = true;
    void video.play();
  });
  await expect(player).toHaveAttribute('data-controls', 'hidden', { timeout: 10_000 });
  await expectNoAxeViolations(page, 'fullscreen, controls hidden', { include: PLAYER_SECTION });
  await page.keyboard.press('Shift');
  await expect(player).toHaveAttribute('data-controls', 'shown');
  await expect(page.locator('.player-controls')).toHaveCSS('opacity', '1');
});

test.describe('given a phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('every player target should be at least 44×44 CSS px', async ({ page }) => {
    await page.goto(`/watch/${DEMO_SLUG}`);
    await waitForPlayer(page);
    const boxes = await controlBoxes(page);
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    for (const box of boxes) {
      expect(box.width, `${box.name} width`).toBeGreaterThanOrEqual(44);
      expect(box.height, `${box.name} height`).toBeGreaterThanOrEqual(44);
    }
    const tops = new Set(boxes.filter((b) => b.name !== 'Seek').map((b) => Math.round(b.top)));
    expect(tops.size, 'the buttons share one row').toBe(1);
  });
});

test('given 320 CSS px (400 % zoom), the one row should still fit without horizontal scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
  for (const box of await controlBoxes(page)) expect(box.right, `${box.name} right`).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

// On a phone the player, the audio description bar and everything under them stack: the bar's
// space is in the server HTML, so hydration moves nothing.
test('given the watch page loading on a phone, hydration should shift nothing (CLS 0)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => {
    (window as unknown as { shifts: number[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        (window as unknown as { shifts: number[] }).shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  expect(shifts).toEqual([]);
});
