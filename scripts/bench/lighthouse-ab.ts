// Compares Lighthouse mobile Performance on one path of two or more servers in one run,
// interleaved, with one Chromium shared as `npm run bench` shares it: the way to tell a change
// from the machine's noise (the bench's medians swing by a few points from one run to the next).
//
//   npx tsx scripts/bench/lighthouse-ab.ts <runs> <path> <origin> <origin>...
//
// e.g. the build before a change and the build after, each served by
// `NEXT_DIST_DIR=<its build> node scripts/serve.mjs -p <port>`:
//   npx tsx scripts/bench/lighthouse-ab.ts 6 /watch/fixture-long-transcript \
//     http://127.0.0.1:3340 http://127.0.0.1:3300
import path from 'node:path';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium';
import { runNodeForJson } from './node-json';
import { median } from './stats';

interface Report {
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue?: number }>;
}

const [runsArg, route, ...origins] = process.argv.slice(2);
const runs = Number(runsArg);
if (!Number.isInteger(runs) || runs < 1 || !route || origins.length === 0) {
  console.error('usage: npx tsx scripts/bench/lighthouse-ab.ts <runs> <path> <origin> <origin>...');
  process.exit(2);
}

async function main(): Promise<void> {
  const chromePath = chromiumExecutable();
  const chrome = await launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    logLevel: 'silent',
  });
  const cli = path.join(process.cwd(), 'node_modules', 'lighthouse', 'cli', 'index.js');
  const scores = new Map<string, number[]>(origins.map((origin) => [origin, []]));
  try {
    for (let run = 1; run <= runs; run += 1) {
      for (const origin of origins) {
        const report = await runNodeForJson<Report>('lighthouse', [
          cli,
          `${origin}${route}`,
          `--port=${chrome.port}`,
          '--output=json',
          '--output-path=stdout',
          '--quiet',
          '--only-categories=performance',
        ]);
        const score = Math.round(report.categories.performance.score * 100);
        scores.get(origin)!.push(score);
        const ms = (id: string) => Math.round(report.audits[id]?.numericValue ?? NaN);
        console.log(
          `run ${run} ${origin}: ${score} (LCP ${ms('largest-contentful-paint')} ms, TBT ${ms('total-blocking-time')} ms)`,
        );
      }
    }
  } finally {
    await chrome.kill();
  }
  for (const [origin, values] of scores)
    console.log(`${origin}: median ${median(values)} of ${values.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
