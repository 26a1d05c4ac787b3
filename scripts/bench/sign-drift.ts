// Sign-language window drift: how far the interpreter video is from the film, measured on the
// film's next 30 rendered frames (`requestVideoFrameCallback`) after play, after a rate change
// to 1.5 and after a seek while playing, on the fixture title with an interpreter video. A speed
// figure, so it lives here and not in the browser tests (e2e/sign-language.spec.ts checks that
// the window follows play, pause, seek and rate; under load a decoder can stall for a frame).
import type { Page } from '@playwright/test';
import { MAX_DRIFT_SECONDS } from '../../components/sign-language/sign-sync';
import { waitInStep } from '../../e2e/sign-in-step';
import { verdict, type BenchRow, type SectionResult } from './bench-row';
import { fixed, median } from './stats';

const SECTION = 'Sign-language window drift (30 frames)';
const FRAMES = 30;
/** At most this many frames of the 30 may be over the limit (one in ten: a decoder stall). */
const MAX_FRAMES_OVER = 3;

/** The drift (seconds) at each of the film's next `frames` frames, skipping frames mid-correction. */
function driftOverFrames(page: Page, frames: number): Promise<number[]> {
  return page.evaluate(
    (frames) =>
      new Promise<number[]>((resolve) => {
        const main = document.querySelector<HTMLVideoElement>('#title-video')!;
        const sign = document.querySelector<HTMLVideoElement>('[data-sign-video]')!;
        const drifts: number[] = [];
        const onFrame = () => {
          if (!sign.seeking) drifts.push(Math.abs(sign.currentTime - main.currentTime));
          if (drifts.length >= frames) resolve(drifts);
          else main.requestVideoFrameCallback(onFrame);
        };
        main.requestVideoFrameCallback(onFrame);
      }),
    frames,
  );
}

function rowsFor(state: string, drifts: readonly number[]): BenchRow[] {
  const over = drifts.filter((d) => d > MAX_DRIFT_SECONDS).length;
  const limitMs = MAX_DRIFT_SECONDS * 1000;
  return [
    {
      section: SECTION,
      figure: `${state}: median · worst drift`,
      value: `${fixed(median(drifts) * 1000, 0)} ms · ${fixed(Math.max(...drifts) * 1000, 0)} ms`,
      budget: `median ≤ ${limitMs} ms`,
      verdict: verdict(median(drifts) <= MAX_DRIFT_SECONDS),
    },
    {
      section: SECTION,
      figure: `${state}: frames over ${limitMs} ms`,
      value: `${over} of ${drifts.length}`,
      budget: `≤ ${MAX_FRAMES_OVER}`,
      verdict: verdict(over <= MAX_FRAMES_OVER),
    },
  ];
}

export async function measureSignDrift(
  page: Page,
  origin: string,
  watchPath: string,
): Promise<SectionResult> {
  await page.goto(`${origin}${watchPath}`);
  await page.waitForFunction(() => {
    const main = document.querySelector<HTMLVideoElement>('#title-video');
    const sign = document.querySelector<HTMLVideoElement>('[data-sign-video]');
    return !!main && !main.controls && main.readyState >= 1 && !!sign && sign.readyState >= 1;
  });
  await page.evaluate(() => (document.querySelector<HTMLVideoElement>('#title-video')!.muted = true));
  const duration = await page.evaluate(
    () => document.querySelector<HTMLVideoElement>('#title-video')!.duration,
  );
  const data: Record<string, number[]> = {};

  await page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.play());
  await waitInStep(page, false);
  data['after play'] = await driftOverFrames(page, FRAMES);

  await page.evaluate(() => (document.querySelector<HTMLVideoElement>('#title-video')!.playbackRate = 1.5));
  await waitInStep(page, false);
  data['after a rate change to 1.5'] = await driftOverFrames(page, FRAMES);

  await page.evaluate(
    (to) =>
      new Promise<void>((resolve) => {
        const video = document.querySelector<HTMLVideoElement>('#title-video')!;
        video.addEventListener('seeked', () => resolve(), { once: true });
        video.currentTime = to;
      }),
    duration / 2,
  );
  await waitInStep(page, false);
  data['after a seek while playing'] = await driftOverFrames(page, FRAMES);
  await page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.pause());

  return { rows: Object.entries(data).flatMap(([state, drifts]) => rowsFor(state, drifts)), data };
}
