/**
 * Nothing the viewer set is lost across upgrades: a record written by an older schema goes
 * through the registered migrations, in order, before it is validated; a record of the current
 * version is read back whole; one with no migration path gives the defaults instead of failing.
 */
import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  DEFAULT_PREFERENCES,
  PREFERENCES_VERSION,
  readPreferences,
  readPreferencesWith,
  writePreferences,
  type PreferencesMigrations,
} from '../../components/preferences/preferences';

const stored = (version: number, preferences: Record<string, unknown>) =>
  JSON.stringify({ version, preferences });

// A stand-in for the previous schema: it named the shortcut switch `keyboardShortcuts` and kept
// the caption size as a factor (1.5) instead of a percentage (150).
const previous = PREFERENCES_VERSION - 1;
const fromPrevious: PreferencesMigrations = {
  [previous]: ({ keyboardShortcuts, captionScale, ...rest }) => ({
    ...rest,
    shortcuts: keyboardShortcuts,
    captionStyle: { size: typeof captionScale === 'number' ? captionScale * 100 : undefined },
  }),
};

describe(readPreferencesWith.name, () => {
  describe('given a record of the previous schema version', () => {
    const raw = stored(previous, { keyboardShortcuts: false, captionScale: 1.5, soundCues: false });

    it('should run the registered migration and keep every setting', () => {
      expect(readPreferencesWith(raw, fromPrevious)).toEqual(
        applyPatch(DEFAULT_PREFERENCES, { shortcuts: false, captionStyle: { size: 150 }, soundCues: false }),
      );
    });

    it('should validate what the migration returns', () => {
      const broken: PreferencesMigrations = {
        [previous]: () => ({ shortcuts: 'yes', captionStyle: { size: 9000 } }),
      };
      expect(readPreferencesWith(raw, broken)).toEqual(DEFAULT_PREFERENCES);
    });

    it('should give the defaults when no migration is registered for it', () => {
      expect(readPreferencesWith(raw, {})).toEqual(DEFAULT_PREFERENCES);
    });
  });

  describe('given a record two versions old', () => {
    it('should run the migrations in order', () => {
      const calls: number[] = [];
      const chain: PreferencesMigrations = {
        [previous - 1]: (old) => (calls.push(previous - 1), { ...old, soundCues: false }),
        [previous]: (old) => (
          calls.push(previous),
          { ...old, shortcuts: old.soundCues === false ? false : true }
        ),
      };
      const prefs = readPreferencesWith(stored(previous - 1, {}), chain);
      expect(calls).toEqual([previous - 1, previous]);
      expect(prefs).toEqual(applyPatch(DEFAULT_PREFERENCES, { soundCues: false, shortcuts: false }));
    });
  });
});

describe(readPreferences.name, () => {
  it(`should read a version-${PREFERENCES_VERSION} record back whole, with every setting changed`, () => {
    const changed = applyPatch(DEFAULT_PREFERENCES, {
      captionStyle: {
        font: 'monospace-serif',
        size: 250,
        textColor: '#ffff00',
        backgroundOpacity: 0.5,
        edge: 'drop-shadow',
      },
      speakerNames: 'colour',
      soundCues: false,
      captionPosition: 'below',
      captionLanguage: 'es',
      shortcuts: false,
      transcriptAutoScroll: false,
      descriptions: { enabled: true, output: 'screen-reader', rate: 1.5 },
      signLanguage: { layout: 'overlay', x: 10, y: 20, width: 40 },
    });
    const raw = writePreferences(changed);
    expect(JSON.parse(raw)).toMatchObject({ version: PREFERENCES_VERSION });
    expect(readPreferences(raw)).toEqual(changed);
  });
});
