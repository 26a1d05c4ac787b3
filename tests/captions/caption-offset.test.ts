import { describe, expect, it } from 'vitest';
import {
  captionOffsetStatus,
  captionTimeAt,
  clampCaptionOffset,
  describeCaptionOffset,
  formatOffsetSize,
  mediaTimeOf,
  stepCaptionOffset,
} from '../../captions/caption-offset';
import { shiftCueTimes } from '../../captions/shift-cues';

describe(clampCaptionOffset.name, () => {
  it.each<[number, number, number]>([
    [300, 60_000, 300],
    [-300, 60_000, -300],
    [60_001, 60_000, 60_000],
    [-99_999, 60_000, -60_000],
    [250.6, 60_000, 251],
    [-0.4, 60_000, 0],
    [Number.NaN, 60_000, 0],
    [Number.POSITIVE_INFINITY, 60_000, 0],
    [500, -200, 200],
  ])('%d within ±%d → %d', (ms, limit, expected) => {
    expect(Object.is(clampCaptionOffset(ms, limit), expected)).toBe(true);
  });
});

describe(describeCaptionOffset.name, () => {
  it.each<[number, string]>([
    [0, 'no offset'],
    [-0, 'no offset'],
    [0.3, 'no offset'],
    [Number.NaN, 'no offset'],
    [300, '300 ms later'],
    [-100, '100 ms earlier'],
    [999, '999 ms later'],
    [1000, '1 s later'],
    [-1500, '1.5 s earlier'],
    [12_345, '12.345 s later'],
    [-60_000, '60 s earlier'],
  ])('%d → %j', (ms, expected) => {
    expect(describeCaptionOffset(ms)).toBe(expected);
  });
});

describe(formatOffsetSize.name, () => {
  it.each<[number, string]>([
    [0, '0 ms'],
    [-250, '250 ms'],
    [1000, '1 s'],
    [60_000, '60 s'],
    [90_000, '90 s'],
    [120_000, '2 min'],
    [150_000, '150 s'],
    [3_600_000, '1 h'],
    [5_400_000, '90 min'],
  ])('%d → %j', (ms, expected) => {
    expect(formatOffsetSize(ms)).toBe(expected);
  });
});

describe(stepCaptionOffset.name, () => {
  it.each<[number, number, number, { offsetMs: number; atLimit: boolean }]>([
    [0, 100, 60_000, { offsetMs: 100, atLimit: false }],
    [200, 100, 60_000, { offsetMs: 300, atLimit: false }],
    [0, -100, 60_000, { offsetMs: -100, atLimit: false }],
    [100, -100, 60_000, { offsetMs: 0, atLimit: false }],
    [59_950, 100, 60_000, { offsetMs: 60_000, atLimit: true }],
    [60_000, 100, 60_000, { offsetMs: 60_000, atLimit: true }],
    [-60_000, -100, 60_000, { offsetMs: -60_000, atLimit: true }],
    [-60_000, 100, 60_000, { offsetMs: -59_900, atLimit: false }],
  ])('%d + %d within ±%d → %j', (current, step, limit, expected) => {
    expect(stepCaptionOffset(current, step, limit)).toEqual(expected);
  });
});

describe(captionOffsetStatus.name, () => {
  it.each<[number, boolean, string]>([
    [300, false, 'Captions: 300 ms later'],
    [-1200, false, 'Captions: 1.2 s earlier'],
    [0, false, 'Captions: no offset'],
    [0, true, 'Captions: no offset'],
    [60_000, true, 'Captions: 60 s later, the most allowed'],
    [-60_000, true, 'Captions: 60 s earlier, the most allowed'],
  ])('%d (at the limit: %s) → %j', (ms, atLimit, expected) => {
    expect(captionOffsetStatus(ms, atLimit)).toBe(expected);
  });
});

describe(captionTimeAt.name, () => {
  it.each<[number, number, number]>([
    [10, 0, 10],
    [10.3, 300, 10],
    [9.7, -300, 10],
    [0.1, 300, -0.2],
  ])('media time %d with %d ms shows the file at %d', (seconds, offset, expected) => {
    expect(captionTimeAt(seconds, offset)).toBeCloseTo(expected, 9);
  });
});

describe(mediaTimeOf.name, () => {
  it.each<[number, number, number]>([
    [10, 0, 10],
    [10, 300, 10.3],
    [0.1, 200, 0.3],
    [8.181, -100, 8.081],
  ])('file time %d with %d ms is media time %d', (seconds, offset, expected) => {
    expect(mediaTimeOf(seconds, offset)).toBe(expected);
  });

  it('should undo captionTimeAt to the millisecond', () => {
    for (const offset of [-1500, -300, 0, 100, 700]) {
      expect(mediaTimeOf(captionTimeAt(41.2, offset), offset)).toBe(41.2);
    }
  });
});

describe(shiftCueTimes.name, () => {
  it.each<[number, number, number, { startTime: number; endTime: number } | null]>([
    [1, 2, 300, { startTime: 1.3, endTime: 2.3 }],
    [1, 2, -300, { startTime: 0.7, endTime: 1.7 }],
    [0.2, 1, -500, { startTime: 0, endTime: 0.5 }],
    [0.2, 1, -1000, null],
    [1, 2, Number.NaN, { startTime: 1, endTime: 2 }],
  ])('%d → %d by %d ms → %j', (start, end, offset, expected) => {
    expect(shiftCueTimes(start, end, offset)).toEqual(expected);
  });
});
