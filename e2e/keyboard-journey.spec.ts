// Verifies a keyboard-only journey on the watch page: the Tab stops from page load to the Play
// button and on to the transcript search go skip link first, then only the site navigation, the
// skip links and the player before Play, then only the player's and the transcript's controls, in
// that order, before the search, each within a bound (the counts are reported as annotations); the
// "Skip to player" and "Skip to transcript" links move focus to their sections; each of the first
// 40 Tab stops shows a focus indicator; and focus returns to a control, never to the body, after
// each dialog closes and after a caption track or speed is chosen in the player's settings menu.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { aslMoments } from '../captions/asl-moment';
import { seekTo, waitForPlayer } from './media';
import { DEMO_SLUG, readTitle } from './title-data';

/**
 * Bounds on the Tab stops from page load. Play sits after the skip links, the site navigation and
 * the seek slider; the transcript search after the player's controls. The bounds leave room for a
 * control or two more, and fail if a long run of stops (every chapter, every cue) lands in front.
 */
const PLAY_BOUND = 12;
const SEARCH_BOUND = 40;

const focusedIsBody = (page: Page) =>
  page.evaluate(() => document.activeElement === document.body || document.activeElement === null);

/** Where a Tab stop is: a skip link, the site navigation, the Player or Transcript section, or elsewhere. */
type Region = 'skip link' | 'navigation' | 'player' | 'transcript' | 'elsewhere';
interface Stop {
  name: string;
  region: Region;
  /** Whether it is the Play button. */
  isPlay: boolean;
}

/** The focused element, named and placed. */
async function focusedStop(page: Page): Promise<Stop> {
  const play = await page.getByRole('button', { name: 'Play', exact: true }).elementHandle();
  return page.evaluate((play): Stop => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '(body)', region: 'elsewhere', isPlay: false };
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40) || el.tagName;
    const inSection = (id: string) => document.getElementById(id)?.closest('section')?.contains(el) ?? false;
    const region: Region =
      el.matches('a[href^="#"]') && /^Skip to /.test(el.textContent ?? '')
        ? 'skip link'
        : el.closest('nav')
          ? 'navigation'
          : inSection('player-heading')
            ? 'player'
            : inSection('transcript-heading')
              ? 'transcript'
              : 'elsewhere';
    return { name, region, isPlay: el === play };
  }, play);
}

/** Presses Tab up to `bound` times: the stops on the way, and whether it reached `target`. */
async function tabJourney(
  page: Page,
  target: Locator,
  bound: number,
): Promise<{ stops: Stop[]; reached: boolean }> {
  const stops: Stop[] = [];
  for (let stop = 1; stop <= bound; stop++) {
    await page.keyboard.press('Tab');
    stops.push(await focusedStop(page));
    if (await target.evaluate((el) => el === document.activeElement)) return { stops, reached: true };
  }
  return { stops, reached: false };
}

async function tabsTo(page: Page, target: Locator, bound: number): Promise<void> {
  const { reached } = await tabJourney(page, target, bound);
  if (!reached) throw new Error(`not reached within ${bound} Tab stops`);
}

const listed = (stops: readonly Stop[]) =>
  stops.map((s, i) => `${i + 1}. ${s.name} (${s.region})`).join('\n');

test.describe('given the watch page loaded and used with the keyboard only', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/watch/${DEMO_SLUG}`);
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  });

  test('should go from the skip links through the player to the transcript search in few Tab stops', async ({
    page,
  }) => {
    const { stops, reached } = await tabJourney(
      page,
      page.getByLabel('Search the transcript').first(),
      SEARCH_BOUND,
    );
    const journey = listed(stops);
    expect(reached, `the transcript search within ${SEARCH_BOUND} Tab stops:\n${journey}`).toBe(true);
    const play = stops.findIndex((s) => s.isPlay) + 1;
    expect(play, `Play within ${PLAY_BOUND} Tab stops:\n${journey}`).toBeGreaterThan(0);
    expect(play, `Play within ${PLAY_BOUND} Tab stops:\n${journey}`).toBeLessThanOrEqual(PLAY_BOUND);
    test
      .info()
      .annotations.push(
        { type: 'Tab stops to Play', description: String(play) },
        { type: 'Tab stops to the transcript search', description: String(stops.length) },
      );

    // A skip link first (WCAG 2.4.1); before Play only the way there: navigation, skip links, player.
    expect(stops[0]?.region, `the first Tab stop:\n${journey}`).toBe('skip link');
    const beforePlay = stops.slice(0, play - 1).map((s) => s.region);
    expect(
      beforePlay.filter((r) => r !== 'skip link' && r !== 'navigation' && r !== 'player'),
      `Tab stops before Play outside the way there:\n${journey}`,
    ).toEqual([]);
    // From Play to the search: the player's controls, then the transcript's, nothing else between.
    const afterPlay = stops.slice(play).map((s) => s.region);
    const firstInTranscript = afterPlay.indexOf('transcript');
    expect(firstInTranscript, `the search is in the Transcript section:\n${journey}`).toBeGreaterThanOrEqual(
      0,
    );
    expect(
      afterPlay.slice(0, firstInTranscript).every((r) => r === 'player'),
      `player controls first:\n${journey}`,
    ).toBe(true);
    expect(
      afterPlay.slice(firstInTranscript).every((r) => r === 'transcript'),
      `then the transcript:\n${journey}`,
    ).toBe(true);
  });

  for (const [name, heading] of [
    ['Skip to player', 'Player'],
    ['Skip to transcript', 'Transcript'],
  ] as const) {
    test(`should move focus to the ${heading} section with "${name}"`, async ({ page }) => {
      const link = page.getByRole('link', { name });
      await tabsTo(page, link, PLAY_BOUND);
      await expect(link).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeFocused();
      // The next Tab continues from the section, not from the top of the page.
      await page.keyboard.press('Tab');
      const inSection = await page.evaluate(
        (id) => document.getElementById(id)?.closest('section')?.contains(document.activeElement) ?? false,
        heading === 'Player' ? 'player-heading' : 'transcript-heading',
      );
      expect(inSection).toBe(true);
    });
  }

  test('should Tab from the last line of a transcript chapter to the next chapter and back', async ({
    page,
  }) => {
    // The next chapter is below the panel's view, skipped by `content-visibility: auto`: Chromium
    // once sent this Tab to the page's body in about 1 load in 6.
    const chapters = page.locator('[data-transcript-lang]:not([hidden]) .transcript-chapter');
    // The second and third chapters: the first holds the current line, laid out in full anyway.
    const last = chapters.nth(1).locator('li a').last();
    await last.focus();
    await page.keyboard.press('Tab');
    await expect(chapters.nth(2).locator('li a').first()).toBeFocused();
    // The chapter before the focused one is laid out in full, so Shift+Tab reaches its last line
    // even where the browser would skip it; only while keyboard focus is in the transcript.
    const layout = (chapter: Locator) => chapter.evaluate((c) => getComputedStyle(c).contentVisibility);
    await expect.poll(() => layout(chapters.nth(1))).toBe('visible');
    await page.keyboard.press('Shift+Tab');
    await expect(last).toBeFocused();
    await page.getByRole('searchbox', { name: 'Search the transcript' }).focus();
    await expect.poll(() => layout(chapters.nth(1))).toBe('auto');
  });

  test('should show a focus outline or ring on each of the first 40 Tab stops', async ({ page }) => {
    for (let stop = 1; stop <= 40; stop++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        return {
          name: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
          visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
        };
      });
      expect(focus, `Tab stop ${stop} landed on the body`).not.toBeNull();
      expect(focus!.visible, `Tab stop ${stop} (${focus!.name}) has no visible focus`).toBe(true);
    }
  });

  for (const [item, dialogName] of [
    ['Caption style…', 'Caption settings'],
    ['Keyboard shortcuts…', 'Keyboard shortcuts'],
  ] as const) {
    test(`should return focus to Settings when "${dialogName}" closes with Escape`, async ({ page }) => {
      const button = page.getByRole('button', { name: 'Settings', exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('menuitem', { name: item }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog', { name: dialogName })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: dialogName })).toBeHidden();
      await expect(button).toBeFocused();
    });
  }

  test('should return focus to the note button when an ASL note dialog closes', async ({ page }) => {
    const [moment] = aslMoments(readTitle().aslNotes);
    if (!moment) throw new Error('the demo title has no ASL note');
    await waitForPlayer(page);
    await seekTo(page, (moment.startTime + moment.endTime) / 2);
    const opener = page.getByRole('button', { name: `Read the full note on ${moment.note.gloss}` });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Focus returns as the dialog closes: wait for it, then make sure it never fell to the body.
    await expect(opener).toBeFocused();
    expect(await focusedIsBody(page)).toBe(false);
  });

  for (const label of ['Captions', 'Speed']) {
    test(`should return focus to Settings after choosing in the ${label} submenu with the keys`, async ({
      page,
    }) => {
      const settings = page.getByRole('button', { name: 'Settings', exact: true });
      await settings.focus();
      await page.keyboard.press('Enter');
      const trigger = page.getByRole('menuitem', { name: new RegExp(`^${label}: `) });
      const before = await trigger.getAttribute('aria-label');
      await trigger.focus();
      await page.keyboard.press('ArrowRight');
      const submenu = page.getByRole('menu', { name: label });
      await expect(submenu).toBeVisible();
      // The first choice that is not the current one.
      await submenu.getByRole('menuitemradio', { checked: false }).first().focus();
      await page.keyboard.press('Enter');
      await expect(submenu).toBeHidden();
      await expect(settings).toBeFocused();
      expect(await focusedIsBody(page)).toBe(false);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('menuitem', { name: new RegExp(`^${label}: `) })).not.toHaveAttribute(
        'aria-label',
        before!,
      );
    });
  }
});
