/**
 * Version 2 of the preferences (issue #14): what a version-1 record becomes, and how the new
 * fields are validated.
 */
import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  CAPTION_OFFSET_LIMIT_MS,
  DEFAULT_PREFERENCES,
  MAX_CAPTION_OFFSETS,
  migrateFromVersion1,
  PREFERENCES_VERSION,
  readPreferences,
  writePreferences,
} from '../../components/preferences/preferences';

const stored = (version: number, preferences: Record<string, unknown>) =>
  JSON.stringify({ version, preferences });

/** Everything a version-1 viewer could have set, each away from its default. */
const VERSION_1 = {
  captionStyle: {
    font: 'casual',
    size: 175,
    textColor: '#ffff00',
    textOpacity: 0.9,
    backgroundColor: '#000080',
    backgroundOpacity: 0.6,
    windowColor: '#101010',
    windowOpacity: 0.2,
    edge: 'uniform',
  },
  speakerNames: 'colour',
  soundCues: false,
  captionPosition: 'below',
  captionLanguage: 'es',
  shortcuts: false,
  pauseAfterCaption: true,
  transcriptAutoScroll: false,
  transcriptTimestamps: false,
  transcriptDescriptions: false,
  transcriptLanguage: 'en',
  descriptions: {
    enabled: true,
    output: 'screen-reader',
    voice: 'Alex',
    rate: 1.25,
    volume: 0.5,
    extended: false,
  },
  voicedCaptions: true,
  announceAslNotes: true,
  signLanguage: { visible: false, layout: 'swapped', x: 10, y: 20, width: 40 },
};

describe(migrateFromVersion1.name, () => {
  it('should be the registered step from version 1 to the current version', () => {
    expect(PREFERENCES_VERSION).toBe(2);
  });

  it('should keep every version-1 setting and give the new fields their defaults', () => {
    expect(readPreferences(stored(1, VERSION_1))).toEqual({
      ...DEFAULT_PREFERENCES,
      ...VERSION_1,
      descriptions: { ...VERSION_1.descriptions, maxRate: 1.5, duckLevel: 0.3 },
      captionOffsets: {},
      declinedStyleCode: '',
      signLanguage: { ...VERSION_1.signLanguage, opacity: 1 },
    });
  });

  it.each([
    [1, 1.5],
    [1.5, 1.5],
    [1.75, 1.75],
    [2, 2],
    [7, 1.5],
    ['fast', 1.5],
  ])('should turn a version-1 description rate of %j into a maximum rate of %s', (rate, maxRate) => {
    expect(migrateFromVersion1({ descriptions: { rate } })).toMatchObject({ descriptions: { maxRate } });
  });

  it('should not fail on a version-1 record without descriptions', () => {
    expect(readPreferences(stored(1, { soundCues: false }))).toEqual(
      applyPatch(DEFAULT_PREFERENCES, { soundCues: false }),
    );
  });

  it('should give the defaults for a version-1 record that is garbage', () => {
    expect(readPreferences(stored(1, { captionStyle: 'huge', descriptions: [1] }))).toEqual(
      DEFAULT_PREFERENCES,
    );
  });
});

describe('given version-2 preferences', () => {
  it('should read back every new field', () => {
    const changed = applyPatch(DEFAULT_PREFERENCES, {
      descriptions: { maxRate: 2, duckLevel: 0.1 },
      captionOffsets: { 'sound-of-metal': -300, 'fixture-title': 1200 },
      declinedStyleCode: 'cs1.AAAAAAAAAAAAAAAAAAAAAAA',
      signLanguage: { layout: 'overlay', opacity: 0.6 },
    });
    expect(readPreferences(writePreferences(changed))).toEqual(changed);
  });

  it('should add a title’s offset to the others, not replace them', () => {
    const one = applyPatch(DEFAULT_PREFERENCES, { captionOffsets: { a: 100 } });
    expect(applyPatch(one, { captionOffsets: { b: -200 } }).captionOffsets).toEqual({ a: 100, b: -200 });
  });

  it('should drop only the offsets that are invalid', () => {
    const prefs = readPreferences(
      stored(2, {
        captionOffsets: {
          'sound-of-metal': 250,
          'Not A Slug': 100,
          'half-a-millisecond': 0.5,
          'too-far': CAPTION_OFFSET_LIMIT_MS + 1,
          'as-text': '100',
          'far-but-allowed': -CAPTION_OFFSET_LIMIT_MS,
        },
      }),
    );
    expect(prefs.captionOffsets).toEqual({
      'sound-of-metal': 250,
      'far-but-allowed': -CAPTION_OFFSET_LIMIT_MS,
    });
  });

  it(`should remember at most ${MAX_CAPTION_OFFSETS} titles' offsets`, () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_CAPTION_OFFSETS + 50 }, (_, i) => [`t-${i}`, i]),
    );
    expect(Object.keys(readPreferences(stored(2, { captionOffsets: many })).captionOffsets)).toHaveLength(
      MAX_CAPTION_OFFSETS,
    );
  });

  it.each([
    ['descriptions', { maxRate: 3 }],
    ['descriptions', { duckLevel: -0.1 }],
    ['signLanguage', { opacity: 0.1 }],
    ['signLanguage', { opacity: '1' }],
    ['captionOffsets', ['sound-of-metal', 100]],
    ['declinedStyleCode', '<script>'],
    ['declinedStyleCode', `cs1.${'A'.repeat(100)}`],
  ])('should give the default for %s = %j', (field, value) => {
    const prefs = readPreferences(stored(2, { [field]: value }));
    expect(prefs).toEqual(DEFAULT_PREFERENCES);
  });
});
