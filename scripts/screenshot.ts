// Screenshots of the site, to look at it as a user does and to keep the README's picture current.
//
//   npx tsx scripts/screenshot.ts [base-url] [out-dir]          every page at 390, 768 and 1280 px,
//                                                               dark mode, 320 px with 200 % text,
//                                                               and JavaScript off, into out-dir
//   npx tsx scripts/screenshot.ts --readme [base-url]           docs/watch-page.png for the README
//
// base-url defaults to http://127.0.0.1:3000 (a running `npm run serve`). Uses the same Chromium as
// the browser tests (scripts/chromium.ts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { assertBrowserAvailable, CHROMIUM_ARGS, chromiumExecutable } from './chromium';

const DEMO = '/watch/sound-of-metal';
const PAGES = ['/', DEMO, `${DEMO}/transcript`, `${DEMO}/asl`, '/play', '/accessibility', '/no-such-page'];

interface View {
  name: string;
  width: number;
  height: number;
  dark?: boolean;
  /** Root font size in percent (200 % text, WCAG 1.4.4). */
  text?: number;
  javaScript?: boolean;
}

const VIEWS: View[] = [
  { name: '390', width: 390, height: 844 },
  { name: '768', width: 768, height: 1024 },
  { name: '1280', width: 1280, height: 800 },
  { name: '1280-dark', width: 1280, height: 800, dark: true },
  { name: '320-text200', width: 320, height: 640, text: 200 },
  { name: '1280-nojs', width: 1280, height: 800, javaScript: false },
];

const slug = (url: string) => (url === '/' ? 'home' : url.replace(/^\//, '').replace(/\//g, '_'));

async function open(browser: Browser, view: View, url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: view.width, height: view.height },
    colorScheme: view.dark ? 'dark' : 'light',
    javaScriptEnabled: view.javaScript ?? true,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (view.text) await page.addStyleTag({ content: `html { font-size: ${view.text}% !important; }` });
  // Hydrated (or, without script, the native player): the page has settled.
  if (view.javaScript !== false && url.startsWith(DEMO) && !url.includes('/', DEMO.length)) {
    await page.waitForFunction(() => !document.querySelector('video')?.controls).catch(() => undefined);
  }
  return page;
}

async function main() {
  await assertBrowserAvailable();
  const args = process.argv.slice(2);
  const readme = args[0] === '--readme';
  const [base = 'http://127.0.0.1:3000', outDir = 'screenshots'] = readme ? args.slice(1) : args;
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    if (readme) {
      const page = await open(browser, { name: 'readme', width: 1280, height: 800 }, `${base}${DEMO}?t=37`);
      // The player at a moment with a caption on screen, seen as the viewer sees it.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const video = document.querySelector('video')!;
            video.addEventListener('seeked', () => resolve(), { once: true });
            video.currentTime = 37;
          }),
      );
      const file = path.join('docs', 'watch-page.png');
      mkdirSync('docs', { recursive: true });
      await page.screenshot({ path: file, type: 'png', scale: 'css' });
      console.log(file);
      return;
    }
    mkdirSync(outDir, { recursive: true });
    for (const view of VIEWS) {
      for (const url of PAGES) {
        const page = await open(browser, view, `${base}${url}`);
        const file = path.join(outDir, `${slug(url)}-${view.name}.png`);
        await page.screenshot({ path: file, fullPage: true, type: 'png' });
        await page.context().close();
        console.log(file);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
