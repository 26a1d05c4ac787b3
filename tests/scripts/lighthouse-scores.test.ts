// The Lighthouse section's rows: a route whose runs all failed is "not measured" for each of its
// budgets (never a pass, never the whole section lost), and a route audited for Performance only
// (the 10,000-cue page) has no rows for the other categories.
import { describe, expect, it } from 'vitest';
import { emptyAudit, lighthouseRows, type PageAudit } from '../../scripts/bench/lighthouse-scores';

const audit = (overrides: Partial<PageAudit>): PageAudit => ({ ...emptyAudit('/p'), ...overrides });

describe(lighthouseRows.name, () => {
  it('should report every budget of a route whose runs all failed as not available, with the reason', () => {
    const rows = lighthouseRows(
      { path: '/p', performance: 98 },
      audit({ errors: ['lighthouse exited 1: PROTOCOL_TIMEOUT'] }),
    );
    expect(rows.map((r) => [r.figure, r.verdict])).toEqual([
      ['`/p` Performance', 'not available'],
      ['`/p` Accessibility', 'not available'],
      ['`/p` Best Practices', 'not available'],
      ['`/p` SEO', 'not available'],
      ['`/p` Cumulative Layout Shift', 'not available'],
    ]);
    expect(rows[0]!.value).toContain('PROTOCOL_TIMEOUT');
  });

  it('should take the median of the completed runs and judge Performance and CLS by their budgets', () => {
    const rows = lighthouseRows(
      { path: '/p', performance: 90, categories: ['performance'] },
      audit({
        runs: [{ performance: 95 }, { performance: 89 }, { performance: 91 }],
        cls: [0, 0.02, 0.01],
      }),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        figure: '`/p` Performance',
        value: '91 (median of 3)',
        budget: '≥ 90',
        verdict: 'met',
      }),
      expect.objectContaining({
        figure: '`/p` Cumulative Layout Shift',
        value: '0.010 (median of 3)',
        budget: '0',
        verdict: 'missed',
      }),
    ]);
  });

  it('should call a CLS that no run reported not available, not met', () => {
    const rows = lighthouseRows(
      { path: '/p', performance: 98, categories: ['performance'] },
      audit({ runs: [{ performance: 99 }], cls: [Number.NaN] }),
    );
    expect(rows.at(-1)).toEqual(expect.objectContaining({ verdict: 'not available' }));
  });
});
