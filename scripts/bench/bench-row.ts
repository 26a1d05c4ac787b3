// One line of the bench table: a figure, its budget, and whether the budget is met.

export type Verdict = 'met' | 'missed' | 'no budget' | 'not available';

export interface BenchRow {
  /** The table's group: "Caption sync", "JavaScript weight" … */
  section: string;
  figure: string;
  value: string;
  /** The budget in words ("≤ 16 ms"), or "–" when the figure has none. */
  budget: string;
  verdict: Verdict;
}

/** What each measurement returns: its rows for the table and its raw figures for the JSON. */
export interface SectionResult {
  rows: BenchRow[];
  data: unknown;
}

/** "met" when `ok`, else "missed". */
export const verdict = (ok: boolean): Verdict => (ok ? 'met' : 'missed');

/** A section that could not be measured: one row saying why, instead of failing the run. */
export function unavailable(section: string, figure: string, budget: string, reason: string): SectionResult {
  return {
    rows: [{ section, figure, value: `not available: ${reason}`, budget, verdict: 'not available' }],
    data: { reason },
  };
}
