import { describe, expect, it } from 'vitest';
import { parseTimeInput, TIME_INPUT_HINT } from '../../captions/time-input';

describe(parseTimeInput.name, () => {
  it.each([
    ['83', 83],
    ['83.5', 83.5],
    ['0', 0],
    ['1:23', 83],
    ['0:05', 5],
    ['1:23.5', 83.5],
    ['12:00', 720],
    ['1:02:03', 3723],
    ['0:00:07', 7],
    ['1m23s', 83],
    ['1h2m3s', 3723],
    ['1H2M3S', 3723],
    ['1h 2m 3s', 3723],
    ['90s', 90],
    ['2m', 120],
    ['1h', 3600],
    ['1.5m', 90],
    ['  1:23  ', 83],
  ])('%j → %s s', (text, seconds) => {
    expect(parseTimeInput(text)).toEqual({ ok: true, seconds });
  });

  it.each([
    [''],
    ['   '],
    ['abc'],
    ['-5'],
    ['1:75'],
    ['1:2'],
    ['1:60:00'],
    [':30'],
    ['1:'],
    ['1::23'],
    ['1:23:45:67'],
    ['3s2m'],
    ['1m1m'],
    ['h'],
    ['1e3'],
    ['Infinity'],
    ['NaN'],
    ['1,5'],
    ['1.'],
  ])('%j → "Type a time like 1:23"', (text) => {
    expect(parseTimeInput(text)).toEqual({ ok: false, error: { kind: 'format', message: TIME_INPUT_HINT } });
  });

  it.each([
    ['2:00', 117.4, '2:00 is past the end (1:57)'],
    ['118', 117.4, '1:58 is past the end (1:57)'],
    ['1h', 117.4, '1:00:00 is past the end (1:57)'],
  ])('%j with a duration of %s s → %j', (text, duration, message) => {
    expect(parseTimeInput(text, duration)).toEqual({ ok: false, error: { kind: 'past-end', message } });
  });

  it.each([
    ['1:57.4', 117.4, 117.4],
    ['1:57', 117.4, 117],
    ['5:00', 0, 300],
    ['5:00', Number.NaN, 300],
    ['5:00', Number.POSITIVE_INFINITY, 300],
  ])(
    '%j with a duration of %s s → %s s (the end itself, or an unknown duration)',
    (text, duration, seconds) => {
      expect(parseTimeInput(text, duration)).toEqual({ ok: true, seconds });
    },
  );
});
