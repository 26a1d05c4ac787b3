import { describe, expect, it } from 'vitest';
import { shiftCues } from '../../captions/shift-cues';

const cue = (startTime: number, endTime: number, id = '') => ({ id, startTime, endTime });

describe(shiftCues.name, () => {
  it('moves every cue later or earlier by milliseconds, keeping other fields', () => {
    expect(shiftCues([cue(1, 2, 'a'), cue(3, 4.5, 'b')], 250)).toEqual([
      cue(1.25, 2.25, 'a'),
      cue(3.25, 4.75, 'b'),
    ]);
    expect(shiftCues([cue(1, 2, 'a')], -300)).toEqual([cue(0.7, 1.7, 'a')]);
  });

  it('rounds to the millisecond, so 0.1 + 0.2 is 0.3', () => {
    expect(shiftCues([cue(0.1, 1.1)], 200)).toEqual([cue(0.3, 1.3)]);
    expect(shiftCues([cue(1, 2)], 0.4)).toEqual([cue(1, 2)]);
  });

  it('starts a cue at 0 when it would start earlier, and drops a cue that would end at or before 0', () => {
    expect(shiftCues([cue(0.5, 2), cue(0.2, 1), cue(0.1, 0.9)], -1000)).toEqual([cue(0, 1)]);
  });

  it('treats a non-finite offset as 0 and leaves the input alone', () => {
    const input = [cue(1, 2)];
    expect(shiftCues(input, Number.NaN)).toEqual(input);
    shiftCues(input, 500);
    expect(input).toEqual([cue(1, 2)]);
  });
});
