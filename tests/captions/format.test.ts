import { describe, expect, it } from 'vitest';
import { formatSpokenDuration, formatTimestamp, formatVttTimestamp } from '../../captions/format';

describe(formatTimestamp.name, () => {
  it.each([
    [0, '0:00'],
    [0.999, '0:00'],
    [5, '0:05'],
    [59.9, '0:59'],
    [60, '1:00'],
    [65, '1:05'],
    [599, '9:59'],
    [3599.99, '59:59'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [36000, '10:00:00'],
    [360000, '100:00:00'],
    [-1, '0:00'],
    [Number.NaN, '0:00'],
    [Number.POSITIVE_INFINITY, '0:00'],
  ])('%s s → %s', (seconds, expected) => {
    expect(formatTimestamp(seconds)).toBe(expected);
  });
});

describe(formatSpokenDuration.name, () => {
  it.each([
    [0, '0 seconds'],
    [0.5, '0 seconds'],
    [1, '1 second'],
    [2, '2 seconds'],
    [60, '1 minute'],
    [61, '1 minute 1 second'],
    [65, '1 minute 5 seconds'],
    [120, '2 minutes'],
    [3600, '1 hour'],
    [3601, '1 hour 1 second'],
    [3725, '1 hour 2 minutes 5 seconds'],
    [7322, '2 hours 2 minutes 2 seconds'],
    [-5, '0 seconds'],
    [Number.NaN, '0 seconds'],
  ])('%s s → %s', (seconds, expected) => {
    expect(formatSpokenDuration(seconds)).toBe(expected);
  });
});

describe(formatVttTimestamp.name, () => {
  it.each([
    [0, '00:00:00.000'],
    [65.25, '00:01:05.250'],
    [0.0004, '00:00:00.000'],
    [0.0005, '00:00:00.001'],
    [59.9999, '00:01:00.000'],
    [3725.5, '01:02:05.500'],
    [360000, '100:00:00.000'],
    [-1, '00:00:00.000'],
    [Number.NaN, '00:00:00.000'],
  ])('%s s → %s', (seconds, expected) => {
    expect(formatVttTimestamp(seconds)).toBe(expected);
  });

  it('round-trips through the parser at millisecond precision', async () => {
    const { parseWebVTT } = await import('../../captions/parse');
    for (const t of [0, 1.001, 83.5, 3599.999, 359999.123]) {
      const cue = parseWebVTT(`WEBVTT\n\n${formatVttTimestamp(t)} --> ${formatVttTimestamp(t + 1)}\nx`)
        .cues[0];
      expect(cue?.startTime).toBeCloseTo(t, 6);
    }
  });
});
