import type { Page } from '@playwright/test';
import { MAX_DRIFT_SECONDS } from '../components/sign-language/sign-sync';

/**
 * Waits until the sign-language interpreter is in step with the film: the same paused state and
 * rate, no seek under way on either, and within {@link MAX_DRIFT_SECONDS} of each other. Used by
 * e2e/sign-language.spec.ts (behaviour) and the bench (scripts/bench/sign-drift.ts, figures).
 * `timeout` (ms) is a guard against a window that never follows, not a speed check.
 */
export async function waitInStep(page: Page, paused: boolean, timeout = 30_000): Promise<void> {
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
    { paused, limit: MAX_DRIFT_SECONDS },
    { timeout },
  );
}
