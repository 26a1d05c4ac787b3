// Verifies what a screen reader's landmark and heading lists give on each page: ARIA snapshots
// pinned to landmarks and the heading outline only (partial templates), so text edits elsewhere
// do not break them. The title's name comes from the shipped manifest via e2e/title-data.ts.
import { expect, test } from '@playwright/test';
import { DEMO_SLUG, readTitle } from './title-data';

const name = readTitle().manifest.title;
const quoted = (text: string) => JSON.stringify(text);

const PAGES: readonly { path: string; main: string }[] = [
  { path: '/', main: `- heading "Caption Companion" [level=1]` },
  {
    path: `/watch/${DEMO_SLUG}`,
    main: `- heading ${quoted(name)} [level=1]
    - region "Player":
      - heading "Player" [level=2]
    - region "Transcript":
      - heading "Transcript" [level=2]
    - region "ASL interpreter notes":
      - heading "ASL interpreter notes" [level=2]`,
  },
  { path: `/watch/${DEMO_SLUG}/transcript`, main: `- heading ${quoted(`${name}: transcript`)} [level=1]` },
  { path: `/watch/${DEMO_SLUG}/asl`, main: `- heading ${quoted(`${name}: ASL glossary`)} [level=1]` },
  { path: '/accessibility', main: `- heading "Accessibility statement" [level=1]` },
  { path: '/play', main: `- heading "Play your own video and captions" [level=1]` },
  { path: '/no-such-page', main: `- heading "Page not found" [level=1]` },
];

for (const { path, main } of PAGES) {
  test.describe(`given ${path}`, () => {
    test('should expose a banner, main and contentinfo, with the heading outline in main', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('body')).toMatchAriaSnapshot(`
- banner:
  - navigation
- main:
  ${main}
- contentinfo
`);
    });
  });
}
