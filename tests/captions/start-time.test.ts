import { describe, expect, it } from 'vitest';
import { parseStartParam, startHref } from '../../captions/start-time';

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
