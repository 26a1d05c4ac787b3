import { describe, expect, it } from 'vitest';
import { LINT_THRESHOLDS, lintTrack, type LintRule } from '../../captions/lint';
import type { TrackKind } from '../../captions/manifest';
import type { Cue } from '../../captions/model';
import { parseWebVTT } from '../../captions/parse';
import { formatVttTimestamp } from '../../captions/format';

interface Spec {
  start: number;
  end: number;
  text: string;
  id?: string;
}

/** Builds cues through the real parser, so markup and line numbers are as in a file. */
function cues(...specs: Spec[]): Cue[] {
  const body = specs
    .map(
      (s) =>
        `${s.id ?? ''}${s.id ? '\n' : ''}${formatVttTimestamp(s.start)} --> ${formatVttTimestamp(s.end)}\n${s.text}`,
    )
    .join('\n\n');
  return parseWebVTT(`WEBVTT\n\n${body}`).cues;
}

const rules = (found: ReturnType<typeof lintTrack>) => found.map((f) => f.rule);
const only = (rule: LintRule, found: ReturnType<typeof lintTrack>) => found.filter((f) => f.rule === rule);

describe('LINT_THRESHOLDS', () => {
  it('holds the style-guide numbers', () => {
    expect(LINT_THRESHOLDS).toMatchObject({
      maxLines: 2,
      maxCharsPerLine: 42,
      readingSpeedWarning: 17,
      readingSpeedError: 20,
      maxDuration: 7,
      framesPerSecond: 24,
    });
    expect(LINT_THRESHOLDS.minDuration).toBeCloseTo(5 / 6, 12);
    expect(LINT_THRESHOLDS.minGap).toBeCloseTo(2 / 24, 12);
  });
});

describe(lintTrack.name, () => {
  it('passes a clean track', () => {
    expect(
      lintTrack(
        cues({ start: 0, end: 2, text: 'Hello.' }, { start: 3, end: 5, text: 'Goodbye.' }),
        'captions',
      ),
    ).toEqual([]);
  });

  describe('max-lines', () => {
    it('allows 2 lines and warns at 3', () => {
      expect(lintTrack(cues({ start: 0, end: 4, text: 'one\ntwo' }), 'captions')).toEqual([]);
      const found = lintTrack(cues({ id: 'c1', start: 0, end: 6, text: 'one\ntwo\nthree' }), 'captions');
      expect(found).toEqual([
        expect.objectContaining({
          rule: 'max-lines',
          severity: 'warning',
          cueId: 'c1',
          line: 4,
          measured: 3,
          threshold: 2,
        }),
      ]);
    });
  });

  describe('line-length', () => {
    it('allows 42 characters and warns at 43, counting plain text only', () => {
      const ok = `<v Someone Long>${'a'.repeat(42)}</v>`;
      expect(lintTrack(cues({ start: 0, end: 5, text: ok }), 'captions')).toEqual([]);
      const found = lintTrack(cues({ start: 0, end: 5, text: 'a'.repeat(43) }), 'captions');
      expect(only('line-length', found)).toEqual([expect.objectContaining({ measured: 43, threshold: 42 })]);
    });

    it('counts code points, not UTF-16 units', () => {
      expect(rules(lintTrack(cues({ start: 0, end: 5, text: '♪🎵'.repeat(21) }), 'captions'))).not.toContain(
        'line-length',
      );
    });
  });

  describe('reading-speed', () => {
    // 34 characters over 2 s = 17 cps exactly; 35 = 17.5 cps.
    it('allows 17 cps and warns just above', () => {
      expect(lintTrack(cues({ start: 0, end: 2, text: 'x'.repeat(34) }), 'captions')).toEqual([]);
      expect(
        only('reading-speed', lintTrack(cues({ start: 0, end: 2, text: 'x'.repeat(35) }), 'captions')),
      ).toEqual([expect.objectContaining({ severity: 'warning', measured: 17.5, threshold: 17 })]);
    });

    it('ignores markup and line breaks', () => {
      const text = `<i>${'x'.repeat(17)}</i>\n<b>${'y'.repeat(17)}</b>`;
      expect(lintTrack(cues({ start: 0, end: 2, text }), 'captions')).toEqual([]);
    });

    it('errors above 20 cps only in strict mode', () => {
      const fast = cues({ start: 0, end: 2, text: 'x'.repeat(41) }); // 20.5 cps
      const atTwenty = cues({ start: 0, end: 2, text: 'x'.repeat(40) }); // 20 cps
      expect(only('reading-speed', lintTrack(fast, 'captions'))).toEqual([
        expect.objectContaining({ severity: 'warning', threshold: 17 }),
      ]);
      expect(only('reading-speed', lintTrack(fast, 'captions', { strict: true }))).toEqual([
        expect.objectContaining({ severity: 'error', measured: 20.5, threshold: 20 }),
      ]);
      expect(only('reading-speed', lintTrack(atTwenty, 'captions', { strict: true }))).toEqual([
        expect.objectContaining({ severity: 'warning' }),
      ]);
    });
  });

  describe('duration', () => {
    it('allows 20 frames written at millisecond precision and warns below', () => {
      expect(lintTrack(cues({ start: 0, end: 0.833, text: 'Hi' }), 'captions')).toEqual([]);
      expect(only('min-duration', lintTrack(cues({ start: 0, end: 0.832, text: 'Hi' }), 'captions'))).toEqual(
        [expect.objectContaining({ measured: 0.832, threshold: 0.833 })],
      );
    });

    it('allows 7 s and warns above', () => {
      expect(lintTrack(cues({ start: 0, end: 7, text: 'A long shot of the sea.' }), 'captions')).toEqual([]);
      expect(
        only(
          'max-duration',
          lintTrack(cues({ start: 0, end: 7.001, text: 'A long shot of the sea.' }), 'captions'),
        ),
      ).toEqual([expect.objectContaining({ measured: 7.001, threshold: 7 })]);
    });
  });

  describe('min-gap', () => {
    it('allows 2 frames (0.083 s) and warns below, including back-to-back cues', () => {
      expect(
        lintTrack(cues({ start: 0, end: 2, text: 'a' }, { start: 2.083, end: 4, text: 'b' }), 'captions'),
      ).toEqual([]);
      expect(
        only(
          'min-gap',
          lintTrack(cues({ start: 0, end: 2, text: 'a' }, { start: 2.082, end: 4, text: 'b' }), 'captions'),
        ),
      ).toEqual([expect.objectContaining({ measured: 0.082, line: 6 })]);
      expect(
        rules(lintTrack(cues({ start: 0, end: 2, text: 'a' }, { start: 2, end: 4, text: 'b' }), 'captions')),
      ).toEqual(['min-gap']);
    });
  });

  describe('overlap', () => {
    it('flags a cue that starts before an earlier one ends, including a long earlier cue', () => {
      const found = lintTrack(
        cues(
          { start: 0, end: 6, text: 'long' },
          { start: 2, end: 3, text: 'inside' },
          { start: 4, end: 5, text: 'also inside' },
        ),
        'captions',
      );
      expect(only('overlap', found).map((f) => [f.measured, f.line])).toEqual([
        [4, 6],
        [2, 9],
      ]);
      expect(rules(found)).not.toContain('min-gap');
    });

    it('does not flag cues that touch exactly (half-open times)', () => {
      expect(
        rules(lintTrack(cues({ start: 0, end: 2, text: 'a' }, { start: 2, end: 4, text: 'b' }), 'chapters')),
      ).toEqual([]);
    });
  });

  describe('rules by kind', () => {
    const messy = cues(
      { start: 0, end: 0.2, text: `${'x'.repeat(50)}\ntwo\nthree` },
      { start: 0.1, end: 9, text: 'overlapping and long' },
      { start: 9.01, end: 10, text: 'close' },
    );
    it.each([
      [
        'captions',
        ['max-lines', 'line-length', 'reading-speed', 'min-duration', 'max-duration', 'overlap', 'min-gap'],
      ],
      [
        'subtitles',
        ['max-lines', 'line-length', 'reading-speed', 'min-duration', 'max-duration', 'overlap', 'min-gap'],
      ],
      ['descriptions', ['min-duration', 'max-duration', 'overlap']],
      ['chapters', ['overlap']],
      ['metadata', ['overlap']],
    ] satisfies Array<[TrackKind, LintRule[]]>)('%s → %j', (kind, expected) => {
      expect(rules(lintTrack(messy, kind))).toEqual(expected);
    });
  });

  it('accepts unsorted cues and reports in start order', () => {
    const [a, b] = cues({ start: 0, end: 2, text: 'a' }, { start: 1, end: 3, text: 'b' });
    expect(lintTrack([b!, a!], 'metadata')).toEqual([
      expect.objectContaining({ rule: 'overlap', measured: 1 }),
    ]);
  });
});
