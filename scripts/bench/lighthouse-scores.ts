// Lighthouse (the npm package, its default mobile settings: a Moto G Power screen, simulated
// slow 4G and 4x CPU slowdown) on the same Chromium the browser tests drive, launched headless
// by chrome-launcher on the bench's spare port. Lighthouse runs as its own command line under
// plain Node: under tsx its in-page functions would carry esbuild's `__name` helper and fail.
import path from 'node:path';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium';
import { verdict, type BenchRow, type SectionResult } from './bench-row';
import { runNodeForJson } from './node-json';
import { median } from './stats';

const SECTION = 'Lighthouse (mobile)';
const CATEGORIES = [
  // The Performance budget is each route's own (`LighthouseRoute`).
  { id: 'performance', name: 'Performance', budget: 98 },
  { id: 'accessibility', name: 'Accessibility', budget: 100 },
  { id: 'best-practices', name: 'Best Practices', budget: 100 },
  { id: 'seo', name: 'SEO', budget: 100 },
] as const;

type Scores = Record<(typeof CATEGORIES)[number]['id'], number>;

/** The parts of a Lighthouse JSON report (LHR) the bench reads. */
interface LighthouseReport {
  categories: Record<
    string,
    { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined
  >;
  audits: Record<
    string,
    | {
        id: string;
        score: number | null;
        scoreDisplayMode: string;
        numericValue?: number;
        displayValue?: string;
        details?: { items?: unknown };
      }
    | undefined
  >;
}

function runLighthouse(root: string, url: string, port: number): Promise<LighthouseReport> {
  const cli = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const args = [
    cli,
    url,
    `--port=${port}`,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.map((c) => c.id).join(',')}`,
  ];
  return runNodeForJson<LighthouseReport>('lighthouse', args);
}

interface PageAudit {
  path: string;
  /** One entry per run. */
  runs: Scores[];
  /** What cost points in the last run: audit id → its score (0–1), what it says, its first items. */
  failing: Record<string, { score: number; displayValue?: string; items: unknown[] }>;
  /** Each category's weighted audits, to say which failing audits cost that category points. */
  audited: Record<string, string[]>;
  metrics: Record<string, number>;
  /** Cumulative layout shift of each run. */
  cls: number[];
}

/** A route to audit, and the Performance score it should reach (the median of the runs). */
export interface LighthouseRoute {
  path: string;
  performance: number;
}

const CLS_BUDGET = 0;

export async function measureLighthouse(
  root: string,
  origin: string,
  routes: readonly LighthouseRoute[],
  port: number,
  runs: number,
): Promise<SectionResult> {
  const chromePath = chromiumExecutable();
  const chrome = await launch({
    ...(chromePath ? { chromePath } : {}),
    port,
    // Running as root (containers, CI) needs --no-sandbox, as Playwright passes by default.
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    logLevel: 'silent',
  });
  const audits: PageAudit[] = [];
  try {
    for (const { path: pagePath } of routes) {
      const audit: PageAudit = { path: pagePath, runs: [], failing: {}, audited: {}, metrics: {}, cls: [] };
      for (let run = 0; run < runs; run += 1) {
        // A loaded machine sometimes loses Lighthouse's trace (NO_NAVSTART): one more try, so a
        // single flake does not cost every route of the section.
        const url = `${origin}${pagePath}`;
        const { categories, audits: results } = await runLighthouse(root, url, chrome.port).catch(() =>
          runLighthouse(root, url, chrome.port),
        );
        audit.runs.push(
          Object.fromEntries(
            CATEGORIES.map((c) => [c.id, Math.round((categories[c.id]?.score ?? 0) * 100)]),
          ) as Scores,
        );
        audit.audited = Object.fromEntries(
          CATEGORIES.map((c) => [
            c.id,
            (categories[c.id]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id),
          ]),
        );
        audit.failing = Object.fromEntries(
          Object.values(results)
            .filter((a) => a !== undefined)
            .filter(
              (a) =>
                a.scoreDisplayMode !== 'informative' &&
                a.scoreDisplayMode !== 'notApplicable' &&
                a.score !== null &&
                a.score < 1,
            )
            .map((a) => [
              a.id,
              {
                score: a.score ?? 0,
                displayValue: a.displayValue,
                items: Array.isArray(a.details?.items) ? a.details.items.slice(0, 5) : [],
              },
            ]),
        );
        audit.metrics = Object.fromEntries(
          [
            'first-contentful-paint',
            'largest-contentful-paint',
            'total-blocking-time',
            'cumulative-layout-shift',
            'speed-index',
          ].map((id) => [id, results[id]?.numericValue ?? Number.NaN]),
        );
        audit.cls.push(results['cumulative-layout-shift']?.numericValue ?? Number.NaN);
      }
      audits.push(audit);
    }
  } finally {
    chrome.kill();
  }

  const rows: BenchRow[] = [];
  for (const [i, audit] of audits.entries()) {
    for (const category of CATEGORIES) {
      const budget = category.id === 'performance' ? routes[i]!.performance : category.budget;
      const score = median(audit.runs.map((r) => r[category.id]));
      const lost = (audit.audited[category.id] ?? []).filter((id) => id in audit.failing);
      const shown = [
        runs > 1 ? `${score} (median of ${runs})` : String(score),
        ...(score < 100 && lost.length ? [`(below 1: ${lost.join(', ')})`] : []),
      ].join(' ');
      rows.push({
        section: SECTION,
        figure: `\`${audit.path}\` ${category.name}`,
        value: shown,
        budget: budget === 100 ? '100' : `≥ ${budget}`,
        verdict: verdict(score >= budget),
      });
    }
    const shifts = audit.cls.filter((value) => Number.isFinite(value));
    const cls = shifts.length ? median(shifts) : Number.NaN;
    rows.push({
      section: SECTION,
      figure: `\`${audit.path}\` Cumulative Layout Shift`,
      value: Number.isFinite(cls)
        ? `${cls.toFixed(3)}${runs > 1 ? ` (median of ${runs})` : ''}`
        : 'not reported',
      budget: String(CLS_BUDGET),
      verdict: verdict(cls <= CLS_BUDGET),
    });
  }
  return { rows, data: audits };
}
