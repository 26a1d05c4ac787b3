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

export type CategoryId = (typeof CATEGORIES)[number]['id'];
type Scores = Partial<Record<CategoryId, number>>;

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

function runLighthouse(
  root: string,
  url: string,
  port: number,
  categories: readonly CategoryId[],
): Promise<LighthouseReport> {
  const cli = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const args = [
    cli,
    url,
    `--port=${port}`,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${categories.join(',')}`,
  ];
  return runNodeForJson<LighthouseReport>('lighthouse', args);
}

/** What the bench keeps of one route's runs. */
export interface PageAudit {
  path: string;
  /** One entry per run that completed. */
  runs: Scores[];
  /** Why each run that did not complete failed. */
  errors: string[];
  /** What cost points in the last run: audit id → its score (0–1), what it says, its first items. */
  failing: Record<string, { score: number; displayValue?: string; items: unknown[] }>;
  /** Each category's weighted audits, to say which failing audits cost that category points. */
  audited: Record<string, string[]>;
  metrics: Record<string, number>;
  /** Cumulative layout shift of each completed run (NaN when a run did not report it). */
  cls: number[];
}

/** A route's audit before its first run. */
export function emptyAudit(path: string): PageAudit {
  return { path, runs: [], errors: [], failing: {}, audited: {}, metrics: {}, cls: [] };
}

/** A route to audit, and the Performance score it should reach (the median of the runs). */
export interface LighthouseRoute {
  path: string;
  performance: number;
  /**
   * The categories audited (default: all four). The 10,000-cue page audits Performance only:
   * axe and Lighthouse's link gatherer over 10,000 links outlast DevTools' 30 s protocol timeout
   * (`PROTOCOL_TIMEOUT … Runtime.evaluate`), which fails the whole run. The browser tests run
   * axe on the same markup with the demo title.
   */
  categories?: readonly CategoryId[];
}

const CLS_BUDGET = 0;
const ALL_CATEGORIES: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

/** One route's rows: each audited category's median score and the median CLS against budgets. */
export function lighthouseRows(route: LighthouseRoute, audit: PageAudit): BenchRow[] {
  const audited = CATEGORIES.filter((c) => (route.categories ?? ALL_CATEGORIES).includes(c.id));
  const figures = [
    ...audited.map((c) => ({
      figure: `\`${audit.path}\` ${c.name}`,
      budget: c.id === 'performance' ? route.performance : c.budget,
    })),
    { figure: `\`${audit.path}\` Cumulative Layout Shift`, budget: CLS_BUDGET },
  ];
  const shownBudget = (budget: number) => (budget === 100 || budget === 0 ? String(budget) : `≥ ${budget}`);
  if (audit.runs.length === 0) {
    const reason = `not available: every run failed (${audit.errors.at(-1) ?? 'no run'})`;
    return figures.map(({ figure, budget }) => ({
      section: SECTION,
      figure,
      value: reason,
      budget: shownBudget(budget),
      verdict: 'not available' as const,
    }));
  }
  const of = audit.runs.length > 1 ? ` (median of ${audit.runs.length})` : '';
  const rows: BenchRow[] = audited.map((category, i) => {
    const budget = figures[i]!.budget;
    const score = median(audit.runs.map((r) => r[category.id] ?? 0));
    const lost = (audit.audited[category.id] ?? []).filter((id) => id in audit.failing);
    return {
      section: SECTION,
      figure: figures[i]!.figure,
      value: [`${score}${of}`, ...(score < 100 && lost.length ? [`(below 1: ${lost.join(', ')})`] : [])].join(
        ' ',
      ),
      budget: shownBudget(budget),
      verdict: verdict(score >= budget),
    };
  });
  const shifts = audit.cls.filter((value) => Number.isFinite(value));
  const cls = shifts.length ? median(shifts) : Number.NaN;
  rows.push({
    section: SECTION,
    figure: figures.at(-1)!.figure,
    value: Number.isFinite(cls)
      ? `${cls.toFixed(3)}${shifts.length > 1 ? ` (median of ${shifts.length})` : ''}`
      : 'not available: no run reported it',
    budget: String(CLS_BUDGET),
    verdict: Number.isFinite(cls) ? verdict(cls <= CLS_BUDGET) : 'not available',
  });
  return rows;
}

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
    for (const route of routes) {
      const audit = emptyAudit(route.path);
      const categories = route.categories ?? ALL_CATEGORIES;
      for (let run = 0; run < runs; run += 1) {
        // A loaded machine sometimes loses Lighthouse's trace (NO_NAVSTART): one more try, and a
        // run that still fails costs only itself, never the other runs or routes.
        const url = `${origin}${route.path}`;
        let report: LighthouseReport;
        try {
          report = await runLighthouse(root, url, chrome.port, categories).catch(() =>
            runLighthouse(root, url, chrome.port, categories),
          );
        } catch (error) {
          audit.errors.push(error instanceof Error ? error.message : String(error));
          continue;
        }
        const { categories: scores, audits: results } = report;
        audit.runs.push(
          Object.fromEntries(categories.map((id) => [id, Math.round((scores[id]?.score ?? 0) * 100)])),
        );
        audit.audited = Object.fromEntries(
          categories.map((id) => [
            id,
            (scores[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id),
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
  return { rows: audits.flatMap((audit, i) => lighthouseRows(routes[i]!, audit)), data: audits };
}
