import { describe, expect, it } from 'vitest';
import { plural } from '../../components/play/plural';

describe('plural', () => {
  it.each([
    [0, 'file', '0 files'],
    [1, 'file', '1 file'],
    [2, 'caption file', '2 caption files'],
    [1000, 'cue', '1000 cues'],
  ] as const)('should write %d %s as %j', (n, one, expected) => {
    expect(plural(n, one)).toBe(expected);
  });
});
