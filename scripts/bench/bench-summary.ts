// The bench's last word: every budget, each met, missed or not measured. A section that failed to
// run, or was left out with --only, is "not measured", never counted as met.
import type { BenchRow } from './bench-row';

export interface BenchSummary {
  met: BenchRow[];
  missed: BenchRow[];
  /** Budgeted figures a section could not measure (it failed, or its page did not answer). */
  notMeasured: BenchRow[];
  /** Sections with budgets that this run left out (`--only`). */
  notRun: string[];
  /** True only when every budget of every section was measured and met. */
  allMet: boolean;
}

/** Sorts the budgeted rows by verdict; rows without a budget are left out. */
export function benchSummary(rows: readonly BenchRow[], notRun: readonly string[] = []): BenchSummary {
  const met = rows.filter((r) => r.verdict === 'met');
  const missed = rows.filter((r) => r.verdict === 'missed');
  const notMeasured = rows.filter((r) => r.verdict === 'not available');
  return {
    met,
    missed,
    notMeasured,
    notRun: [...notRun],
    allMet: missed.length === 0 && notMeasured.length === 0 && notRun.length === 0 && met.length > 0,
  };
}

const name = (row: BenchRow) => `${row.section}: ${row.figure} (${row.budget})`;

/** The summary as lines for the terminal and the Markdown report. */
export function summaryLines(summary: BenchSummary): string[] {
  const lines = [
    ...summary.met.map((r) => `met: ${name(r)}`),
    ...summary.missed.map((r) => `MISSED: ${name(r)}, ${r.value}`),
    ...summary.notMeasured.map((r) => `not measured: ${name(r)}, ${r.value}`),
    ...summary.notRun.map((section) => `not measured: ${section} (not run)`),
  ];
  const counts = `${summary.met.length} met, ${summary.missed.length} missed, ${
    summary.notMeasured.length + summary.notRun.length
  } not measured`;
  return [
    ...lines,
    summary.allMet ? `every budget met (${counts})` : `not every budget is known to be met: ${counts}`,
  ];
}
