// Verifies "description that fits" (issue #14; FOMS 2018, w3c/wcag#599) on the watch page, with a
// recording stub of `speechSynthesis.speak` (installed before the page's scripts) whose speech
// ends only when the test says so: a description that fits its gap is spoken at the viewer's
// rate over the playing film, whose volume is lowered to the viewer's duck level and put back
// after (the volume slider shows the viewer's own volume meanwhile, and a key changes that);
// one that fits only faster is spoken at the rate the core's plan gives, the film playing on past
// the gap; with the fastest speed set to the viewer's own, one that does not fit plays
// into its gap and then holds the film until speech ends. The duck level and fastest speed are
// set by keyboard in the description settings, and kept across a reload. What each description
// needs is computed from the shipped files by the core's `planDescription`, not written here.
// Axe on the Player section in the new states.
import { expect, test, type Page } from '@playwright/test';
import { cuePlainText } from '../captions/cue-text-plain';
import { planDescription } from '../captions/description-plan';
import { availableSeconds, dialogueIndex, estimateSpeechSeconds } from '../captions/description-timing';
import { isSoundCue } from '../captions/transcript';
import { DEFAULT_PREFERENCES, PREFERENCES_KEY, readPreferences } from '../components/preferences/preferences';
import { expectNoAxeViolations, PLAYER_SECTION } from './axe';
import { seekTo, videoState, waitForPlayer } from './media';
import { cuesOf, DEMO_SLUG, readTitle } from './title-data';

const title = readTitle();
const dialogue = dialogueIndex(
  cuesOf(title, 'captions').filter((cue) => !isSoundCue(cuePlainText(cue.tree))),
);
const { rate, maxRate, duckLevel } = DEFAULT_PREFERENCES.descriptions;
const descriptions = cuesOf(title, 'descriptions').map((cue) => {
  const text = cuePlainText(cue.tree).replace(/\s+/gu, ' ').trim();
  const gap = availableSeconds(cue, dialogue);
  const plan = (max: number) =>
    planDescription({ speechSeconds: estimateSpeechSeconds(text), gapSeconds: gap, rate, maxRate: max });
  return { startTime: cue.startTime, text, gap, plan };
});
const fitting = descriptions.find((d) => d.plan(maxRate).rate === rate && d.plan(maxRate).duck);
const faster = descriptions.find((d) => d.plan(maxRate).rate > rate && d.plan(maxRate).pauseSeconds === 0);
// With the fastest speed set to the viewer's own: the one that leaves the most to hold for.
const tooLong = descriptions
  .filter((d) => d.plan(rate).pauseSeconds > 0)
  .sort((a, b) => b.plan(rate).pauseSeconds - a.plan(rate).pauseSeconds)[0];

test.describe.configure({ timeout: 180_000 });

declare global {
  interface Window {
    /** Each utterance given to `speechSynthesis.speak`: its text and rate. */
    utterances: { text: string; rate: number }[];
    /** Ends every utterance spoken so far. */
    finishSpeech(): void;
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.utterances = [];
    const held: SpeechSynthesisUtterance[] = [];
    const fire = (utterance: SpeechSynthesisUtterance, type: 'start' | 'end') =>
      utterance.dispatchEvent(new SpeechSynthesisEvent(type, { utterance }));
    window.speechSynthesis.speak = (utterance) => {
      window.utterances.push({ text: utterance.text, rate: utterance.rate });
      setTimeout(() => {
        fire(utterance, 'start');
        held.push(utterance);
      }, 0);
    };
    window.finishSpeech = () => {
      for (const utterance of held.splice(0)) fire(utterance, 'end');
    };
  });
  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
});

const play = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.play());
const spoken = (page: Page, text: string) =>
  page.waitForFunction((t) => window.utterances.some((u) => u.text === t), text);
const rateSpoken = (page: Page, text: string) =>
  page.evaluate((t) => window.utterances.find((u) => u.text === t)?.rate, text);
const volumeIs = (page: Page, volume: number) =>
  page.waitForFunction(
    (v) => Math.abs(document.querySelector<HTMLVideoElement>('#title-video')!.volume - v) < 0.011,
    volume,
  );
const timePasses = (page: Page, seconds: number) =>
  page.waitForFunction(
    (t) => document.querySelector<HTMLVideoElement>('#title-video')!.currentTime > t,
    seconds,
  );
const stored = (page: Page) =>
  page.evaluate((key) => window.localStorage.getItem(key), PREFERENCES_KEY).then(readPreferences);

async function turnOnDescriptions(page: Page) {
  await page.getByRole('button', { name: 'Audio description' }).click();
  await expect(page.getByRole('button', { name: 'Audio description' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
}

/** Plays from a little before `startTime`, so that playing crosses the description's start. */
async function playInto(page: Page, startTime: number) {
  await seekTo(page, Math.max(0, startTime - 0.3));
  await play(page);
}

test.describe('given audio description turned on', () => {
  test('should duck the film while a description that fits is spoken, and restore it after', async ({
    page,
  }) => {
    expect(fitting, "the demo has a description that fits at the viewer's rate").toBeDefined();
    await turnOnDescriptions(page);
    await playInto(page, fitting!.startTime);
    await spoken(page, fitting!.text);
    expect(await rateSpoken(page, fitting!.text)).toBe(rate);
    await volumeIs(page, duckLevel);
    expect((await videoState(page)).paused).toBe(false);
    // The slider shows the viewer's volume, not the ducked one: a key raises it from there.
    const slider = page.getByRole('slider', { name: 'Volume' });
    await expect(slider).toHaveAttribute('aria-valuetext', '100 percent');
    await expectNoAxeViolations(page, 'description spoken over the ducked film', { include: PLAYER_SECTION });
    await slider.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', '95 percent');
    await volumeIs(page, 0.95 * duckLevel);

    await page.evaluate(() => window.finishSpeech());
    await volumeIs(page, 0.95);
    expect((await videoState(page)).paused).toBe(false);
  });

  test('should speak a description faster to fit, and never hold the film for it', async ({ page }) => {
    expect(faster, 'the demo has a description that fits only when spoken faster').toBeDefined();
    await turnOnDescriptions(page);
    await playInto(page, faster!.startTime);
    await spoken(page, faster!.text);
    expect(await rateSpoken(page, faster!.text)).toBeCloseTo(faster!.plan(maxRate).rate, 2);
    // Still speaking (the stub holds it) after the gap has passed: the film plays on, ducked.
    await timePasses(page, faster!.startTime + faster!.gap + 0.2);
    const state = await videoState(page);
    expect(state.paused).toBe(false);
    expect(state.volume).toBeCloseTo(duckLevel, 2);
  });

  test('should set the duck level and fastest speed by keyboard, keep them, and hold only for what is left', async ({
    page,
  }) => {
    expect(tooLong, "the demo has a description too long for its gap at the viewer's rate").toBeDefined();
    await turnOnDescriptions(page);
    await page.getByText('Description settings').click();
    await expect(page.locator('[data-description-how]')).toContainText(
      'the video waits only for what is still left',
    );
    const duck = page.getByRole('slider', { name: /^Film volume while a description is read/ });
    await duck.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(duck).toHaveAttribute('aria-valuetext', '50 percent of its volume');
    const fastest = page.getByRole('slider', { name: /^Fastest speed, to fit a long description/ });
    await fastest.focus();
    await page.keyboard.press('Home');
    // Below the viewer's own speed counts as their speed: never slower to fit.
    await expect(fastest).toHaveAttribute('aria-valuetext', `${rate} times`);
    await expectNoAxeViolations(page, 'description settings with duck level and fastest speed', {
      include: PLAYER_SECTION,
    });

    await page.reload();
    await waitForPlayer(page);
    const kept = (await stored(page)).descriptions;
    expect(kept.duckLevel).toBe(0.5);
    expect(kept.maxRate).toBe(0.5);

    await playInto(page, tooLong!.startTime);
    await spoken(page, tooLong!.text);
    expect(await rateSpoken(page, tooLong!.text)).toBe(rate);
    await volumeIs(page, 0.5);
    await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('#title-video')!.paused);
    // It played into the gap before holding: only what is left waits.
    expect((await videoState(page)).currentTime).toBeGreaterThan(tooLong!.startTime + tooLong!.gap / 2);
    await expectNoAxeViolations(page, 'film held for the rest of a description', { include: PLAYER_SECTION });

    await page.evaluate(() => window.finishSpeech());
    await page.waitForFunction(() => !document.querySelector<HTMLVideoElement>('#title-video')!.paused);
    await volumeIs(page, 1);
  });
});
