import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  DEFAULT_PREFERENCES,
  readPreferences,
  writePreferences,
  PREFERENCES_VERSION,
} from '../../components/preferences/preferences';

const stored = (preferences: unknown, version = PREFERENCES_VERSION) =>
  JSON.stringify({ version, preferences });

describe(readPreferences.name, () => {
  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['no version', JSON.stringify({ preferences: {} })],
    ['a future version', stored({}, PREFERENCES_VERSION + 1)],
    ['an unknown old version', stored({}, 0)],
    ['preferences that are not an object', stored('everything')],
    ['100,000 characters of garbage', 'x'.repeat(100_000)],
  ])('should give the defaults for %s', (_, raw) => {
    expect(readPreferences(raw)).toEqual(DEFAULT_PREFERENCES);
  });

  it('should round-trip what it writes', () => {
    const changed = applyPatch(DEFAULT_PREFERENCES, {
      captionStyle: { size: 200, textColor: '#ffff00' },
      shortcuts: false,
      descriptions: { rate: 1.5 },
    });
    expect(readPreferences(writePreferences(changed))).toEqual(changed);
  });

  it('should keep valid fields and default only the invalid ones', () => {
    const prefs = readPreferences(
      stored({
        captionStyle: { size: 9000, textColor: 'red', font: 'casual', edge: 'raised' },
        shortcuts: 'yes',
        transcriptAutoScroll: false,
        descriptions: { rate: 1.25, output: 'telepathy' },
        captionLanguage: '<script>',
        transcriptLanguage: 42,
      }),
    );
    expect(prefs.captionStyle).toEqual({
      ...DEFAULT_PREFERENCES.captionStyle,
      font: 'casual',
      edge: 'raised',
    });
    expect(prefs.shortcuts).toBe(true);
    expect(prefs.transcriptAutoScroll).toBe(false);
    expect(prefs.descriptions).toEqual({ ...DEFAULT_PREFERENCES.descriptions, rate: 1.25 });
    expect(prefs.captionLanguage).toBeNull();
    expect(prefs.transcriptLanguage).toBeNull();
  });

  it('should read a record from before the transcript language existed as following the captions', () => {
    expect(readPreferences(stored({ shortcuts: false })).transcriptLanguage).toBeNull();
    expect(readPreferences(stored({ transcriptLanguage: 'es' })).transcriptLanguage).toBe('es');
  });
});

describe(applyPatch.name, () => {
  it('should merge nested groups one level deep and reject invalid values', () => {
    const next = applyPatch(DEFAULT_PREFERENCES, {
      captionStyle: { size: 40 },
      signLanguage: { layout: 'overlay' },
    });
    expect(next.captionStyle.size).toBe(DEFAULT_PREFERENCES.captionStyle.size);
    expect(next.signLanguage).toEqual({ ...DEFAULT_PREFERENCES.signLanguage, layout: 'overlay' });
  });
});
