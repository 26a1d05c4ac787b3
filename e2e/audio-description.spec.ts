// Verifies audio description and voiced captions on the watch page. A recording stub of
// `speechSynthesis.speak` (installed before the page's scripts) observes the Web Speech API:
// with description on, each description's text reaches `speak` in order and is shown in a
// visible region; extended description pauses the video (once its gap has played) while a
// description that does not fit is read and resumes it when speech ends; with the screen-reader output the text goes
// to a polite live region instead, and the hold ends after the estimated reading time; when
// speech fails (an error event, or never starting) the description and the ones after it go to
// the live region, a long one still holds the video, and a visible note says why; voiced
// captions reach their live region. Axe in each state.
import { expect, test, type Page } from '@playwright/test';
import { cuePlainText, cueSpeaker } from '../captions/cue-text-plain';
import { isSoundCue } from '../captions/transcript';
import { planDescription } from '../captions/description-plan';
import {
  availableSeconds,
  dialogueIndex,
  estimateSpeechSeconds,
  needsExtendedPause,
} from '../captions/description-timing';
import { DEFAULT_PREFERENCES } from '../components/preferences/preferences';
import { PLAYER_SECTION, expectNoAxeViolations } from './axe';
import { seekTo, waitForPlayer } from './media';
import { cuesOf, DEMO_SLUG, readTitle } from './title-data';

const title = readTitle();
const descriptions = cuesOf(title, 'descriptions').map((cue) => ({
  ...cue,
  text: cuePlainText(cue.tree).replace(/\s+/gu, ' ').trim(),
}));
const captions = cuesOf(title, 'captions');
const dialogue = dialogueIndex(captions.filter((cue) => !isSoundCue(cuePlainText(cue.tree))));
const rate = DEFAULT_PREFERENCES.descriptions.rate;
const tooLong = descriptions.filter((d) => needsExtendedPause(d, dialogue, rate));
const fitting = descriptions.filter((d) => !needsExtendedPause(d, dialogue, rate));
// Not sped up (a screen reader's rate is its own; or the fastest speed set to the viewer's), the
// film plays through the gap and waits for the rest: the description that leaves the most.
const holdFor = (d: (typeof descriptions)[number]) =>
  planDescription({
    speechSeconds: estimateSpeechSeconds(d.text),
    gapSeconds: availableSeconds(d, dialogue),
    rate,
    maxRate: rate,
  }).pauseSeconds;
const longest = [...tooLong].sort((a, b) => holdFor(b) - holdFor(a))[0];

// The watch page is heavy for axe on a shared CI machine: give each test room.
test.describe.configure({ timeout: 180_000 });

declare global {
  interface Window {
    /** Texts given to `speechSynthesis.speak`, in order. */
    spoken: string[];
    /** While true, spoken utterances wait for `finishSpeech()` before they end. */
    holdSpeech: boolean;
    finishSpeech(): void;
    /** How speech fails from now on: an `error` event as headless Chromium's, or never starting. */
    failSpeech: 'synthesis-failed' | 'never-starts' | false;
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.spoken = [];
    window.holdSpeech = false;
    window.failSpeech = false;
    const held: SpeechSynthesisUtterance[] = [];
    const fire = (utterance: SpeechSynthesisUtterance, type: 'start' | 'end') =>
      utterance.dispatchEvent(new SpeechSynthesisEvent(type, { utterance }));
    window.speechSynthesis.speak = (utterance) => {
      window.spoken.push(utterance.text);
      if (window.failSpeech === 'never-starts') return;
      if (window.failSpeech === 'synthesis-failed') {
        const error = window.failSpeech;
        setTimeout(
          () => utterance.dispatchEvent(new SpeechSynthesisErrorEvent('error', { utterance, error })),
          0,
        );
        return;
      }
      setTimeout(() => {
        fire(utterance, 'start');
        if (window.holdSpeech) held.push(utterance);
        else fire(utterance, 'end');
      }, 0);
    };
    window.finishSpeech = () => {
      for (const utterance of held.splice(0)) fire(utterance, 'end');
    };
  });
  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
});

const video = (page: Page) =>
  page.evaluate(() => {
    const v = document.querySelector<HTMLVideoElement>('#title-video')!;
    return { paused: v.paused, currentTime: v.currentTime };
  });
const play = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.play());
const pause = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.pause());
/** Seeks a little before the description, so that playing crosses its start. */
const justBefore = (startTime: number) => Math.max(0, startTime - 0.3);

async function turnOnDescriptions(page: Page) {
  const toggle = page.getByRole('button', { name: 'Audio description' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}

/** Descriptions are never sped up to fit: the fastest speed is the viewer's own. */
async function neverFaster(page: Page) {
  await page.getByText('Description settings').click();
  await page.getByRole('slider', { name: /^Fastest speed/ }).focus();
  await page.keyboard.press('Home');
}

async function setExtended(page: Page, on: boolean) {
  await page.getByText('Description settings').click();
  await page
    .getByRole('checkbox', { name: /Pause the video while a long description is read/ })
    .setChecked(on);
}

test.describe('given the watch page with audio description off', () => {
  test('should speak nothing and show no description', async ({ page }) => {
    const first = descriptions[0]!;
    await seekTo(page, justBefore(first.startTime));
    await play(page);
    await page.waitForFunction(
      (t) => document.querySelector<HTMLVideoElement>('#title-video')!.currentTime > t,
      first.startTime + 0.2,
    );
    await pause(page);
    expect(await page.evaluate(() => window.spoken)).toEqual([]);
    await expect(page.locator('[data-description-display]')).toHaveCount(0);
  });
});

test.describe('given audio description turned on', () => {
  test('should speak each description in order and show it', async ({ page }) => {
    await turnOnDescriptions(page);
    await setExtended(page, false);
    await expectNoAxeViolations(page, 'descriptions on', { include: PLAYER_SECTION });
    for (const [i, description] of descriptions.entries()) {
      await seekTo(page, justBefore(description.startTime));
      await play(page);
      await page.waitForFunction((count) => window.spoken.length >= count, i + 1);
      await expect(page.locator('[data-description-text]')).toHaveText(description.text);
      await pause(page);
    }
    expect(await page.evaluate(() => window.spoken)).toEqual(descriptions.map((d) => d.text));
    await expectNoAxeViolations(page, 'a description shown', { include: PLAYER_SECTION });
  });

  test('should pause for a description too long for its gap and resume when speech ends', async ({
    page,
  }) => {
    const description = longest;
    expect(description, 'the demo has a description that needs extended description').toBeDefined();
    await page.evaluate(() => (window.holdSpeech = true));
    await turnOnDescriptions(page);
    await neverFaster(page);
    await seekTo(page, justBefore(description!.startTime));
    await play(page);
    await page.waitForFunction((text) => window.spoken.includes(text), description!.text);
    await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('#title-video')!.paused);
    const held = await video(page);
    // It plays through its gap first, then waits for the rest (description-plan.spec.ts).
    expect(held.currentTime).toBeGreaterThanOrEqual(description!.startTime);
    await expectNoAxeViolations(page, 'extended description holding', { include: PLAYER_SECTION });
    await page.evaluate(() => window.finishSpeech());
    await page.waitForFunction(() => !document.querySelector<HTMLVideoElement>('#title-video')!.paused);
  });

  test('should not pause for a description that fits its gap', async ({ page }) => {
    const description = fitting[0];
    expect(description, 'the demo has a description that fits').toBeDefined();
    await page.evaluate(() => (window.holdSpeech = true));
    await turnOnDescriptions(page);
    await seekTo(page, justBefore(description!.startTime));
    await play(page);
    await page.waitForFunction((text) => window.spoken.includes(text), description!.text);
    // Still playing once the video has moved well past the description's start.
    await page.waitForFunction(
      (t) => document.querySelector<HTMLVideoElement>('#title-video')!.currentTime > t,
      description!.startTime + 0.5,
    );
    expect((await video(page)).paused).toBe(false);
  });

  test('should send descriptions to a polite live region for a screen reader, holding for the reading time', async ({
    page,
  }) => {
    const description = longest!;
    await turnOnDescriptions(page);
    await page.getByText('Description settings').click();
    await page.getByRole('radio', { name: 'Through my screen reader' }).check();
    const announcer = page.locator('[data-description-announcer]');
    await expect(announcer).toHaveAttribute('aria-live', 'polite');
    await seekTo(page, justBefore(description.startTime));
    await play(page);
    await expect(announcer).toHaveText(description.text);
    await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('#title-video')!.paused);
    await expectNoAxeViolations(page, 'description sent to the screen reader', { include: PLAYER_SECTION });
    await page.waitForFunction(
      () => !document.querySelector<HTMLVideoElement>('#title-video')!.paused,
      undefined,
      {
        timeout: 20_000,
      },
    );
    expect(await page.evaluate(() => window.spoken)).toEqual([]);
  });
});

test.describe('given audio description aloud and speech that fails', () => {
  for (const failure of ['synthesis-failed', 'never-starts'] as const) {
    test(`should announce a long description and hold the video when speech ${failure === 'never-starts' ? 'never starts' : 'fails with synthesis-failed'}`, async ({
      page,
    }) => {
      const description = longest!;
      await page.evaluate((f) => (window.failSpeech = f), failure);
      await turnOnDescriptions(page);
      const announcer = page.locator('[data-description-announcer]');
      await seekTo(page, justBefore(description.startTime));
      await play(page);
      await expect(announcer).toHaveText(description.text);
      await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('#title-video')!.paused);
      const held = await video(page);
      expect(held.currentTime).toBeGreaterThanOrEqual(description.startTime);
      // The reason names the failure, or the missing voice (headless Chromium has none).
      await expect(page.locator('[data-speech-note]')).toContainText(
        failure === 'never-starts'
          ? /Speech is not available \((the browser did not start speaking|this browser has no voice installed)\)/
          : /Speech is not available \((.*“synthesis-failed”|this browser has no voice installed)\)/,
      );
      await expectNoAxeViolations(page, `speech failed (${failure}), description announced`, {
        include: PLAYER_SECTION,
      });
      await page.waitForFunction(
        () => !document.querySelector<HTMLVideoElement>('#title-video')!.paused,
        undefined,
        { timeout: 20_000 },
      );
    });
  }

  test('should send the descriptions after a failure straight to the live region', async ({ page }) => {
    const [first, next] = [descriptions[0]!, descriptions.at(-1)!];
    await page.evaluate(() => (window.failSpeech = 'synthesis-failed'));
    await turnOnDescriptions(page);
    await setExtended(page, false);
    const announcer = page.locator('[data-description-announcer]');
    await seekTo(page, justBefore(first.startTime));
    await play(page);
    await expect(announcer).toHaveText(first.text);
    await pause(page);
    await seekTo(page, justBefore(next.startTime));
    await play(page);
    await expect(announcer).toHaveText(next.text);
    await pause(page);
    expect(await page.evaluate(() => window.spoken)).toEqual([first.text]);
  });
});

test.describe('given voiced captions turned on', () => {
  test('should send the current caption to a polite live region', async ({ page }) => {
    const region = page.locator('[data-voiced-captions]');
    await expect(region).toHaveAttribute('aria-live', 'polite');
    const cue = captions.find((c) => cueSpeaker(c.tree) && !isSoundCue(cuePlainText(c.tree)))!;
    await seekTo(page, (cue.startTime + cue.endTime) / 2);
    await expect(region).toHaveText('');
    await page.getByRole('checkbox', { name: 'Voice captions to my screen reader' }).check();
    await expect(region).toHaveText(
      `${cueSpeaker(cue.tree)}: ${cuePlainText(cue.tree).replace(/\s+/gu, ' ').trim()}`,
    );
    await expectNoAxeViolations(page, 'voiced captions on', { include: PLAYER_SECTION });
  });
});
