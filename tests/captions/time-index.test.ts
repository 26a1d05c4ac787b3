import { describe, expect, it } from 'vitest';
import {
  createTimeIndex,
  cueIndexAt,
  cuesActiveAt,
  nextCueAfter,
  previousCueBefore,
  type TimedCue,
} from '../../captions/time-index';

interface Named extends TimedCue {
  name: string;
}

const cue = (name: string, startTime: number, endTime: number): Named => ({ name, startTime, endTime });
const names = (cues: readonly Named[]) => cues.map((c) => c.name);

// a and b are back to back; c overlaps b; d is long and spans e; gap between 10 and 12.
const track = [cue('a', 0, 2), cue('b', 2, 5), cue('c', 4, 6), cue('d', 12, 30), cue('e', 15, 16)];

describe(createTimeIndex.name, () => {
  it('sorts unsorted input by start, then longer first, without modifying it', () => {
    const input = [cue('late', 10, 11), cue('short', 1, 2), cue('long', 1, 5), cue('first', 0, 1)];
    const index = createTimeIndex(input);
    expect(names(index.cues)).toEqual(['first', 'long', 'short', 'late']);
    expect(names(input)).toEqual(['late', 'short', 'long', 'first']);
  });

  it('keeps input order for identical times', () => {
    const index = createTimeIndex([cue('x', 1, 2), cue('y', 1, 2), cue('z', 1, 2)]);
    expect(names(index.cues)).toEqual(['x', 'y', 'z']);
  });

  it('is frozen', () => {
    const index = createTimeIndex(track);
    expect(Object.isFrozen(index)).toBe(true);
    expect(Object.isFrozen(index.cues)).toBe(true);
  });
});

describe(cuesActiveAt.name, () => {
  const index = createTimeIndex(track);

  it.each([
    [-1, []],
    [0, ['a']],
    [1.999, ['a']],
    [2, ['b']], // half-open: a ends exactly when b starts
    [4, ['b', 'c']],
    [4.5, ['b', 'c']],
    [5, ['c']],
    [6, []],
    [10, []],
    [12, ['d']],
    [15, ['d', 'e']],
    [16, ['d']],
    [29.999, ['d']],
    [30, []],
    [1000, []],
    [Number.NaN, []],
  ])('at %s s → %j', (t, expected) => {
    expect(names(cuesActiveAt(index, t))).toEqual(expected);
  });

  it('handles an empty track', () => {
    expect(cuesActiveAt(createTimeIndex([]), 0)).toEqual([]);
  });

  it('never shows a cue that ends at or before its start', () => {
    const odd = createTimeIndex([cue('zero', 1, 1), cue('negative', 3, 2)]);
    expect(cuesActiveAt(odd, 1)).toEqual([]);
    expect(cuesActiveAt(odd, 2.5)).toEqual([]);
  });

  it('agrees with a linear scan on many overlapping cues', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      cue(`c${i}`, (i * 7) % 97, ((i * 7) % 97) + 1 + (i % 13)),
    );
    const idx = createTimeIndex(many);
    for (let t = -1; t < 115; t += 0.25) {
      const expected = idx.cues.filter((c) => c.startTime <= t && t < c.endTime);
      expect(cuesActiveAt(idx, t)).toEqual(expected);
    }
  });
});

describe(cueIndexAt.name, () => {
  const index = createTimeIndex(track);

  it.each([
    [-1, -1],
    [0, 0],
    [2, 1],
    [4, 2], // b and c active: c started last
    [5, 2],
    [8, -1],
    [15, 4],
    [30, -1],
  ])('at %s s → %s', (t, expected) => {
    expect(cueIndexAt(index, t)).toBe(expected);
  });

  it('is -1 on an empty track', () => {
    expect(cueIndexAt(createTimeIndex([]), 3)).toBe(-1);
  });
});

describe(nextCueAfter.name, () => {
  const index = createTimeIndex(track);

  it.each([
    [-5, 'a'],
    [0, 'b'], // at a's start, the next one is b
    [1, 'b'],
    [2, 'c'],
    [6, 'd'],
    [12, 'e'],
    [15, null], // last start
    [100, null],
  ])('after %s s → %s', (t, expected) => {
    expect(nextCueAfter(index, t)?.name ?? null).toBe(expected);
  });

  it('is null on an empty track or NaN', () => {
    expect(nextCueAfter(createTimeIndex([]), 0)).toBeNull();
    expect(nextCueAfter(index, Number.NaN)).toBeNull();
  });
});

describe(previousCueBefore.name, () => {
  const index = createTimeIndex(track);

  it.each([
    [-5, null],
    [0, null], // at the first start
    [0.5, 'a'],
    [2, 'a'], // at b's exact start, the one before
    [3, 'b'],
    [4.5, 'c'],
    [12, 'c'],
    [20, 'e'],
    [100, 'e'],
  ])('before %s s → %s', (t, expected) => {
    expect(previousCueBefore(index, t)?.name ?? null).toBe(expected);
  });

  it('is null on an empty track or NaN', () => {
    expect(previousCueBefore(createTimeIndex([]), 10)).toBeNull();
    expect(previousCueBefore(index, Number.NaN)).toBeNull();
  });
});
