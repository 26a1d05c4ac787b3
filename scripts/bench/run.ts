// `npm run bench`: builds the production app into its own dist folder when needed (with the test
// fixture titles), serves it on loopback, measures, prints one table with every budget, and writes
// it to bench/results/ (JSON and Markdown; a full run also refreshes bench/results/latest.md,
// the summary the README quotes). Speed is measured here and never asserted in `npm test`.
//
//   npm run bench                          everything (under 10 minutes on 2 cores)
//   npm run bench -- --only=sync,weight    some sections: weight, sync, sign, transcript, lighthouse, load
//   npm run bench -- --rebuild             build even when the build looks fresh
//
// Environment: BENCH_PORT (default 3205; Lighthouse's Chromium uses BENCH_PORT + 10),
// BENCH_DIST_DIR (default .next-bench), CAPTION_FIXTURES_DIR (default tests/.generated/captions),
// BENCH_LIGHTHOUSE_RUNS (default 3; the median is reported), CHROMIUM_PATH, BENCH_TRACE (a file:
// the transcript section records a Chromium trace of its search keystrokes there).
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertBrowserAvailable, CHROMIUM_ARGS, chromiumExecutable } from '../chromium';
import { ensureBuild, type BuildSettings } from './app-build';
import { startServer, type AppServer } from './app-server';
import { markdownReport, textTable, type RunContext } from './bench-report';
import { benchSummary, summaryLines } from './bench-summary';
import { unavailable, type BenchRow, type SectionResult } from './bench-row';
import { measureCaptionSync } from './caption-sync';
import { measureJsWeight } from './js-weight';
import { measureLighthouse, type LighthouseRoute } from './lighthouse-scores';
import { measureServerLoad } from './server-load';
import { measureSignDrift } from './sign-drift';
import { measureTranscriptScale } from './transcript-scale';

const SECTIONS = ['weight', 'sync', 'sign', 'transcript', 'lighthouse', 'load'] as const;
type Section = (typeof SECTIONS)[number];
/** Each section's name in the table, also for the summary of sections a run left out. */
const SECTION_NAMES: Record<Section, string> = {
  weight: 'JavaScript weight (cold load)',
  sync: 'Caption sync (1x, whole title)',
  sign: 'Sign-language window drift',
  transcript: 'Transcript at 10,000 cues',
  lighthouse: 'Lighthouse (mobile)',
  load: 'Server under load',
};

const DEMO_SLUG = 'sound-of-metal';
const LONG_TRANSCRIPT_SLUG = 'fixture-long-transcript';
const SIGN_LANGUAGE_SLUG = 'fixture-sign-language';

// tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(…)`; the
// functions the bench hands to `page.evaluate` run in the page, where that helper must exist.
const PAGE_HELPERS = 'globalThis.__name ??= (fn) => fn;';

const root = process.cwd();
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const unknown = only?.filter((s) => !(SECTIONS as readonly string[]).includes(s)) ?? [];
if (unknown.length) {
  console.error(`bench: unknown section ${unknown.join(', ')} (choose from ${SECTIONS.join(', ')})`);
  process.exit(2);
}
const sections = new Set<Section>((only as Section[] | undefined) ?? SECTIONS);
const port = Number(process.env.BENCH_PORT ?? 3205);
const settings: BuildSettings = {
  root,
  distDir: process.env.BENCH_DIST_DIR ?? '.next-bench',
  fixturesDir: process.env.CAPTION_FIXTURES_DIR ?? 'tests/.generated/captions',
};

async function section(name: string, measure: () => Promise<SectionResult>): Promise<SectionResult> {
  const started = Date.now();
  console.log(`bench: ${name}…`);
  try {
    return await measure();
  } catch (error) {
    console.error(error);
    return unavailable(
      name,
      'run',
      '–',
      `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  } finally {
    console.log(`bench: ${name} took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}

async function withBrowserPage<T>(browser: Browser, measure: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(PAGE_HELPERS);
    return await measure(await context.newPage());
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = os.loadavg()[0]!;
  await assertBrowserAvailable();
  const build = ensureBuild(settings, args.includes('--rebuild'));
  console.log(
    build.built
      ? `bench: built in ${build.seconds.toFixed(0)} s`
      : `bench: ${settings.distDir} is up to date`,
  );

  const manifest = JSON.parse(
    readFileSync(path.join(root, 'titles', DEMO_SLUG, 'manifest.json'), 'utf8'),
  ) as { duration: number };
  const watchPath = `/watch/${DEMO_SLUG}`;
  let server: AppServer | null = null;
  const stop = () => server?.stop();
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });

  const results: Record<string, SectionResult> = {};
  let chromiumVersion = 'unknown';
  try {
    server = await startServer(settings, port);
    const { origin, cpuSeconds } = server;
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    chromiumVersion = `Chromium ${browser.version()}`;
    try {
      if (sections.has('weight'))
        results.weight = await section(SECTION_NAMES.weight, () =>
          measureJsWeight(browser, origin, watchPath),
        );
      if (sections.has('sync')) {
        results.sync = await section(SECTION_NAMES.sync, () =>
          withBrowserPage(browser, (page) => measureCaptionSync(page, origin, watchPath, manifest.duration)),
        );
      }
      if (sections.has('sign')) {
        results.sign = await section(SECTION_NAMES.sign, () =>
          withBrowserPage(browser, (page) => measureSignDrift(page, origin, `/watch/${SIGN_LANGUAGE_SLUG}`)),
        );
      }
      if (sections.has('transcript')) {
        results.transcript = await section(SECTION_NAMES.transcript, () =>
          measureTranscriptScale(browser, origin, `/watch/${LONG_TRANSCRIPT_SLUG}`, PAGE_HELPERS),
        );
      }
    } finally {
      await browser.close();
    }
    if (sections.has('lighthouse')) {
      const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
      // Every shipped route (≥ 98), and the 10,000-cue fixture page (≥ 90).
      const routes = [
        '/',
        watchPath,
        `${watchPath}/transcript`,
        `${watchPath}/asl`,
        '/play',
        '/accessibility',
      ]
        .map((path): LighthouseRoute => ({ path, performance: 98 }))
        .concat({ path: `/watch/${LONG_TRANSCRIPT_SLUG}`, performance: 90, categories: ['performance'] });
      results.lighthouse = await section(SECTION_NAMES.lighthouse, () =>
        measureLighthouse(root, origin, routes, port + 10, runs),
      );
    }
    if (sections.has('load'))
      results.load = await section(SECTION_NAMES.load, () =>
        measureServerLoad(root, origin, `/media/${DEMO_SLUG}/poster.jpg`, watchPath, cpuSeconds),
      );
  } finally {
    stop();
  }

  const rows: BenchRow[] = Object.values(results).flatMap((r) => r.rows);
  const context: RunContext = {
    date: new Date().toISOString(),
    command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.platform()} ${os.release()}`,
    load: [loadAtStart, os.loadavg()[0]!],
    seconds: (Date.now() - started) / 1000,
    chromium: chromiumVersion,
    node: process.version,
  };
  console.log(`\n${textTable(rows)}\n`);

  const folder = path.join(root, 'bench', 'results');
  mkdirSync(folder, { recursive: true });
  const stamp = context.date.replace(/[:.]/g, '-');
  const notRun = SECTIONS.filter((s) => !sections.has(s)).map((s) => SECTION_NAMES[s]);
  const markdown = markdownReport(rows, context, notRun);
  writeFileSync(
    path.join(folder, `bench-${stamp}.json`),
    `${JSON.stringify({ context, rows, data: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.data])) }, null, 2)}\n`,
  );
  writeFileSync(path.join(folder, `bench-${stamp}.md`), markdown);
  if (!only) writeFileSync(path.join(folder, 'latest.md'), markdown);
  console.log(
    `bench: wrote bench/results/bench-${stamp}.{json,md}${only ? '' : ' and bench/results/latest.md'} (${Math.round(context.seconds)} s in all)`,
  );
  const summary = benchSummary(rows, notRun);
  for (const line of summaryLines(summary)) console.log(`bench: ${line}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
