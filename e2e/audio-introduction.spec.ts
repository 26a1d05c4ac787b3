// Verifies the audio introduction on the watch page (issue #14, SBS-style): a "Play audio
// introduction" control before the film speaks the title's introduction (read from its folder
// through the same core the app uses) paragraph by paragraph with the Web Speech API (observed by
// a stand-in for `speechSynthesis.speak` installed before the page's scripts), pauses the film,
// stops on the same button, and is reachable and operable from the keyboard; the text is there
// to read. Axe runs in each new state.
import { expect, test, type Page } from '@playwright/test';
import { PLAYER_SECTION, expectNoAxeViolations } from './axe';
import { waitForPlayer } from './media';
import { DEMO_SLUG, readTitle } from './title-data';

const introduction = readTitle(DEMO_SLUG).audioIntroduction!;

test.describe.configure({ timeout: 180_000 });

declare global {
  interface Window {
    /** Texts given to `speechSynthesis.speak`, in order. */
    spoken: string[];
    /** Ends the utterance being spoken. */
    finishSpeech(): void;
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.spoken = [];
    let current: SpeechSynthesisUtterance | null = null;
    const fire = (utterance: SpeechSynthesisUtterance, type: 'start' | 'end') =>
      utterance.dispatchEvent(new SpeechSynthesisEvent(type, { utterance }));
    window.speechSynthesis.speak = (utterance) => {
      window.spoken.push(utterance.text);
      current = utterance;
      setTimeout(() => fire(utterance, 'start'), 0);
    };
    window.finishSpeech = () => {
      const utterance = current;
      current = null;
      if (utterance) fire(utterance, 'end');
    };
  });
  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
});

const status = (page: Page) => page.locator('.audio-introduction-status');
const paused = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.paused);

test.describe('given the demo title, which has an audio introduction', () => {
  test('should speak it paragraph by paragraph from the keyboard, with the film paused', async ({ page }) => {
    const control = page.getByRole('button', { name: 'Audio introduction', exact: true });
    await expect(control).toHaveAccessibleDescription(/who is who/);
    await expectNoAxeViolations(page, 'audio introduction offered', { include: PLAYER_SECTION });

    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.play());
    await expect.poll(() => paused(page)).toBe(false);
    await control.focus();
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('Playing the audio introduction. The film is paused.');
    expect(await paused(page)).toBe(true);
    await expect(control).toBeFocused();
    await expect(control).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations(page, 'audio introduction speaking', { include: PLAYER_SECTION });

    for (let i = 1; i < introduction.paragraphs.length; i += 1) {
      await page.waitForFunction((n) => window.spoken.length === n, i);
      await page.evaluate(() => window.finishSpeech());
    }
    await page.waitForFunction((n) => window.spoken.length === n, introduction.paragraphs.length);
    expect(await page.evaluate(() => window.spoken)).toEqual(introduction.paragraphs);
    await page.evaluate(() => window.finishSpeech());
    await expect(status(page)).toHaveText('The audio introduction has ended.');
    await expectNoAxeViolations(page, 'audio introduction ended', { include: PLAYER_SECTION });
  });

  test('should stop on the same button and offer the text to read', async ({ page }) => {
    const control = page.getByRole('button', { name: 'Audio introduction', exact: true });
    await control.click();
    await expect(control).toHaveAttribute('aria-pressed', 'true');
    await control.press('Enter');
    await expect(control).toBeFocused();
    await expect(control).toHaveAttribute('aria-pressed', 'false');
    await expect(status(page)).toHaveText('');
    expect(await page.evaluate(() => window.spoken)).toEqual([introduction.paragraphs[0]]);

    await page.getByText('Read the audio introduction').click();
    await expect(page.getByText(introduction.paragraphs[1]!)).toBeVisible();
    await expectNoAxeViolations(page, 'audio introduction text open', { include: PLAYER_SECTION });
  });
});
