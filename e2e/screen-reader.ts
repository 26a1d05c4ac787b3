// A virtual screen reader in the page: @guidepup/virtual-screen-reader's browser build, served to
// the page under test from node_modules and driven through page.evaluate. It walks the
// accessibility tree the way a screen reader's reading cursor does and logs what it would say,
// including polite and assertive live-region announcements ("polite: 2 of 5 matching lines").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

const BUNDLE_URL = '/__virtual-screen-reader.js';
const bundle = readFileSync(
  path.join(
    process.cwd(),
    'node_modules',
    '@guidepup',
    'virtual-screen-reader',
    'lib',
    'esm',
    'index.browser.js',
  ),
  'utf8',
);

/** The part of the library's `virtual` object the tests use. */
interface VirtualScreenReader {
  start(options: { container: Element }): Promise<void>;
  stop(): Promise<void>;
  next(): Promise<void>;
  act(): Promise<void>;
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  lastSpokenPhrase(): Promise<string>;
  spokenPhraseLog(): Promise<string[]>;
  clearSpokenPhraseLog(): Promise<void>;
}
type WithReader = Window & { __screenReader?: VirtualScreenReader };

/** The most items a walk reads before giving up: far more than any page here has. */
const MAX_STEPS = 5000;

/**
 * Serves the library to the page at {@link BUNDLE_URL}. The page's CSP allows only its own scripts
 * (by hash or nonce), so specs using this set `test.use({ bypassCSP: true })`: the reader is test equipment,
 * not part of the page (the security spec checks the CSP itself).
 */
export async function serveScreenReader(page: Page): Promise<void> {
  await page.route(`**${BUNDLE_URL}`, (route) =>
    route.fulfill({ body: bundle, contentType: 'text/javascript' }),
  );
}

/** Starts the reader on the page as it is now, its cursor before the first item of the document. */
export async function startScreenReader(page: Page): Promise<ScreenReader> {
  await page.evaluate(async (url) => {
    const w = window as WithReader;
    const library = (await import(url)) as { virtual: VirtualScreenReader };
    w.__screenReader = library.virtual;
    await library.virtual.start({ container: document.body });
  }, BUNDLE_URL);
  return new ScreenReader(page);
}

/** What a reader user does and hears, one method per command. */
export class ScreenReader {
  constructor(private readonly page: Page) {}

  /** Reads from the cursor to the end of the document, as "read all" does; returns everything said. */
  async readToEnd(): Promise<string[]> {
    return this.page.evaluate(async (max) => {
      const reader = (window as WithReader).__screenReader!;
      for (let i = 0; i < max && (await reader.lastSpokenPhrase()) !== 'end of document'; i++)
        await reader.next();
      return reader.spokenPhraseLog();
    }, MAX_STEPS);
  }

  /**
   * Moves the cursor item by item until the phrase starts with `prefix` and returns that phrase;
   * fails when the document ends first.
   */
  async moveTo(prefix: string): Promise<string> {
    const found = await this.page.evaluate(
      async ({ prefix, max }) => {
        const reader = (window as WithReader).__screenReader!;
        for (let i = 0; i < max; i++) {
          await reader.next();
          const phrase = await reader.lastSpokenPhrase();
          if (phrase.startsWith(prefix)) return phrase;
          if (phrase === 'end of document') return null;
        }
        return null;
      },
      { prefix, max: MAX_STEPS },
    );
    expect(found, `the screen reader should reach an item starting "${prefix}"`).not.toBeNull();
    return found!;
  }

  /** The default action on the item under the cursor (a click). */
  act(): Promise<void> {
    return this.page.evaluate(() => (window as WithReader).__screenReader!.act());
  }

  type(text: string): Promise<void> {
    return this.page.evaluate((text) => (window as WithReader).__screenReader!.type(text), text);
  }

  press(key: string): Promise<void> {
    return this.page.evaluate((key) => (window as WithReader).__screenReader!.press(key), key);
  }

  /** Everything said since the start or the last {@link clear}. */
  heard(): Promise<string[]> {
    return this.page.evaluate(() => (window as WithReader).__screenReader!.spokenPhraseLog());
  }

  clear(): Promise<void> {
    return this.page.evaluate(() => (window as WithReader).__screenReader!.clearSpokenPhraseLog());
  }

  /**
   * Waits until the reader has said `phrase` (announcements arrive after the change that made
   * them). Runs of white space count as one space: a cue's line break is not heard.
   */
  async expectToHear(phrase: string): Promise<void> {
    const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
    await expect
      .poll(async () => (await this.heard()).map(oneLine), {
        message: `the screen reader should say "${oneLine(phrase)}"`,
      })
      .toContain(oneLine(phrase));
  }

  stop(): Promise<void> {
    return this.page.evaluate(() => (window as WithReader).__screenReader!.stop());
  }
}

/**
 * The virtual reader joins an element's inline parts without the spaces between them ("0:05,Ruben:")
 * where browsers keep them ("0:05, Ruben:"); comparisons of names built from parts ignore whitespace.
 * (Real accessible names are checked with Playwright's role queries in the other specs.)
 */
export const withoutSpaces = (text: string) => text.replace(/\s+/g, '');

/**
 * Checks that `expected` phrases occur in `heard` in this order (others may come between) and fails
 * naming the first one missing and what was heard around the place it was looked for.
 */
export function expectInOrder(
  heard: readonly string[],
  expected: readonly string[],
  match = (a: string, b: string) => a === b,
): void {
  let from = 0;
  for (const phrase of expected) {
    const at = heard.findIndex((h, i) => i >= from && match(h, phrase));
    expect(
      at,
      `should hear "${phrase}" after: ${JSON.stringify(heard.slice(Math.max(0, from - 3), from + 12), null, 1)}`,
    ).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}
