import { describe, expect, it } from 'vitest';
import { planDescription, type DescriptionPlanInput } from '../../captions/description-plan';

const input = (speechSeconds: number, gapSeconds: number, rate = 1, maxRate = 1.5): DescriptionPlanInput => ({
  speechSeconds,
  gapSeconds,
  rate,
  maxRate,
});

describe(planDescription.name, () => {
  it.each([
    // Fits at the viewer's rate: duck, no pause, the viewer's own rate.
    ['fits with room', input(3, 5), { rate: 1, duck: true, pauseSeconds: 0 }],
    ['fits exactly', input(4, 4), { rate: 1, duck: true, pauseSeconds: 0 }],
    ['fits at the viewer’s faster rate', input(6, 4, 1.5, 2), { rate: 1.5, duck: true, pauseSeconds: 0 }],
    ['empty text: nothing to duck for', input(0, 0), { rate: 1, duck: false, pauseSeconds: 0 }],
    // Does not fit at the viewer's rate but does at a faster one up to the maximum.
    ['needs 1.25×', input(5, 4), { rate: 1.25, duck: true, pauseSeconds: 0 }],
    ['needs exactly the maximum', input(6, 4), { rate: 1.5, duck: true, pauseSeconds: 0 }],
    ['a rate rounded up to the hundredth', input(10, 9), { rate: 1.12, duck: true, pauseSeconds: 0 }],
    // Does not fit even at the maximum: the maximum, and a pause for what is left.
    ['2 s left at the maximum', input(9, 4), { rate: 1.5, duck: true, pauseSeconds: 2 }],
    ['no gap: pause for all of it, no ducking', input(3, 0), { rate: 1.5, duck: false, pauseSeconds: 2 }],
    ['maximum equal to the rate', input(6, 4, 1, 1), { rate: 1, duck: true, pauseSeconds: 2 }],
  ])('%s', (_, given, expected) => {
    expect(planDescription(given)).toEqual(expected);
  });

  it('should speak the rest over the film instead of pausing when extended description is off', () => {
    expect(planDescription({ ...input(9, 4), extended: false })).toEqual({
      rate: 1.5,
      duck: true,
      pauseSeconds: 0,
    });
  });

  it.each([
    [
      'a maximum below the rate counts as the rate',
      input(6, 4, 1.25, 1),
      { rate: 1.25, duck: true, pauseSeconds: 0.8 },
    ],
    ['a rate of 0 counts as 1', input(3, 5, 0, 2), { rate: 1, duck: true, pauseSeconds: 0 }],
    [
      'a NaN maximum counts as the rate',
      input(6, 4, 1, Number.NaN),
      { rate: 1, duck: true, pauseSeconds: 2 },
    ],
    ['a negative gap counts as 0', input(2, -1, 1, 1), { rate: 1, duck: false, pauseSeconds: 2 }],
    [
      'an infinite speech time counts as 0',
      input(Number.POSITIVE_INFINITY, 1),
      { rate: 1, duck: false, pauseSeconds: 0 },
    ],
  ])('%s', (_, given, expected) => {
    const plan = planDescription(given);
    expect(plan.rate).toBe(expected.rate);
    expect(plan.duck).toBe(expected.duck);
    expect(plan.pauseSeconds).toBeCloseTo(expected.pauseSeconds, 9);
  });

  it('should never plan a rate above the maximum nor a spoken time longer than gap plus pause', () => {
    for (const speech of [0, 0.5, 2, 7, 13.3]) {
      for (const gap of [0, 0.4, 3, 8]) {
        for (const [rate, maxRate] of [
          [0.75, 1],
          [1, 2],
          [1.5, 1.75],
        ] as const) {
          const plan = planDescription({ speechSeconds: speech, gapSeconds: gap, rate, maxRate });
          expect(plan.rate).toBeGreaterThanOrEqual(rate);
          expect(plan.rate).toBeLessThanOrEqual(maxRate);
          expect(speech / plan.rate).toBeLessThanOrEqual(gap + plan.pauseSeconds + 1e-9);
        }
      }
    }
  });
});
