import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import { AXE_TAGS } from './axe-tags';

export { AXE_TAGS };

/** Where axe looks: the whole page (the default), or only the elements a CSS selector matches. */
export interface AxeScope {
  /**
   * A feature state changes one region: check that region (e.g. the Player section) and leave
   * the rest of the page, checked once per route (e2e/pages.spec.ts), out. Much faster on the
   * watch page, whose transcript is most of its elements.
   */
  include?: string;
}

/** The Player section of a watch page: the player, its settings and the sign-language window. */
export const PLAYER_SECTION = 'section[aria-labelledby="player-heading"]';
/** The Transcript section of a watch page: its toolbar, search and lines. */
export const TRANSCRIPT_SECTION = 'section[aria-labelledby="transcript-heading"]';
/** The ASL interpreter notes section of a watch page: the current note and the list. */
export const ASL_SECTION = 'section[aria-labelledby="asl-heading"]';
/**
 * An open dialog (Radix portals it to the end of the body, or into the player in fullscreen):
 * the state it adds is the dialog; the page behind it is inert and checked in its own states.
 */
export const DIALOG = '[role="dialog"]';

/** Runs axe on the page as it is now and fails with each violation's rule and targets. */
export async function expectNoAxeViolations(page: Page, state: string, scope: AxeScope = {}): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (scope.include) {
    // A scope that matches nothing would pass without checking anything.
    expect(
      await page.locator(scope.include).count(),
      `axe scope "${scope.include}" in state "${state}"`,
    ).toBeGreaterThan(0);
    builder.include(scope.include);
  }
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations in state "${state}"`).toEqual([]);
}

/**
 * Only axe's rules that depend on colour (text contrast, links told apart from text). A colour
 * scheme or forced colours change nothing else, and the full rule set runs in the default scheme
 * (e2e/pages.spec.ts and the feature specs), so the other views need only these: half the time of
 * a full run on the watch page.
 */
export async function expectNoColourViolations(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withRules(['color-contrast', 'link-in-text-block'])
    .analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe colour violations in state "${state}"`).toEqual([]);
}

/**
 * Axe on the page as served to a browser without JavaScript. Axe itself needs script, so this
 * opens the page in a fresh context that aborts every script request and strips the inline
 * scripts from the served HTML: what a reader without JavaScript gets.
 */
export async function expectNoAxeViolationsWithoutScripts(page: Page, path: string): Promise<void> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to open a script-blocked context');
  // The test runner applies the project's options (JavaScript off) to new contexts too: turn it back on.
  const context = await browser.newContext({
    baseURL: page.url() ? new URL(page.url()).origin : undefined,
    javaScriptEnabled: true,
  });
  try {
    const blocked = await context.newPage();
    await blocked.route('**/*', async (route) => {
      if (route.request().resourceType() === 'script') return route.abort();
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
      await route.fulfill({ response, body: html });
    });
    await blocked.goto(path);
    await expectNoAxeViolations(blocked, `${path} without JavaScript`);
  } finally {
    await context.close();
  }
}
