// The transcript at 10,000 cues (the `fixture-long-transcript` test title): Total Blocking
// Time at load, long tasks during 10 s of playback, and search latency per keystroke (from the
// keydown's own timestamp to the moment the search's DOM update — match count, first marks —
// has been committed, i.e. when the `input` event has been handled by React).
import type { Browser, Page } from '@playwright/test';
import { unavailable, verdict, type BenchRow, type SectionResult } from './bench-row';
import { fixed, median, percentile } from './stats';

const SECTION = 'Transcript at 10,000 cues';
const SEARCH_BUDGET_MS = 16;
const HTML_BUDGET_BYTES = 3_000_000;

/** The page's HTML size, and how much of it is inline scripts (the React Server Components payload). */
function htmlWeight(html: string): { bytes: number; inlineScriptBytes: number } {
  let inlineScriptBytes = 0;
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g))
    if (!/\ssrc=/.test(attributes!)) inlineScriptBytes += Buffer.byteLength(body!);
  return { bytes: Buffer.byteLength(html), inlineScriptBytes };
}

const megabytes = (bytes: number) => `${fixed(bytes / 1e6, 2)} MB`;
const PLAYBACK_MS = 10_000;
/** What the optional search trace records: main-thread tasks, rendering phases, input, GC. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'input',
  'latencyInfo',
  'v8',
  'disabled-by-default-v8.gc',
];
/** Lighthouse's window: from first contentful paint to 5 s after the load event. */
const AFTER_LOAD_MS = 5_000;

interface LongTask {
  start: number;
  duration: number;
}

interface Keystroke {
  key: string;
  /** keydown → `input` handled (React committed), ms. */
  update: number;
  /** keydown → the next animation frame after that, ms. */
  frame: number;
}

declare global {
  interface Window {
    benchLongTasks?: LongTask[];
    benchKeystrokes?: Keystroke[];
  }
}

/** Runs before any page script: collects every long task from the start. */
function collectLongTasks(): void {
  window.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.benchLongTasks?.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Runs in the page: TBT between FCP and load + 5 s, as Lighthouse defines it. */
function totalBlockingTime(afterLoadMs: number): { tbt: number; fcp: number; load: number; count: number } {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const load = navigation?.loadEventEnd ?? 0;
  const tasks = (window.benchLongTasks ?? []).filter(
    (t) => t.start + t.duration > fcp && t.start < load + afterLoadMs,
  );
  const tbt = tasks.reduce(
    (sum, t) =>
      sum + Math.max(0, Math.min(t.start + t.duration, load + afterLoadMs) - Math.max(t.start, fcp) - 50),
    0,
  );
  return { tbt, fcp, load, count: tasks.length };
}

/** Runs in the page: plays muted for `ms` and returns the long tasks that happened meanwhile. */
async function playbackLongTasks(ms: number): Promise<LongTask[] | string> {
  const video = document.querySelector<HTMLVideoElement>('#title-video');
  if (!video) return 'no #title-video';
  video.muted = true;
  try {
    await video.play();
  } catch (error) {
    return `the video does not play (${String(error)})`;
  }
  const from = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const to = performance.now();
  video.pause();
  if (video.currentTime < 1) return 'the video did not advance';
  // Long tasks are reported after they end: give the observer one more frame.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return (window.benchLongTasks ?? []).filter((t) => t.start >= from && t.start < to);
}

/** Runs in the page: five words to search for, from the most to the least common in the entries. */
function searchWords(): string[] {
  const counts = new Map<string, number>();
  for (const entry of Array.from(document.querySelectorAll('li[data-start]'))) {
    for (const word of new Set((entry.textContent ?? '').toLowerCase().match(/\p{L}{5,}/gu) ?? [])) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([word]) => word);
  const picks = [0, 0.25, 0.5, 0.75, 1].map((q) => ranked[Math.round(q * (ranked.length - 1))]);
  return [...new Set(picks)].filter((w): w is string => Boolean(w));
}

/** Runs in the page: times every printable keystroke. */
function timeKeystrokes(): void {
  window.benchKeystrokes = [];
  let pending: { key: string; at: number } | null = null;
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key.length === 1) pending = { key: event.key, at: event.timeStamp };
    },
    { capture: true },
  );
  // Bubble phase on window: React (listening on its root) has handled the event by now.
  window.addEventListener('input', () => {
    if (!pending) return;
    const { key, at } = pending;
    pending = null;
    queueMicrotask(() => {
      const update = performance.now() - at;
      requestAnimationFrame(() =>
        window.benchKeystrokes?.push({ key, update, frame: performance.now() - at }),
      );
    });
  });
}

async function searchLatency(page: Page): Promise<{ words: string[]; keystrokes: Keystroke[] } | string> {
  const field = page.getByRole('searchbox', { name: /search/i }).first();
  if ((await field.count()) === 0) return 'no search field';
  const words = await page.evaluate(searchWords);
  await page.evaluate(timeKeystrokes);
  await field.focus();
  let typed = 0;
  for (const word of words) {
    for (const letter of word) {
      await page.keyboard.press(letter);
      typed += 1;
      await page.waitForFunction((n) => (window.benchKeystrokes?.length ?? 0) >= n, typed);
    }
    await page.keyboard.press('Escape');
    await field.fill('');
  }
  return { words, keystrokes: (await page.evaluate(() => window.benchKeystrokes)) ?? [] };
}

export async function measureTranscriptScale(
  browser: Browser,
  origin: string,
  path: string,
  initScript: string,
): Promise<SectionResult> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(initScript);
    await context.addInitScript(collectLongTasks);
    const page = await context.newPage();
    // 10,000 entries load slowly on a busy machine: allow two minutes.
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
    if (!response?.ok()) {
      return unavailable(
        SECTION,
        `\`${path}\``,
        '–',
        `answered ${response?.status()} (fixture title not built: npx tsx scripts/make-fixtures.ts)`,
      );
    }
    // Fetched again outside the browser: DevTools does not keep a 10 MB response body.
    const weight = htmlWeight(await (await fetch(`${origin}${path}`)).text());
    await new Promise((resolve) => setTimeout(resolve, AFTER_LOAD_MS));
    const load = await page.evaluate(totalBlockingTime, AFTER_LOAD_MS);
    const entries = await page.locator('li[data-start]:visible').count();
    const rows: BenchRow[] = [
      {
        section: SECTION,
        figure: 'transcript entries on the page',
        value: String(entries),
        budget: '–',
        verdict: 'no budget',
      },
      {
        section: SECTION,
        figure: 'page HTML, uncompressed (of it, inline scripts: the server components payload)',
        value: `${megabytes(weight.bytes)} (${megabytes(weight.inlineScriptBytes)})`,
        budget: `≤ ${megabytes(HTML_BUDGET_BYTES)}`,
        verdict: verdict(weight.bytes <= HTML_BUDGET_BYTES),
      },
      {
        section: SECTION,
        figure: 'Total Blocking Time at load (FCP → load + 5 s, no throttling)',
        value: `${fixed(load.tbt, 0)} ms (${load.count} long tasks)`,
        budget: '–',
        verdict: 'no budget',
      },
    ];

    const playback = await page.evaluate(playbackLongTasks, PLAYBACK_MS);
    if (typeof playback === 'string') {
      rows.push(...unavailable(SECTION, 'long tasks during 10 s of playback', '–', playback).rows);
    } else {
      const longest = playback.length ? Math.max(...playback.map((t) => t.duration)) : 0;
      rows.push({
        section: SECTION,
        figure: 'long tasks (> 50 ms) during 10 s of playback',
        value: `${playback.length} · longest ${fixed(longest, 0)} ms`,
        budget: '–',
        verdict: 'no budget',
      });
    }

    // BENCH_TRACE=file.json: a Chromium trace of the keystrokes (open it in DevTools' Performance
    // panel), to see what a slow one waited for.
    const tracePath = process.env.BENCH_TRACE;
    if (tracePath) await browser.startTracing(page, { path: tracePath, categories: TRACE_CATEGORIES });
    const search = await searchLatency(page).finally(() => (tracePath ? browser.stopTracing() : undefined));
    if (typeof search === 'string') {
      rows.push(
        ...unavailable(SECTION, 'search latency per keystroke', `p95 ≤ ${SEARCH_BUDGET_MS} ms`, search).rows,
      );
      return { rows, data: { weight, entries, load, playback, search } };
    }
    const updates = search.keystrokes.map((k) => k.update);
    const frames = search.keystrokes.map((k) => k.frame);
    const p95 = percentile(updates, 95);
    rows.push({
      section: SECTION,
      figure: `search latency per keystroke (keydown → DOM updated; ${updates.length} keys, words: ${search.words.join(', ')})`,
      value: `median ${fixed(median(updates))} ms · p95 ${fixed(p95)} ms · max ${fixed(Math.max(...updates))} ms`,
      budget: `p95 ≤ ${SEARCH_BUDGET_MS} ms`,
      verdict: verdict(p95 <= SEARCH_BUDGET_MS),
    });
    rows.push({
      section: SECTION,
      figure: 'keydown → next frame',
      value: `median ${fixed(median(frames))} ms · p95 ${fixed(percentile(frames, 95))} ms`,
      budget: '–',
      verdict: 'no budget',
    });
    return { rows, data: { weight, entries, load, playback, search } };
  } finally {
    await context.close();
  }
}
