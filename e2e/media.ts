import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { DEMO_SLUG } from './title-data';

/** Seeks the page's main video and resolves after its `seeked` event (never a sleep). */
export async function seekTo(page: Page, seconds: number, selector = '#title-video'): Promise<void> {
  await page.evaluate(
    ({ seconds, selector }) =>
      new Promise<void>((resolve) => {
        const video = document.querySelector<HTMLVideoElement>(selector)!;
        video.addEventListener('seeked', () => resolve(), { once: true });
        video.currentTime = seconds;
      }),
    { seconds, selector },
  );
}

/**
 * Waits until the page's main video has finished seeking to `seconds`, after something on the page
 * (a click, a key) asked it to. Polls rather than listening for `seeked`: a listener attached from
 * the test can arrive after a fast seek has already ended, and then waits forever.
 */
export async function expectSeekedTo(page: Page, seconds: number, selector = '#title-video'): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate((selector) => {
        const video = document.querySelector<HTMLVideoElement>(selector);
        return video && !video.seeking ? video.currentTime : Number.NaN;
      }, selector),
    )
    .toBeCloseTo(seconds, 2);
}

/** Waits until the player has hydrated and taken over from the native controls. */
export async function waitForPlayer(page: Page): Promise<void> {
  await page.locator('[data-caption-overlay]').waitFor({ state: 'attached' });
  await page.waitForFunction(() => {
    const video = document.querySelector<HTMLVideoElement>('#title-video');
    return !!video && video.readyState >= 1 && !video.controls;
  });
}

/** Reads a property of the main video. */
export function videoState(page: Page) {
  return page.evaluate(() => {
    const v = document.querySelector<HTMLVideoElement>('#title-video')!;
    return {
      currentTime: v.currentTime,
      paused: v.paused,
      muted: v.muted,
      volume: v.volume,
      playbackRate: v.playbackRate,
      trackModes: Array.from(v.textTracks).map((t) => t.mode),
    };
  });
}

/** Chooses `option` in the player's settings menu, under its Captions or Speed submenu. */
export async function chooseSetting(
  page: Page,
  setting: 'Captions' | 'Speed',
  option: string,
): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${setting}: `) }).click();
  await page
    .getByRole('menu', { name: setting })
    .getByRole('menuitemradio', { name: option, exact: true })
    .click();
}

/** Opens one of the player's dialogs from its settings menu, by pointer or (`keyboard`) by keys. */
export async function openPlayerDialog(
  page: Page,
  item: 'Caption style…' | 'Keyboard shortcuts…',
  { keyboard = false } = {},
): Promise<void> {
  const settings = page.getByRole('button', { name: 'Settings' });
  if (!keyboard) {
    await settings.click();
    await page.getByRole('menuitem', { name: item }).click();
    return;
  }
  await settings.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: item }).focus();
  await page.keyboard.press('Enter');
}

/**
 * Chooses the demo title's video and a one-cue caption file on /play (named `name`.webm and
 * `name`.en.vtt), then waits for the player.
 */
export async function loadPlayFiles(page: Page, name: string, captions: string): Promise<void> {
  await page.getByLabel('Video file').setInputFiles({
    name: `${name}.webm`,
    mimeType: 'video/webm',
    buffer: readFileSync(path.join('public', 'media', DEMO_SLUG, 'featurette.webm')),
  });
  await page.getByLabel('Caption file').setInputFiles({
    name: `${name}.en.vtt`,
    mimeType: 'text/vtt',
    buffer: Buffer.from(captions, 'utf8'),
  });
  await waitForPlayer(page);
}
