import { describe, expect, it } from 'vitest';
import {
  CHILDREN_THRESHOLDS,
  isLintProfileName,
  LINT_PROFILES,
  LINT_THRESHOLDS,
  lintTrack,
} from '../../captions/lint';
import { formatVttTimestamp } from '../../captions/format';
import type { Cue } from '../../captions/model';
import { parseWebVTT } from '../../captions/parse';

/** One cue through the real parser, so markup and line numbers are as in a file. */
function cue(start: number, end: number, text: string, id = ''): Cue[] {
  return parseWebVTT(
    `WEBVTT\n\n${id ? `${id}\n` : ''}${formatVttTimestamp(start)} --> ${formatVttTimestamp(end)}\n${text}`,
  ).cues;
}
const onlyRule = (rule: string, found: ReturnType<typeof lintTrack>) => found.filter((f) => f.rule === rule);

describe('LINT_PROFILES', () => {
  it('names the adult profile as the default thresholds', () => {
    expect(LINT_PROFILES.adult).toBe(LINT_THRESHOLDS);
    expect(LINT_PROFILES.adult.name).toBe('adult');
  });

  it('holds the DCMP numbers for children: 13 cps warning, 15 cps error, 2 s minimum, the rest as for adults', () => {
    expect(CHILDREN_THRESHOLDS).toMatchObject({
      name: 'children',
      readingSpeedWarning: 13,
      readingSpeedError: 15,
      minDuration: 2,
    });
    for (const key of ['maxLines', 'maxCharsPerLine', 'maxDuration', 'minGap', 'framesPerSecond'] as const) {
      expect(CHILDREN_THRESHOLDS[key]).toBe(LINT_THRESHOLDS[key]);
    }
  });
});

describe(isLintProfileName.name, () => {
  it.each([
    ['adult', true],
    ['children', true],
    ['Children', false],
    ['toString', false],
    ['', false],
  ])('%j → %s', (name, expected) => {
    expect(isLintProfileName(name)).toBe(expected);
  });
});

describe(`${lintTrack.name} with a profile`, () => {
  // 26 characters over 2 s = 13 cps exactly; 27 = 13.5; 30 = 15; 31 = 15.5.
  it('allows 13 cps for children and warns just above', () => {
    expect(lintTrack(cue(0, 2, 'x'.repeat(26)), 'captions', { profile: 'children' })).toEqual([]);
    expect(
      onlyRule('reading-speed', lintTrack(cue(0, 2, 'x'.repeat(27)), 'captions', { profile: 'children' })),
    ).toEqual([expect.objectContaining({ severity: 'warning', measured: 13.5, threshold: 13 })]);
  });

  it('errors above 15 cps for children in strict mode only, and not at 15', () => {
    const fast = cue(0, 2, 'x'.repeat(31));
    expect(
      onlyRule('reading-speed', lintTrack(fast, 'captions', { profile: 'children', strict: true })),
    ).toEqual([expect.objectContaining({ severity: 'error', measured: 15.5, threshold: 15 })]);
    expect(onlyRule('reading-speed', lintTrack(fast, 'captions', { profile: 'children' }))).toEqual([
      expect.objectContaining({ severity: 'warning', threshold: 13 }),
    ]);
    expect(
      onlyRule(
        'reading-speed',
        lintTrack(cue(0, 2, 'x'.repeat(30)), 'captions', { profile: 'children', strict: true }),
      ),
    ).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });

  it('passes for adults what children get warned about', () => {
    expect(lintTrack(cue(0, 2, 'x'.repeat(27)), 'captions', { profile: 'adult' })).toEqual([]);
    expect(lintTrack(cue(0, 1.5, 'Hi'), 'captions')).toEqual([]);
  });

  it('allows 2 s for children and warns below, naming the limit', () => {
    expect(lintTrack(cue(0, 2, 'Hi'), 'captions', { profile: 'children' })).toEqual([]);
    expect(
      onlyRule('min-duration', lintTrack(cue(0, 1.999, 'Hi'), 'captions', { profile: 'children' })),
    ).toEqual([
      expect.objectContaining({
        measured: 1.999,
        threshold: 2,
        message: expect.stringContaining('at least 2 s'),
      }),
    ]);
  });

  it('accepts a profile object as well as a name', () => {
    const custom = { ...LINT_THRESHOLDS, maxCharsPerLine: 10 };
    expect(
      onlyRule('line-length', lintTrack(cue(0, 5, 'x'.repeat(11)), 'captions', { profile: custom })),
    ).toEqual([expect.objectContaining({ measured: 11, threshold: 10 })]);
  });

  it('gives every finding the file, line, cue id and measured value', () => {
    const [finding] = lintTrack(cue(0, 1, 'x'.repeat(40), 'intro'), 'captions', { file: 'film.en.vtt' });
    expect(finding).toEqual(
      expect.objectContaining({
        file: 'film.en.vtt',
        line: 4,
        cueId: 'intro',
        rule: 'reading-speed',
        measured: 40,
        threshold: 17,
      }),
    );
    expect(lintTrack(cue(0, 1, 'x'.repeat(40)), 'captions')[0]).toEqual(
      expect.objectContaining({ file: '', cueId: '' }),
    );
  });
});
