import { describe, expect, it } from 'vitest';
import { shareMoment } from '../../../components/embed/share-moment';

describe(shareMoment.name, () => {
  it.each<[number, number[], number]>([
    [42.7, [41.25], 41.25],
    [42.7, [], 42],
    [42.7, [40, 41.5], 41.5],
    [42.7, [43], 42],
    [0, [0], 0],
    [-3, [], 0],
    [Number.NaN, [1], 0],
    [10.2, [Number.NaN, 9.5], 9.5],
  ])('at %s s with captions from %j → %s', (t, starts, expected) => {
    expect(shareMoment(t, starts)).toBe(expected);
  });
});
