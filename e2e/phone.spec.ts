// Verifies the site on a phone (390 × 844, touch): seeking from a transcript line or an ASL note's
// time link, far below the video, brings the video into view without moving focus (instantly with
// prefers-reduced-motion), and every target outside the player on every page is at least
// 24 × 24 CSS px (WCAG 2.5.8), except links inline in a sentence (the exception 2.5.8 makes).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { aslMoments } from '../captions/asl-moment';
import {
  applyPatch,
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  writePreferences,
} from '../components/preferences/preferences';
import { seekTo, waitForPlayer } from './media';
import { DEMO_SLUG, readTitle, transcriptOf } from './title-data';

const title = readTitle();
const entries = transcriptOf(title).flatMap((chapter) => chapter.entries);
const moments = aslMoments(title.aslNotes);

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
test.describe.configure({ timeout: 120_000 });

declare global {
  interface Window {
    /** The `behavior` of each `scrollIntoView` call made with options, in order. */
    scrollBehaviours: string[];
  }
}

/** Whether at least half of the picture's height is on screen. */
const pictureInView = (page: Page) =>
  page.evaluate(() => {
    const rect = document.querySelector('#title-video')!.getBoundingClientRect();
    const visible = Math.min(rect.bottom, window.innerHeight) - Math.max(rect.top, 0);
    return rect.height > 0 && visible >= rect.height / 2;
  });

async function seekFromFarBelow(page: Page, link: Locator, seconds: number) {
  await link.scrollIntoViewIfNeeded();
  expect(await pictureInView(page), 'the link sits below the video').toBe(false);
  await link.focus();
  await link.press('Enter');
  await page.waitForFunction(
    (t) => Math.abs(document.querySelector<HTMLVideoElement>('#title-video')!.currentTime - t) < 0.01,
    seconds,
  );
  await expect.poll(() => pictureInView(page)).toBe(true);
  await expect(link).toBeFocused();
}

test.describe('given the watch page on a phone', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.scrollBehaviours = [];
      const original = Element.prototype.scrollIntoView;
      Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
        if (typeof arg === 'object') window.scrollBehaviours.push(arg.behavior ?? 'auto');
        original.call(this, arg);
      };
    });
    await page.goto(`/watch/${DEMO_SLUG}`);
    await waitForPlayer(page);
  });

  test('should bring the video into view when a transcript line is followed, keeping focus on it', async ({
    page,
  }) => {
    const entry = entries.at(-1)!;
    const link = page.locator(`.transcript-scroller li[data-start="${entry.startTime}"] a`).first();
    await seekFromFarBelow(page, link, entry.startTime);
    expect(await page.evaluate(() => window.scrollBehaviours)).toContain('smooth');
  });

  test('should bring the video into view when an ASL note time link is followed, keeping focus on it', async ({
    page,
  }) => {
    const moment = moments.at(-1)!;
    const link = page.locator(`li[data-start="${moment.startTime}"] a[data-seek]`);
    await seekFromFarBelow(page, link, moment.startTime);
  });

  test('should bring the video into view after "Watch this moment" in a note, with focus on the note button', async ({
    page,
  }) => {
    const moment = moments[0]!;
    await page.evaluate(
      (t) =>
        new Promise<void>((resolve) => {
          const video = document.querySelector<HTMLVideoElement>('#title-video')!;
          video.addEventListener('seeked', () => resolve(), { once: true });
          video.currentTime = t;
        }),
      (moment.startTime + moment.endTime) / 2,
    );
    const trigger = page.getByRole('button', { name: `Read the full note on ${moment.note.gloss}` });
    await trigger.scrollIntoViewIfNeeded();
    await trigger.press('Enter');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Watch this moment/ })
      .press('Enter');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(trigger).toBeFocused();
    await expect.poll(() => pictureInView(page)).toBe(true);
  });

  test('should not scroll when the video is already in view', async ({ page }) => {
    const link = page.locator('.transcript-scroller li[data-start] a').first();
    await page.evaluate(() => window.scrollTo(0, 0));
    // A click dispatched to the link, without Playwright scrolling it into view first.
    await link.dispatchEvent('click', { button: 0 });
    expect(await page.evaluate(() => window.scrollBehaviours)).toEqual([]);
  });

  test.describe('and a viewer who prefers reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('should jump to the video instead of scrolling smoothly', async ({ page }) => {
      const entry = entries.at(-1)!;
      const link = page.locator(`.transcript-scroller li[data-start="${entry.startTime}"] a`).first();
      await seekFromFarBelow(page, link, entry.startTime);
      const behaviours = await page.evaluate(() => window.scrollBehaviours);
      expect(behaviours.length).toBeGreaterThan(0);
      expect(behaviours).not.toContain('smooth');
    });

    // With reduced motion the panel jumps in the same step that marks the line, so a scroll made
    // while the panel is off screen would show at once.
    test('should leave the transcript panel alone while it is off screen, and bring the current line into view once it is shown', async ({
      page,
    }) => {
      const panel = page.locator('.transcript-scroller');
      const entry = entries.at(-3)!;
      const line = panel.locator(`li[data-start="${entry.startTime}"]`).first();
      const panelOnScreen = () => panel.evaluate((p) => p.getBoundingClientRect().top < window.innerHeight);
      expect(await panelOnScreen(), 'the panel starts below the fold').toBe(false);
      await seekTo(page, entry.startTime);
      await expect(line).toHaveAttribute('aria-current', 'true');
      expect(await panel.evaluate((p) => p.scrollTop)).toBe(0);
      await panel.scrollIntoViewIfNeeded();
      await expect
        .poll(async () => {
          const [a, b] = await Promise.all([line.boundingBox(), panel.boundingBox()]);
          return !!a && !!b && a.y >= b.y - 1 && a.y + a.height <= b.y + b.height + 1;
        })
        .toBe(true);
    });
  });
});

const PAGES = [
  '/',
  `/watch/${DEMO_SLUG}`,
  `/watch/${DEMO_SLUG}/transcript`,
  `/watch/${DEMO_SLUG}/asl`,
  '/play',
  '/accessibility',
  '/no-such-page',
];

/** Targets outside the player smaller than 24 × 24, apart from links inline in running text. */
function smallTargets(page: Page) {
  return page.evaluate(() => {
    // What a disclosure hides is measured too (the description voice select, for one).
    for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    const blockOf = (el: Element): Element => {
      let node = el.parentElement;
      while (node && getComputedStyle(node).display.startsWith('inline')) node = node.parentElement;
      return node ?? document.body;
    };
    const inlineInText = (el: Element) =>
      el.tagName === 'A' &&
      getComputedStyle(el).display === 'inline' &&
      (blockOf(el).textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 1;
    return Array.from(document.querySelectorAll(selector))
      .filter((el) => !el.closest('[data-player]'))
      .filter((el) => {
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') return false;
        const rect = el.getBoundingClientRect();
        return rect.width > 0 && rect.height > 0;
      })
      .filter((el) => !inlineInText(el))
      .map((el) => ({ el, rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width < 24 || rect.height < 24)
      .map(({ el, rect }) => {
        const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
        return `${el.tagName.toLowerCase()} "${name}" ${Math.round(rect.width)}×${Math.round(rect.height)}`;
      });
  });
}

for (const path of PAGES) {
  test.describe(`given ${path} on a phone`, () => {
    test('should have no target outside the player under 24 × 24 CSS px', async ({ page }) => {
      // Audio description on, so that its settings are on the page too.
      const stored = writePreferences(
        applyPatch(DEFAULT_PREFERENCES, {
          descriptions: { ...DEFAULT_PREFERENCES.descriptions, enabled: true },
        }),
      );
      await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
        PREFERENCES_KEY,
        stored,
      ] as const);
      await page.goto(path);
      if (path === `/watch/${DEMO_SLUG}`) await waitForPlayer(page);
      expect(await smallTargets(page)).toEqual([]);
    });
  });
}
