// Verifies caption timing for the viewer (issue #14, part 1) on the watch page and the embed: the
// caption settings dialog's Caption timing (100 ms steps by keyboard, the number field, Reset, the
// status in words, the limit), the G and H keys (announced politely, listed in the shortcuts
// dialog, off with the other single-key shortcuts), the offset remembered per title across a
// reload, and everything that follows the captions following it too: the overlay, voiced captions,
// the transcript's current line, the ASL current note and "pause after each caption"; on /play, G
// and H step the page's own sync offset. Each check reads which cue shows at a paused time just
// before or after a cue boundary, never how fast anything happened. Axe runs in the dialog with an
// offset set.
import { expect, test, type Page } from '@playwright/test';
import { aslMoments } from '../captions/asl-moment';
import { cuePlainText, cueSpeaker } from '../captions/cue-text-plain';
import { SHORTCUTS } from '../components/player/shortcuts';
import {
  applyPatch,
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  readPreferences,
  writePreferences,
  type PreferencesPatch,
} from '../components/preferences/preferences';
import { DIALOG, expectNoAxeViolations, PLAYER_SECTION } from './axe';
import { loadPlayFiles, openPlayerDialog, seekTo, videoState, waitForPlayer } from './media';
import { cuesOf, DEMO_SLUG, readTitle, SIGN_LANGUAGE_SLUG } from './title-data';

// Reloads, two titles and axe in the dialog: more than a plain spec's time on a shared machine.
test.slow();

const title = readTitle();
const captions = cuesOf(title, 'captions');
type Timed = { startTime: number; endTime: number };
const activeAt = <T extends Timed>(cues: readonly T[], t: number) =>
  cues.filter((c) => c.startTime <= t && t < c.endTime);

const alone = <T extends Timed>(cues: readonly T[], c: T, t: number) => {
  const active = activeAt(cues, t);
  return active.length === 1 && active[0] === c;
};
/**
 * A spoken caption alone on screen, with nothing on screen 150 ms before it starts: 150 ms on
 * either side of its start is a paused moment that a 300 ms offset moves across the boundary.
 */
const cue = captions.find(
  (c) =>
    cueSpeaker(c.tree) &&
    activeAt(captions, c.startTime - 0.15).length === 0 &&
    [0.05, 0.15, 0.35].every((after) => alone(captions, c, c.startTime + after)) &&
    [0.6, 0.05].every((before) => alone(captions, c, c.endTime - before)),
);
/** An ASL note with no other note current in the 150 ms before it. */
const moments = aslMoments(title.aslNotes);
const note = moments.find(
  (m) => activeAt(moments, m.startTime - 0.15).length === 0 && alone(moments, m, m.startTime + 0.05),
);
if (!cue || !note) throw new Error('the demo title has no caption or ASL note that suits these checks');
const justAfter = cue.startTime + 0.15;
const justBefore = cue.startTime - 0.15;
const shown = `${cueSpeaker(cue.tree)}: ${cuePlainText(cue.tree)}`.replace(/\s+/g, ' ').trim();

const overlay = (page: Page) => page.locator('[data-caption-overlay]');
const announcer = (page: Page) => page.locator('[data-player-announcer]');
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Caption settings' });
const status = (page: Page) => dialog(page).locator('.caption-offset-status');
const stored = (page: Page) =>
  page.evaluate((key) => window.localStorage.getItem(key), PREFERENCES_KEY).then(readPreferences);

async function expectCaption(page: Page, text: string) {
  await expect(overlay(page)).toHaveText(text, { useInnerText: true });
}

async function openWatchPage(page: Page, slug = DEMO_SLUG, patch: PreferencesPatch = {}) {
  if (Object.keys(patch).length > 0) {
    await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      PREFERENCES_KEY,
      writePreferences(applyPatch(DEFAULT_PREFERENCES, patch)),
    ] as const);
  }
  await page.goto(`/watch/${slug}`);
  await waitForPlayer(page);
}

test.describe('given the caption settings dialog, by keyboard', () => {
  test('should move the captions 300 ms later with three presses, say so, and give focus back', async ({
    page,
  }) => {
    await openWatchPage(page);
    await seekTo(page, justAfter);
    await expectCaption(page, shown);

    await openPlayerDialog(page, 'Caption style…', { keyboard: true });
    await expect(status(page)).toHaveText('Captions: no offset');
    const later = dialog(page).getByRole('button', { name: '100 ms later' });
    await expect(later).toHaveAttribute('aria-keyshortcuts', 'H');
    await later.focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('Captions: 300 ms later');
    await expect(dialog(page).getByLabel('Offset in milliseconds')).toHaveValue('300');
    await expect(later).toBeFocused();
    await expectNoAxeViolations(page, 'caption timing 300 ms later', { include: DIALOG });

    // Still paused at the same moment: the caption has not started yet.
    await expectCaption(page, '');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
    await seekTo(page, cue.startTime + 0.35);
    await expectCaption(page, shown);
    expect((await stored(page)).captionOffsets).toEqual({ [DEMO_SLUG]: 300 });
  });

  test('should take a typed offset, stop at the limit saying so, and Reset to the file times', async ({
    page,
  }) => {
    await openWatchPage(page);
    await seekTo(page, justBefore);
    await expectCaption(page, '');
    await openPlayerDialog(page, 'Caption style…', { keyboard: true });
    const field = dialog(page).getByLabel('Offset in milliseconds');

    await field.fill('-300');
    await expect(status(page)).toHaveText('Captions: 300 ms earlier');
    await expectCaption(page, shown);
    await expectNoAxeViolations(page, 'caption timing 300 ms earlier', { include: DIALOG });

    await field.fill('99999');
    await expect(status(page)).toHaveText('Captions: 60 s later, the most allowed');
    await expect(field).toHaveValue('60000');

    const reset = dialog(page).getByRole('button', { name: 'Reset', exact: true });
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('Captions: no offset');
    await expect(reset).toBeFocused();
    expect((await stored(page)).captionOffsets).toEqual({});
    await page.keyboard.press('Escape');
    await seekTo(page, justAfter);
    await expectCaption(page, shown);
  });
});

test.describe('given the G and H keys in the player', () => {
  test('should step the captions by 100 ms, announcing each step politely', async ({ page }) => {
    await openWatchPage(page);
    await seekTo(page, justAfter);
    await page.getByRole('button', { name: 'Play' }).focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('h');
    await expect(announcer(page)).toHaveText('Captions: 300 ms later');
    await expect(announcer(page)).toHaveAttribute('aria-live', 'polite');
    await expectCaption(page, '');
    expect((await videoState(page)).paused).toBe(true);

    for (let i = 0; i < 6; i += 1) await page.keyboard.press('G');
    await expect(announcer(page)).toHaveText('Captions: 300 ms earlier');
    await seekTo(page, justBefore);
    await expectCaption(page, shown);
    expect((await stored(page)).captionOffsets).toEqual({ [DEMO_SLUG]: -300 });
    await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
  });

  test('should go to the next caption where it shows now (the . key) after stepping', async ({ page }) => {
    // The caption keys index the TextTrack's cues: moved in place, the index is built again.
    await openWatchPage(page);
    await page.getByRole('button', { name: 'Play' }).focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('h');
    await expect(announcer(page)).toHaveText('Captions: 300 ms later');
    // Past the cue's start in the file, before its moved start: the next caption is this one.
    await seekTo(page, justAfter);
    await page.keyboard.press('.');
    await expect.poll(async () => (await videoState(page)).currentTime).toBeCloseTo(cue.startTime + 0.3, 2);
    await expectCaption(page, shown);
  });

  test('should be listed in the shortcuts dialog', async ({ page }) => {
    await openWatchPage(page);
    await page.getByRole('button', { name: 'Play' }).focus();
    await page.keyboard.press('?');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const action of ['captions-earlier', 'captions-later'] as const) {
      const { label, description } = SHORTCUTS.find((s) => s.action === action)!;
      await expect(shortcuts.getByRole('row', { name: `${label} ${description}` })).toBeVisible();
    }
    await expect(shortcuts.getByRole('row', { name: 'H Captions 100 ms later' })).toBeVisible();
  });

  test('should do nothing with single-key shortcuts off', async ({ page }) => {
    await openWatchPage(page, DEMO_SLUG, { shortcuts: false });
    await seekTo(page, justAfter);
    await page.getByRole('button', { name: 'Play' }).focus();
    await page.keyboard.press('h');
    await page.keyboard.press('g');
    await expectCaption(page, shown);
    await expect(announcer(page)).toHaveText('');
    expect((await stored(page)).captionOffsets).toEqual({});
  });
});

test('should step /play’s own sync offset with G and H, announcing it', async ({ page }) => {
  await page.goto('/play');
  await expect(page.getByLabel('Video file')).toBeEnabled();
  await loadPlayFiles(page, 'mine', 'WEBVTT\n\n00:00:02.000 --> 00:00:04.000\nAlpha\n');
  await seekTo(page, 1.85);
  await expectCaption(page, '');
  await page.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('g');
  await page.keyboard.press('g');
  await expect(announcer(page)).toHaveText('Captions: 200 ms earlier');
  await expect(page.getByLabel('Offset in milliseconds')).toHaveValue('-200');
  await seekTo(page, 1.85);
  await expectCaption(page, 'Alpha');
});

test('should remember the offset per title across a reload', async ({ page }) => {
  await openWatchPage(page);
  await page.getByRole('button', { name: 'Play' }).focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('h');
  await expect(announcer(page)).toHaveText('Captions: 300 ms later');

  await page.reload();
  await waitForPlayer(page);
  await seekTo(page, justAfter);
  await expectCaption(page, '');
  await openPlayerDialog(page, 'Caption style…');
  await expect(status(page)).toHaveText('Captions: 300 ms later');

  // Another title has its own offset, and setting it leaves this one alone.
  await page.goto(`/watch/${SIGN_LANGUAGE_SLUG}`);
  await waitForPlayer(page);
  await openPlayerDialog(page, 'Caption style…');
  await expect(status(page)).toHaveText('Captions: no offset');
  const earlier = dialog(page).getByRole('button', { name: '100 ms earlier' });
  await earlier.click();
  await earlier.click();
  await expect(status(page)).toHaveText('Captions: 200 ms earlier');
  expect((await stored(page)).captionOffsets).toEqual({ [DEMO_SLUG]: 300, [SIGN_LANGUAGE_SLUG]: -200 });

  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
  await openPlayerDialog(page, 'Caption style…');
  await expect(status(page)).toHaveText('Captions: 300 ms later');
});

test.describe('given captions 300 ms later', () => {
  const later = { captionOffsets: { [DEMO_SLUG]: 300 } };

  test('should move voiced captions, the transcript line and the ASL note with them', async ({ page }) => {
    await openWatchPage(page, DEMO_SLUG, { ...later, voicedCaptions: true });
    const voiced = page.locator('[data-voiced-captions]');
    const line = page.locator(`li[aria-current="true"][data-start="${cue.startTime}"]`);
    const current = page.locator('[data-asl-current] .asl-current-title');

    await seekTo(page, justAfter);
    await expectCaption(page, '');
    await expect(voiced).toHaveText('');
    await expect(line).toHaveCount(0);
    await seekTo(page, cue.startTime + 0.35);
    await expectCaption(page, shown);
    await expect(voiced).toContainText(cuePlainText(cue.tree).replace(/\s+/g, ' ').trim());
    await expect(line).toHaveCount(1);

    await seekTo(page, note.startTime + 0.15);
    await expect(current).toHaveCount(0);
    await seekTo(page, note.startTime + 0.35);
    await expect(current).toContainText(note.note.title);
  });

  test('should seek a transcript line to where its caption shows', async ({ page }) => {
    await openWatchPage(page, DEMO_SLUG, later);
    await page.locator(`[data-transcript-lang="en"] li[data-start="${cue.startTime}"] a`).click();
    await expect.poll(async () => (await videoState(page)).currentTime).toBeCloseTo(cue.startTime + 0.3, 2);
    await expectCaption(page, shown);
  });

  test('should pause after a caption at its moved end, with the caption still showing', async ({ page }) => {
    // Moved while the page is open (by H), so the pause schedule must follow a change, not a load.
    await openWatchPage(page, DEMO_SLUG, { pauseAfterCaption: true });
    await page.evaluate(() => {
      document.querySelector<HTMLVideoElement>('#title-video')!.muted = true;
    });
    await page.getByRole('button', { name: 'Play' }).focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('h');
    await expect(announcer(page)).toHaveText('Captions: 300 ms later');
    await seekTo(page, cue.endTime - 0.3);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible({ timeout: 10_000 });
    const state = await videoState(page);
    expect(state.paused).toBe(true);
    // Past the file's end of the caption, before its moved end: the caption is still on screen.
    expect(state.currentTime).toBeGreaterThanOrEqual(cue.endTime);
    expect(state.currentTime).toBeLessThan(cue.endTime + 0.3);
    await expectCaption(page, shown);
    await expectNoAxeViolations(page, 'paused after a moved caption', { include: PLAYER_SECTION });
  });

  test('should apply in the embed too', async ({ page }) => {
    await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      PREFERENCES_KEY,
      writePreferences(applyPatch(DEFAULT_PREFERENCES, later)),
    ] as const);
    await page.goto(`/embed/${DEMO_SLUG}`);
    await waitForPlayer(page);
    await seekTo(page, justAfter);
    await expectCaption(page, '');
    await seekTo(page, cue.startTime + 0.35);
    await expectCaption(page, shown);
  });
});
