// The bench's summary says "every budget met" only when every budget was measured and met: a
// section that failed or was not run is "not measured", never a pass.
import { describe, expect, it } from 'vitest';
import type { BenchRow, Verdict } from '../../scripts/bench/bench-row';
import { benchSummary, summaryLines } from '../../scripts/bench/bench-summary';

const row = (figure: string, verdict: Verdict, budget = '≤ 1'): BenchRow => ({
  section: 'S',
  figure,
  value: '2',
  budget,
  verdict,
});

describe(benchSummary.name, () => {
  it('should call a run with every budget measured and met "every budget met"', () => {
    const summary = benchSummary([row('a', 'met'), row('b', 'no budget', '–')]);
    expect(summary.allMet).toBe(true);
    expect(summaryLines(summary).at(-1)).toBe('every budget met (1 met, 0 missed, 0 not measured)');
  });

  it.each<[string, BenchRow[], string[]]>([
    ['a missed budget', [row('a', 'met'), row('b', 'missed')], []],
    ['a section that failed to run', [row('a', 'met'), row('b', 'not available')], []],
    ['a section left out with --only', [row('a', 'met')], ['Lighthouse (mobile)']],
    ['no budget measured at all', [row('a', 'no budget', '–')], []],
  ])('should not call it met with %s', (_, rows, notRun) => {
    const summary = benchSummary(rows, notRun);
    expect(summary.allMet).toBe(false);
    expect(summaryLines(summary).at(-1)).toMatch(/^not every budget is known to be met/);
  });

  it('should list each budget as met, missed or not measured', () => {
    const lines = summaryLines(
      benchSummary([row('a', 'met'), row('b', 'missed'), row('c', 'not available')], ['L']),
    );
    expect(lines).toEqual([
      'met: S: a (≤ 1)',
      'MISSED: S: b (≤ 1), 2',
      'not measured: S: c (≤ 1), 2',
      'not measured: L (not run)',
      'not every budget is known to be met: 1 met, 1 missed, 2 not measured',
    ]);
  });
});
