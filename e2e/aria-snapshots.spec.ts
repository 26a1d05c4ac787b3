// Verifies what a screen reader's landmark and heading lists give on each page: ARIA snapshots
// pinned to landmarks and the heading outline only (partial templates), so text edits elsewhere
// do not break them. The title's name comes from the shipped manifest via e2e/title-data.ts.
import { expect, test } from '@playwright/test';
import { DEMO_SLUG, readTitle } from './title-data';

const name = readTitle().manifest.title;
/** One heading entry, as a YAML single-quoted string, since names may hold ": ". */
const heading = (text: string, level: number) =>
  `'heading ${JSON.stringify(text).replace(/'/g, "''")} [level=${level}]'`;

/** Each page's main, as template lines at the same depth. */
const PAGES: readonly { path: string; main: string[] }[] = [
  { path: '/', main: [`- ${heading('Caption Companion', 1)}`] },
  {
    path: `/watch/${DEMO_SLUG}`,
    main: [
      `- ${heading(name, 1)}`,
      ...['Player', 'Transcript', 'ASL interpreter notes'].flatMap((section) => [
        `- region ${JSON.stringify(section)}:`,
        `  - ${heading(section, 2)}`,
      ]),
    ],
  },
  { path: `/watch/${DEMO_SLUG}/transcript`, main: [`- ${heading(`${name}: transcript`, 1)}`] },
  { path: `/watch/${DEMO_SLUG}/asl`, main: [`- ${heading(`${name}: ASL glossary`, 1)}`] },
  { path: '/accessibility', main: [`- ${heading('Accessibility statement', 1)}`] },
  { path: '/play', main: [`- ${heading('Play your own video and captions', 1)}`] },
  { path: '/no-such-page', main: [`- ${heading('Page not found', 1)}`] },
];

for (const { path, main } of PAGES) {
  test.describe(`given ${path}`, () => {
    test('should expose a banner, main and contentinfo, with the heading outline in main', async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.locator('body')).toMatchAriaSnapshot(`
- banner:
  - navigation
- main:
  ${main.join('\n  ')}
- contentinfo
`);
    });
  });
}
