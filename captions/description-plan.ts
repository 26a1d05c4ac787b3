/**
 * How to voice one description so that it fits the film (issue #14, "description that fits";
 * the FOMS 2018 proposal in w3c/wcag#599, Able Player #445/#724). Pure: no DOM, no speech.
 *
 * Ducking before speeding, speeding before pausing: a description that fits its gap in the
 * dialogue at the viewer's rate is spoken at that rate while the film's volume is lowered; one
 * that does not is spoken faster, up to the viewer's maximum rate; only what still does not fit
 * pauses the video (extended description, WCAG 1.2.7).
 */

/** What the plan needs; times in seconds, rates as on `SpeechSynthesisUtterance.rate`. */
export interface DescriptionPlanInput {
  /**
   * How long the text takes to speak at rate 1, from the shared estimate
   * (`estimateSpeechSeconds(text)` in description-timing.ts), so that the planner and the
   * caption check agree on what fits.
   */
  speechSeconds: number;
  /** Seconds from the description's start to the next dialogue (`availableSeconds`). */
  gapSeconds: number;
  /** The viewer's chosen rate (0.5–2). */
  rate: number;
  /** The fastest the viewer accepts; below `rate` it counts as `rate` (never slow down to fit). */
  maxRate: number;
  /** Whether the viewer allows pausing the film (extended description). Default true. */
  extended?: boolean;
}

export interface DescriptionPlan {
  /** The speech rate to use. */
  rate: number;
  /** Lower the film's volume while speaking: true whenever the film plays during the speech. */
  duck: boolean;
  /** Seconds to hold the film paused after the gap ends, while the rest is spoken; 0 if none. */
  pauseSeconds: number;
}

const positive = (value: number, fallback: number) =>
  Number.isFinite(value) && value > 0 ? value : fallback;
const nonNegative = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

/** Rounds a rate up to the hundredth, so the chosen rate is never a hair too slow to fit. */
const rateUp = (rate: number) => Math.ceil(rate * 100 - 1e-9) / 100;

/**
 * The plan for one description:
 * - it fits at the viewer's `rate`: `{ rate, duck: true, pauseSeconds: 0 }`;
 * - it fits at some rate up to `maxRate`: the slowest such rate (rounded up to 0.01), ducked,
 *   no pause;
 * - otherwise: `maxRate`, and a pause for the seconds still left after the gap (none when
 *   `extended` is false: the rest is then spoken over the film).
 * `duck` is false when nothing is spoken (`speechSeconds` 0, which fits anywhere) or when there
 * is no gap at all (dialogue already under way): the film is then paused for the whole description.
 * Invalid numbers never throw: a non-positive or non-finite `rate` counts as 1, `maxRate` as
 * `rate`, and times as 0.
 */
export function planDescription(input: DescriptionPlanInput): DescriptionPlan {
  const rate = positive(input.rate, 1);
  const maxRate = Math.max(rate, positive(input.maxRate, rate));
  const speech = nonNegative(input.speechSeconds);
  const gap = nonNegative(input.gapSeconds);
  const extended = input.extended ?? true;

  if (speech / rate <= gap) return { rate, duck: speech > 0, pauseSeconds: 0 };
  if (gap > 0) {
    const needed = rateUp(speech / gap);
    if (needed <= maxRate) return { rate: Math.max(rate, needed), duck: true, pauseSeconds: 0 };
  }
  const left = speech / maxRate - gap;
  return { rate: maxRate, duck: gap > 0, pauseSeconds: extended ? left : 0 };
}
