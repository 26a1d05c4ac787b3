// Verifies that loading and hydrating the watch page moves nothing (cumulative layout shift 0,
// issue #13): the player's chrome and the transcript's toolbar are in the server HTML, so no
// layout-shift entry is recorded from the first paint until the page has hydrated, at a phone's
// width or a desktop's (where the transcript is beside the player, in view).
import { expect, test } from '@playwright/test';
import { DEMO_SLUG } from './title-data';

/** The fields of a `layout-shift` entry read here (TypeScript's DOM types lack them). */
interface LayoutShiftEntry {
  value: number;
  sources?: { node?: Node | null }[];
}

interface Shift {
  value: number;
  sources: string[];
}

declare global {
  interface Window {
    layoutShifts?: Shift[];
  }
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`given a ${viewport.width} px wide window, the watch page should not shift while it loads and hydrates`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      window.layoutShifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as LayoutShiftEntry[]) {
          window.layoutShifts?.push({
            value: entry.value,
            sources: (entry.sources ?? []).map((s) =>
              s.node instanceof Element
                ? `${s.node.localName}.${s.node.className}`
                : String(s.node?.nodeName),
            ),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`/watch/${DEMO_SLUG}`);
    await expect(page.locator('[data-player][data-hydrated]')).toBeAttached();
    await expect(page.getByRole('searchbox', { name: 'Search the transcript' })).toBeVisible();
    // Two frames after hydration: whatever it changed has been laid out and observed.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const shifts = await page.evaluate(() => window.layoutShifts ?? []);
    expect(shifts.filter((s) => s.value > 0)).toEqual([]);
  });
}
