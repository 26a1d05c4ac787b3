import type { Page } from '@playwright/test';

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
