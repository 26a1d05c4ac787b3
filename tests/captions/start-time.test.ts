import { describe, expect, it } from 'vitest';
import { momentStart, parseStartParam, startHref } from '../../captions/start-time';

describe(startHref.name, () => {
  it.each([
    [0, '?t=0'],
    [83.5, '?t=83.5'],
    [1.23456, '?t=1.235'],
    [-3, '?t=0'],
    [Number.NaN, '?t=0'],
  ])('%s s → %s', (seconds, expected) => {
    expect(startHref(seconds)).toBe(expected);
  });
});

describe(momentStart.name, () => {
  const cues = [
    { startTime: 38.5, endTime: 41.2 },
    { startTime: 41.2, endTime: 44 },
    { startTime: 42.5, endTime: 43 },
    { startTime: 50, endTime: 52 },
  ];
  it.each([
    [42.9, 42.5],
    [43.5, 41.2],
    [41.2, 41.2],
    [41.19, 38.5],
    [44, 44],
    [46.25, 46.25],
    [0, 0],
  ])('at %s s → %s', (t, expected) => {
    expect(momentStart(cues, t)).toBe(expected);
  });

  it('should link 42.9 s inside a caption from 41.2 s to ?t=41.2, not ?t=42 in the previous one', () => {
    expect(startHref(momentStart(cues.slice(0, 2), 42.9))).toBe('?t=41.2');
  });
});

describe(parseStartParam.name, () => {
  it.each<[string | string[] | undefined, number | null]>([
    ['83.5', 83.5],
    ['0', 0],
    ['120', 120],
    ['120.001', null],
    ['-5', null],
    ['1e2', null],
    ['NaN', null],
    ['Infinity', null],
    ['abc', null],
    ['99999999', null],
    ['1e9', null],
    ['0x10', null],
    ['\u0000', null],
    ['1;alert(1)', null],
    ['', null],
    [' 5', null],
    ['5s', null],
    [['5', '6'], null],
    [undefined, null],
  ])('%j with a 120 s video → %s', (value, expected) => {
    expect(parseStartParam(value, 120)).toBe(expected);
  });
});
