// Verifies the player after hydration: every track hidden and the app's overlay drawing the
// right caption (speaker label included) at chosen times, the control bar (play, seek, mute,
// volume, the settings menu's captions and speed), the keyboard shortcuts and their off switch, "pause after each
// caption", and the message when the video cannot load — with axe after each state.
import { expect, test } from '@playwright/test';
import { cuePlainText, cueSpeaker } from '../captions/cue-text-plain';
import { isSoundCue } from '../captions/transcript';
import {
  PREFERENCES_KEY,
  writePreferences,
  applyPatch,
  DEFAULT_PREFERENCES,
} from '../components/preferences/preferences';
import { DIALOG, PLAYER_SECTION, expectNoAxeViolations } from './axe';
import { chooseSetting, seekTo, videoState, waitForPlayer } from './media';
import { cuesOf, DEMO_SLUG, readTitle } from './title-data';

const title = readTitle();
const captions = cuesOf(title, 'captions');
const subtitles = cuesOf(title, 'subtitles');
const speech = captions.filter((cue) => !isSoundCue(cuePlainText(cue.tree)) && cueSpeaker(cue.tree));
const middle = (cue: { startTime: number; endTime: number }) => (cue.startTime + cue.endTime) / 2;
const shownText = (cue: (typeof captions)[number]) => {
  const speaker = cueSpeaker(cue.tree);
  return `${speaker ? `${speaker}: ` : ''}${cuePlainText(cue.tree)}`.replace(/\s+/g, ' ').trim();
};

test.describe('given the watch page after hydration', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/watch/${DEMO_SLUG}`);
    await waitForPlayer(page);
  });

  test('should hide every native track and draw captions in its own overlay', async ({ page }) => {
    expect((await videoState(page)).trackModes.every((mode) => mode === 'hidden')).toBe(true);
    await expect(page.locator('[data-caption-overlay]')).toHaveCount(1);
    await expectNoAxeViolations(page, 'player hydrated', { include: PLAYER_SECTION });
  });

  test('should show the active caption, speaker included, at chosen times', async ({ page }) => {
    const overlay = page.locator('[data-caption-overlay]');
    for (const cue of [speech[0]!, speech[Math.floor(speech.length / 2)]!, captions.at(-1)!]) {
      await seekTo(page, middle(cue));
      await expect(overlay).toHaveText(shownText(cue), { useInnerText: true });
    }
  });

  test('should show nothing between captions, and switch language from the captions menu', async ({
    page,
  }) => {
    const overlay = page.locator('[data-caption-overlay]');
    const cue = speech[1]!;
    await chooseSetting(page, 'Captions', 'Off');
    await seekTo(page, middle(cue));
    await expect(overlay).toHaveText('');
    const spanish = title.tracks.find((t) => t.kind === 'subtitles')!;
    await chooseSetting(page, 'Captions', spanish.label);
    const es = subtitles.find((c) => c.startTime <= middle(cue) && middle(cue) < c.endTime)!;
    await expect(overlay).toHaveText(shownText(es), { useInnerText: true });
    await expect(overlay).toHaveAttribute('lang', spanish.srclang);
    await expectNoAxeViolations(page, 'Spanish subtitles', { include: PLAYER_SECTION });
  });

  test('should play and pause from the play button, naming its state', async ({ page }) => {
    const button = page.getByRole('button', { name: 'Play' });
    await button.click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect.poll(async () => (await videoState(page)).paused).toBe(false);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(async () => (await videoState(page)).paused).toBe(true);
    await expectNoAxeViolations(page, 'paused after playing', { include: PLAYER_SECTION });
  });

  test('should seek with the slider and describe the position in words', async ({ page }) => {
    const slider = page.getByRole('slider', { name: 'Seek' });
    await slider.focus();
    await slider.press('End');
    await expect
      .poll(async () => (await videoState(page)).currentTime)
      .toBeGreaterThan(title.manifest.duration - 1.5);
    await slider.press('Home');
    await expect.poll(async () => (await videoState(page)).currentTime).toBe(0);
    await seekTo(page, 65);
    await expect(slider).toHaveAttribute('aria-valuetext', /^1 minute 5 seconds of 1 minute 5\d seconds$/);
  });

  test('should mute, set the volume and the speed', async ({ page }) => {
    await page.getByRole('button', { name: 'Mute' }).click();
    await expect(page.getByRole('button', { name: 'Mute' })).toHaveAttribute('aria-pressed', 'true');
    expect((await videoState(page)).muted).toBe(true);
    await page.getByRole('button', { name: 'Mute' }).click();
    await page.getByRole('slider', { name: 'Volume' }).fill('40');
    await expect.poll(async () => (await videoState(page)).volume).toBeCloseTo(0.4);
    await chooseSetting(page, 'Speed', '1.5×');
    await expect.poll(async () => (await videoState(page)).playbackRate).toBe(1.5);
  });

  test('should run the shortcuts while focus is in the player', async ({ page }) => {
    await page.getByRole('button', { name: 'Play' }).focus();
    await page.keyboard.press('m');
    await expect.poll(async () => (await videoState(page)).muted).toBe(true);
    await page.keyboard.press('l');
    await expect.poll(async () => (await videoState(page)).currentTime).toBeCloseTo(10, 0);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await videoState(page)).currentTime).toBeCloseTo(5, 0);
    await page.keyboard.press('>');
    await expect.poll(async () => (await videoState(page)).playbackRate).toBe(1.25);
    await page.keyboard.press('<');
    await page.keyboard.press('<');
    await expect.poll(async () => (await videoState(page)).playbackRate).toBe(0.75);
  });

  test('should go to the next and previous caption with . and ,', async ({ page }) => {
    await seekTo(page, middle(speech[2]!));
    const after = captions.find((c) => c.startTime > middle(speech[2]!))!;
    await page.getByRole('button', { name: 'Play' }).focus();
    await page.keyboard.press('.');
    await expect.poll(async () => (await videoState(page)).currentTime).toBeCloseTo(after.startTime, 1);
    await expect(page.locator('[data-caption-overlay]')).toHaveText(shownText(after), { useInnerText: true });
    await page.keyboard.press(',');
    const before = captions.filter((c) => c.startTime < after.startTime - 0.75).at(-1)!;
    await expect.poll(async () => (await videoState(page)).currentTime).toBeCloseTo(before.startTime, 1);
    await page.keyboard.press('r');
    await expect.poll(async () => (await videoState(page)).currentTime).toBeCloseTo(before.startTime, 1);
  });

  test('should toggle captions with C', async ({ page }) => {
    const cue = speech[0]!;
    await seekTo(page, middle(cue));
    await page.getByRole('button', { name: 'Play' }).focus();
    await page.keyboard.press('c');
    await expect(page.getByRole('button', { name: 'Captions' })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('[data-caption-overlay]')).toHaveText('');
    await page.keyboard.press('c');
    await expect(page.locator('[data-caption-overlay]')).toHaveText(shownText(cue), { useInnerText: true });
  });

  test('should put the whole player, captions and controls, into full screen', async ({ page }) => {
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => document.fullscreenElement?.matches('[data-player]'))).toBe(true);
    expect(
      await page.evaluate(() => !!document.fullscreenElement?.querySelector('[data-caption-overlay]')),
    ).toBe(true);
    await page.keyboard.press('f');
    await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('should open the shortcuts dialog with ? and give focus back to where it was', async ({ page }) => {
    const play = page.getByRole('button', { name: 'Play' });
    await play.focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'shortcuts dialog opened with ?', { include: DIALOG });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Back where the viewer was, never the body.
    await expect(play).toBeFocused();
  });

  test('should ignore shortcuts outside the player', async ({ page }) => {
    await page.getByRole('link', { name: 'Skip to main content' }).focus();
    await page.keyboard.press('m');
    expect((await videoState(page)).muted).toBe(false);
  });
});

test('given single-key shortcuts turned off, keys should do nothing in the player', async ({ page }) => {
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
    PREFERENCES_KEY,
    writePreferences(applyPatch(DEFAULT_PREFERENCES, { shortcuts: false })),
  ] as const);
  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
  await page.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('m');
  await page.keyboard.press('l');
  const state = await videoState(page);
  expect(state.muted).toBe(false);
  expect(state.currentTime).toBe(0);
});

test('given "pause after each caption", playback should stop at a caption end until Continue', async ({
  page,
}) => {
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
    PREFERENCES_KEY,
    writePreferences(applyPatch(DEFAULT_PREFERENCES, { pauseAfterCaption: true })),
  ] as const);
  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
  const cue = speech[0]!;
  await page.evaluate(() => {
    document.querySelector<HTMLVideoElement>('#title-video')!.muted = true;
  });
  await seekTo(page, cue.endTime - 0.6);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible({ timeout: 10_000 });
  const state = await videoState(page);
  expect(state.paused).toBe(true);
  // It stopped just before this caption's end, with the caption still showing.
  expect(state.currentTime).toBeGreaterThanOrEqual(cue.endTime - 0.3);
  expect(state.currentTime).toBeLessThan(cue.endTime);
  await expect(page.getByRole('status').filter({ hasText: 'Paused after the caption' })).toBeVisible();
  await expectNoAxeViolations(page, 'paused after a caption', { include: PLAYER_SECTION });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(async () => (await videoState(page)).paused).toBe(false);
});

test('given a video that cannot load, the page should say so and keep the transcript working', async ({
  page,
}) => {
  await page.route('**/media/**/*.{webm,mp4}', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto(`/watch/${DEMO_SLUG}`);
  await expect(page.getByRole('alert').filter({ hasText: 'The video could not be played' })).toContainText(
    'The transcript and the ASL notes on this page still work.',
  );
  const link = page.getByRole('region', { name: 'Transcript' }).locator('li[data-start] a').first();
  await expect(link).toBeVisible();
  await expectNoAxeViolations(page, 'video failed to load', { include: PLAYER_SECTION });
});

test('given a caption file that fails to load, the captions submenu should say it is unavailable', async ({
  page,
}) => {
  const spanish = title.tracks.find((t) => t.kind === 'subtitles')!;
  await page.route(`**${spanish.url}`, (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('menuitem', { name: /^Captions: / }).click();
  await expect(
    page
      .getByRole('menu', { name: 'Captions' })
      .getByRole('menuitemradio', { name: `${spanish.label} (unavailable)` }),
  ).toBeDisabled();
});
