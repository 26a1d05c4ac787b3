import type { Page } from '@playwright/test';
import { MAX_DRIFT_SECONDS } from '../components/sign-language/sign-sync';

/**
 * Waits until the sign-language interpreter is in step with the film: the same paused state and
 * rate, no seek under way on either, and within `limit` seconds of each other (by default
 * {@link MAX_DRIFT_SECONDS}, what the window corrects to; the bench, scripts/bench/sign-drift.ts,
 * measures against it). e2e/sign-language.spec.ts passes a wider limit: it checks that the window
 * follows (a seek moves it by a minute), not how closely, which a loaded machine would make flaky.
 * `timeout` (ms) is a guard against a window that never follows, not a speed check.
 */
export async function waitInStep(
  page: Page,
  paused: boolean,
  { limit = MAX_DRIFT_SECONDS, timeout = 30_000 }: { limit?: number; timeout?: number } = {},
): Promise<void> {
  await page.waitForFunction(
    ({ paused, limit }) => {
      const main = document.querySelector<HTMLVideoElement>('#title-video');
      const sign = document.querySelector<HTMLVideoElement>('[data-sign-video]');
      return (
        !!main &&
        !!sign &&
        main.paused === paused &&
        sign.paused === paused &&
        !main.seeking &&
        !sign.seeking &&
        sign.playbackRate === main.playbackRate &&
        Math.abs(sign.currentTime - main.currentTime) <= limit
      );
    },
    { paused, limit },
    { timeout },
  );
}
