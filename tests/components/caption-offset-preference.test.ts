import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  CAPTION_OFFSET_LIMIT_MS,
  captionOffsetFor,
  DEFAULT_PREFERENCES,
  MAX_CAPTION_OFFSETS,
  PREFERENCES_VERSION,
  readPreferences,
  writePreferences,
} from '../../components/preferences/preferences';

const stored = (captionOffsets: unknown) =>
  JSON.stringify({ version: PREFERENCES_VERSION, preferences: { captionOffsets } });

describe(captionOffsetFor.name, () => {
  const prefs = applyPatch(DEFAULT_PREFERENCES, { captionOffsets: { 'sound-of-metal': 300, other: -1200 } });

  it.each<[string, number]>([
    ['sound-of-metal', 300],
    ['other', -1200],
    ['not-set', 0],
    ['constructor', 0],
    ['to-string', 0],
  ])('%s → %d', (slug, expected) => {
    expect(captionOffsetFor(prefs, slug)).toBe(expected);
  });
});

describe('given per-title caption offsets', () => {
  it('should keep each title’s offset apart, and read them back after a reload', () => {
    const one = applyPatch(DEFAULT_PREFERENCES, { captionOffsets: { 'sound-of-metal': 300 } });
    const two = applyPatch(one, { captionOffsets: { 'fixture-title': -500 } });
    const reloaded = readPreferences(writePreferences(two));
    expect(captionOffsetFor(reloaded, 'sound-of-metal')).toBe(300);
    expect(captionOffsetFor(reloaded, 'fixture-title')).toBe(-500);
  });

  it('should forget a title set back to 0 and keep the others', () => {
    const set = applyPatch(DEFAULT_PREFERENCES, { captionOffsets: { a: 100, b: 200 } });
    expect(applyPatch(set, { captionOffsets: { a: 0 } }).captionOffsets).toEqual({ b: 200 });
  });

  it('should drop an offset past the limit or not in whole milliseconds (the controls clamp before saving)', () => {
    const set = applyPatch(DEFAULT_PREFERENCES, { captionOffsets: { a: 100 } });
    expect(applyPatch(set, { captionOffsets: { a: CAPTION_OFFSET_LIMIT_MS + 100 } }).captionOffsets).toEqual(
      {},
    );
    expect(readPreferences(stored({ a: 100.5, b: -CAPTION_OFFSET_LIMIT_MS })).captionOffsets).toEqual({
      b: -CAPTION_OFFSET_LIMIT_MS,
    });
  });

  it(`should let a new title in when ${MAX_CAPTION_OFFSETS} are remembered, dropping the oldest`, () => {
    const full = Object.fromEntries(Array.from({ length: MAX_CAPTION_OFFSETS }, (_, i) => [`t-${i}`, i + 1]));
    const prefs = applyPatch(readPreferences(stored(full)), { captionOffsets: { newest: 700 } });
    expect(Object.keys(prefs.captionOffsets)).toHaveLength(MAX_CAPTION_OFFSETS);
    expect(captionOffsetFor(prefs, 'newest')).toBe(700);
    expect(captionOffsetFor(prefs, 't-0')).toBe(0);
    expect(captionOffsetFor(prefs, 't-1')).toBe(2);
  });
});
