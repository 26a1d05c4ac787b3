import { describe, expect, it } from 'vitest';
import { controlsMayHide, type VisibilityInputs } from '../../components/player/controls-visibility';

const base: VisibilityInputs = { fullscreen: true, playing: true, preference: true, waiting: false };

describe(controlsMayHide.name, () => {
  it('should let the controls hide in fullscreen while playing', () => {
    expect(controlsMayHide(base)).toBe(true);
  });

  it.each([
    ['inline, where they cover nothing', { fullscreen: false }],
    ['while paused', { playing: false }],
    ['for a viewer who turned auto-hide off', { preference: false }],
    ['while waiting for Continue', { waiting: true }],
  ] as const)('should keep them %s', (_, change) => {
    expect(controlsMayHide({ ...base, ...change })).toBe(false);
  });
});
