// JavaScript weight per page: every script file a fresh visit loads (cold cache), as the
// Resource Timing API counts it: `encodedBodySize` is what crossed the wire (Brotli: `npm start`
// sends the build's files from memory, compressed once; Next.js alone sends gzip, about 15 % more),
// `decodedBodySize` what the browser parsed. The framework baseline is the 404 page of the same
// build: the root layout (links only) and Next.js's runtime, nothing of the app's own features.
import type { Browser } from '@playwright/test';
import { verdict, type BenchRow, type SectionResult } from './bench-row';
import { kilobytes } from './stats';

/** The watch page may add this much compressed JavaScript to the framework baseline. */
const OWN_BUDGET = 30 * 1024;
/** Any page's compressed JavaScript in total. */
const TOTAL_BUDGET = 165 * 1024;

interface PageWeight {
  path: string;
  status: number;
  files: number;
  /** Compressed bytes (response bodies as sent). */
  transferred: number;
  decoded: number;
  /** Each file, for seeing what a page adds to the baseline. */
  scripts: { path: string; transferred: number; decoded: number }[];
}

/** Runs in the page: sums the script resources loaded so far. */
function scriptTotals(): Omit<PageWeight, 'path' | 'status'> {
  const scripts = performance
    .getEntriesByType('resource')
    .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming)
    .filter((entry) => new URL(entry.name).pathname.endsWith('.js'));
  return {
    files: scripts.length,
    transferred: scripts.reduce((sum, e) => sum + e.encodedBodySize, 0),
    decoded: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0),
    scripts: scripts.map((e) => ({
      path: new URL(e.name).pathname,
      transferred: e.encodedBodySize,
      decoded: e.decodedBodySize,
    })),
  };
}

async function weigh(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  // A new context each time: an empty cache, so every file is fetched.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    return { path, status: response?.status() ?? 0, ...(await page.evaluate(scriptTotals)) };
  } finally {
    await context.close();
  }
}

const describe = (w: PageWeight) =>
  `${kilobytes(w.transferred)} compressed · ${kilobytes(w.decoded)} decoded · ${w.files} files`;

export async function measureJsWeight(
  browser: Browser,
  origin: string,
  watchPath: string,
): Promise<SectionResult> {
  const section = 'JavaScript weight (cold load)';
  const baseline = await weigh(browser, origin, '/bench-baseline-not-found');
  const home = await weigh(browser, origin, '/');
  const watch = await weigh(browser, origin, watchPath);
  const own = watch.transferred - baseline.transferred;
  const rows: BenchRow[] = [
    {
      section,
      figure: 'framework baseline (404 page of the same build)',
      value: describe(baseline),
      budget: '–',
      verdict: 'no budget',
    },
    {
      section,
      figure: '`/`',
      value: describe(home),
      budget: `≤ ${kilobytes(TOTAL_BUDGET)} compressed`,
      verdict: verdict(home.transferred <= TOTAL_BUDGET),
    },
    {
      section,
      figure: `\`${watchPath}\``,
      value: describe(watch),
      budget: `≤ ${kilobytes(TOTAL_BUDGET)} compressed`,
      verdict: verdict(watch.transferred <= TOTAL_BUDGET),
    },
    {
      section,
      figure: 'watch page beyond the baseline',
      value: `${kilobytes(own)} compressed · ${kilobytes(watch.decoded - baseline.decoded)} decoded`,
      budget: `≤ ${kilobytes(OWN_BUDGET)} compressed`,
      verdict: verdict(own <= OWN_BUDGET),
    },
  ];
  const inBaseline = new Set(baseline.scripts.map((s) => s.path));
  const watchOnly = watch.scripts.filter((s) => !inBaseline.has(s.path));
  return { rows, data: { baseline, home, watch, ownTransferred: own, watchOnly } };
}
