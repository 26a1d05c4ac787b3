// Verifies every route in the views its readers use: 320 CSS px wide without horizontal scrolling
// (WCAG 1.4.10), the text-spacing overrides without clipped text (1.4.12), 200 % text size
// (1.4.4), forced colours with axe's colour rules and a visible focus outline, reduced motion (no
// smooth scrolling, no running animation), and the dark and light colour schemes with axe's colour
// rules (contrast). The full axe rule set runs on every route in e2e/pages.spec.ts.
// These checks only read the page, so each route is loaded once and every view is a step on that
// one page (a change of viewport, media feature or style, undone before the next step): 7 page
// loads instead of 35.
import { expect, test, type Page } from '@playwright/test';
import { expectNoColourViolations } from './axe';
import { DEMO_SLUG } from './title-data';

const ROUTES = [
  '/',
  `/watch/${DEMO_SLUG}`,
  `/watch/${DEMO_SLUG}/transcript`,
  `/watch/${DEMO_SLUG}/asl`,
  '/accessibility',
  '/play',
  '/no-such-page',
];

/** Three colour-only axe runs; each takes over 30 s on the watch page on a loaded two-core machine. */
const ROUTE_TIMEOUT = 240_000;

/** The bookmarklet of the WCAG 1.4.12 understanding document, as a style sheet. */
const TEXT_SPACING_CSS = `* {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`;

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('h1')).toBeVisible();
}

function scrollWidth(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Headings, links, buttons and labels whose own box clips their text (visually hidden ones aside). */
function clippedText(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, a, button, label, summary'))
      .filter((el) => {
        const style = getComputedStyle(el);
        const clips = [style.overflowX, style.overflowY].some((o) => o !== 'visible');
        // 1 px boxes are the visually hidden text meant for screen readers.
        const shown = el.getClientRects().length > 0 && el.clientWidth > 1 && el.clientHeight > 1;
        return (
          clips && shown && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
        );
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`),
  );
}

for (const path of ROUTES) {
  test(`given ${path}, should hold in every view its readers use`, async ({ page }) => {
    test.setTimeout(ROUTE_TIMEOUT);
    // Loaded narrow, with reduced motion and the dark scheme: the views that need a fresh load.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'dark' });
    await open(page, path);

    await test.step('should neither scroll smoothly nor animate with reduced motion', async () => {
      const motion = await page.evaluate(() => ({
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        animations: document
          .getAnimations()
          .map((a) => (a instanceof CSSAnimation ? a.animationName : String(a.id))),
      }));
      expect(motion.scroll).toBe('auto');
      expect(motion.animations).toEqual([]);
    });

    await test.step('should not scroll horizontally at 320 CSS px, nor lose text there with the text-spacing overrides', async () => {
      expect(await scrollWidth(page), 'at 320 CSS px').toBeLessThanOrEqual(320);
      // 1.4.12 on the narrowest layout, where the longer words and lines have the least room.
      const spacing = await page.addStyleTag({ content: TEXT_SPACING_CSS });
      expect(await clippedText(page)).toEqual([]);
      expect(await scrollWidth(page), 'at 320 CSS px with the text-spacing overrides').toBeLessThanOrEqual(
        320,
      );
      await spacing.evaluate((style) => (style as HTMLStyleElement).remove());
    });

    await test.step('should keep the heading and the player usable at 200 % text size', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      expect(await scrollWidth(page)).toBeLessThanOrEqual(1280);
      await expect(page.locator('h1')).toBeVisible();
      if (path === `/watch/${DEMO_SLUG}`) {
        const play = page.getByRole('button', { name: 'Play', exact: true });
        await play.scrollIntoViewIfNeeded();
        await expect(play).toBeVisible();
      }
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '';
        window.scrollTo(0, 0);
      });
    });

    await test.step('should pass axe colour checks in the dark and in the light colour scheme', async () => {
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const dark = await background();
      await expectNoColourViolations(page, `${path} in the dark colour scheme`);
      await page.emulateMedia({ colorScheme: 'light' });
      // The page really changed scheme, so the second check is not the first one again.
      await expect.poll(background).not.toBe(dark);
      await expectNoColourViolations(page, `${path} in the light colour scheme`);
    });

    await test.step('should pass axe colour checks and keep a visible focus outline in forced colours', async () => {
      await page.emulateMedia({ forcedColors: 'active' });
      await expectNoColourViolations(page, `${path} in forced colours`);
      // Box shadows are dropped in forced colours: the focus indicator has to be an outline.
      for (let stop = 1; stop <= 3; stop++) {
        await page.keyboard.press('Tab');
        const outline = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el);
          return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
        });
        expect(outline, `Tab stop ${stop} landed on the body`).not.toBeNull();
        expect(outline!.style, `Tab stop ${stop} outline`).not.toBe('none');
        expect(outline!.width, `Tab stop ${stop} outline width`).toBeGreaterThanOrEqual(2);
      }
    });
  });
}
