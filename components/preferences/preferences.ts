/**
 * The viewer's preferences: one versioned `localStorage` key. Pure: reading validates every
 * field on its own, so one bad value falls back to its default without losing the rest, and
 * anything unreadable gives the defaults without an error shown to the viewer.
 */

export const PREFERENCES_KEY = 'caption-companion:preferences';
export const PREFERENCES_VERSION = 2;

/** Caption font families (FCC 47 CFR 79.103(c)(2)), all from local or system fonts. */
export const CAPTION_FONTS = [
  'proportional-sans',
  'monospace-sans',
  'proportional-serif',
  'monospace-serif',
  'casual',
  'cursive',
  'small-capitals',
] as const;
export type CaptionFont = (typeof CAPTION_FONTS)[number];

export const EDGE_STYLES = ['none', 'raised', 'depressed', 'uniform', 'drop-shadow'] as const;
export type EdgeStyle = (typeof EDGE_STYLES)[number];

export interface CaptionStyle {
  font: CaptionFont;
  /** Percent of the default size, 50–400. */
  size: number;
  /** `#rrggbb`. */
  textColor: string;
  /** 0–1. */
  textOpacity: number;
  backgroundColor: string;
  backgroundOpacity: number;
  /** The window behind the whole caption block. */
  windowColor: string;
  windowOpacity: number;
  edge: EdgeStyle;
}

export interface Preferences {
  captionStyle: CaptionStyle;
  /** Speakers shown as a name label, or only as a colour. */
  speakerNames: 'label' | 'colour';
  /** Show `[sound]` and `♪` cues. */
  soundCues: boolean;
  captionPosition: 'over' | 'below';
  /** The chosen captions/subtitles track by language (`srclang`), or 'off'; null: the default track. */
  captionLanguage: string | null;
  /** Single-key shortcuts on (WCAG 2.1.4 lets the viewer turn them off). */
  shortcuts: boolean;
  pauseAfterCaption: boolean;
  /** In fullscreen, hide the player's controls while playing after a few idle seconds. */
  autoHideControls: boolean;
  transcriptAutoScroll: boolean;
  transcriptTimestamps: boolean;
  transcriptDescriptions: boolean;
  /** The transcript's own language (`srclang`), or null: the language of the captions shown. */
  transcriptLanguage: string | null;
  descriptions: {
    enabled: boolean;
    /** Spoken by the browser, or sent to a polite live region for the viewer's screen reader. */
    output: 'speech' | 'screen-reader';
    /** A `SpeechSynthesisVoice.name`, or '' for the browser's default. */
    voice: string;
    /** 0.5–2. */
    rate: number;
    /** 0–1. */
    volume: number;
    /** Pause the video while a description that does not fit its gap is read. */
    extended: boolean;
    /** The fastest rate (0.5–2) a description may be sped up to so that it fits its gap. */
    maxRate: number;
    /** The film's volume (0–1, of its own) while a description that fits is spoken. */
    duckLevel: number;
  };
  voicedCaptions: boolean;
  announceAslNotes: boolean;
  /**
   * Milliseconds added to every caption time, per title slug (positive: captions later). A title
   * not listed has no offset; setting one to 0 removes it. At most {@link MAX_CAPTION_OFFSETS} titles, each within
   * ±{@link CAPTION_OFFSET_LIMIT_MS}.
   */
  captionOffsets: Record<string, number>;
  /**
   * The last caption style code the viewer declined to apply (from a link or a paste), so that
   * reopening the same link does not ask again; '' when none.
   */
  declinedStyleCode: string;
  signLanguage: {
    visible: boolean;
    /** 'swapped' is signer first: the interpreter large, the film small. */
    layout: 'beside' | 'overlay' | 'swapped';
    /** The overlay window's position and width, in percent of the player. */
    x: number;
    y: number;
    width: number;
    /** The window's opacity over the film, 0.2–1. */
    opacity: number;
  };
}

/** How far the viewer may move captions either way on a title, in milliseconds. */
export const CAPTION_OFFSET_LIMIT_MS = 60_000;
/** How many titles' caption offsets are remembered (the rest are dropped when reading). */
export const MAX_CAPTION_OFFSETS = 200;
/**
 * The viewer's caption offset for the title `slug`, in milliseconds (0 when none is set). Reads
 * own keys only, so a slug such as `constructor` never finds `Object.prototype`'s.
 */
export function captionOffsetFor(preferences: Preferences, slug: string): number {
  return Object.hasOwn(preferences.captionOffsets, slug) ? (preferences.captionOffsets[slug] ?? 0) : 0;
}
/** The fastest description rate a viewer gets unless they choose otherwise. */
export const DEFAULT_MAX_DESCRIPTION_RATE = 1.5;

export const DEFAULT_CAPTION_STYLE: CaptionStyle = {
  font: 'proportional-sans',
  size: 100,
  textColor: '#ffffff',
  textOpacity: 1,
  backgroundColor: '#000000',
  backgroundOpacity: 0.8,
  windowColor: '#000000',
  windowOpacity: 0,
  edge: 'none',
};

export const DEFAULT_PREFERENCES: Preferences = {
  captionStyle: DEFAULT_CAPTION_STYLE,
  speakerNames: 'label',
  soundCues: true,
  captionPosition: 'over',
  captionLanguage: null,
  shortcuts: true,
  pauseAfterCaption: false,
  autoHideControls: true,
  transcriptAutoScroll: true,
  transcriptTimestamps: true,
  transcriptDescriptions: true,
  transcriptLanguage: null,
  descriptions: {
    enabled: false,
    output: 'speech',
    voice: '',
    rate: 1,
    volume: 1,
    extended: true,
    maxRate: DEFAULT_MAX_DESCRIPTION_RATE,
    duckLevel: 0.3,
  },
  voicedCaptions: false,
  announceAslNotes: false,
  captionOffsets: {},
  declinedStyleCode: '',
  signLanguage: { visible: true, layout: 'beside', x: 70, y: 5, width: 28, opacity: 1 },
};

type Shape = Record<string, unknown>;
const isObject = (v: unknown): v is Shape => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Keeps each field of `value` that has the same type as in `defaults` (and passes `valid`, when
 * given for that path); takes the default for the rest. Recurses into nested objects.
 */
function mergeValid<T>(
  defaults: T,
  value: unknown,
  valid: Record<string, (v: unknown) => boolean>,
  path = '',
): T {
  if (!isObject(defaults) || !isObject(value)) return defaults;
  const out: Shape = { ...defaults };
  for (const [key, fallback] of Object.entries(defaults)) {
    const candidate = value[key];
    const at = path ? `${path}.${key}` : key;
    const sanitize = SANITIZE[at];
    if (sanitize) out[key] = sanitize(candidate) ?? fallback;
    else if (isObject(fallback)) out[key] = mergeValid(fallback, candidate, valid, at);
    else if (valid[at] ? valid[at](candidate) : typeof candidate === typeof fallback && candidate !== null)
      out[key] = candidate;
  }
  return out as T;
}

const HEX = /^#[0-9a-f]{6}$/i;
const between = (min: number, max: number) => (v: unknown) => typeof v === 'number' && v >= min && v <= max;
const oneOf = (values: readonly unknown[]) => (v: unknown) => values.includes(v);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Fields whose keys are data (a record per title): each entry is kept or dropped on its own,
 * instead of the whole record. Returns null to take the default.
 */
const SANITIZE: Record<string, (v: unknown) => unknown> = {
  captionOffsets: (v) =>
    isObject(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(
              ([slug, ms]) =>
                SLUG.test(slug) &&
                slug.length <= 100 &&
                Number.isInteger(ms) &&
                ms !== 0 &&
                Math.abs(ms as number) <= CAPTION_OFFSET_LIMIT_MS,
            )
            // A title set to 0 is dropped (not listed: no offset); a new title goes last, so
            // keeping the last ones lets it in when the list is full.
            .slice(-MAX_CAPTION_OFFSETS),
        )
      : null,
};

const VALID: Record<string, (v: unknown) => boolean> = {
  'captionStyle.font': oneOf(CAPTION_FONTS),
  'captionStyle.size': between(50, 400),
  'captionStyle.textColor': (v) => typeof v === 'string' && HEX.test(v),
  'captionStyle.backgroundColor': (v) => typeof v === 'string' && HEX.test(v),
  'captionStyle.windowColor': (v) => typeof v === 'string' && HEX.test(v),
  'captionStyle.textOpacity': between(0, 1),
  'captionStyle.backgroundOpacity': between(0, 1),
  'captionStyle.windowOpacity': between(0, 1),
  'captionStyle.edge': oneOf(EDGE_STYLES),
  speakerNames: oneOf(['label', 'colour']),
  captionPosition: oneOf(['over', 'below']),
  captionLanguage: (v) => v === null || (typeof v === 'string' && /^[a-zA-Z-]{1,35}$/.test(v)),
  transcriptLanguage: (v) => v === null || (typeof v === 'string' && /^[a-zA-Z-]{1,35}$/.test(v)),
  'descriptions.output': oneOf(['speech', 'screen-reader']),
  'descriptions.voice': (v) => typeof v === 'string' && v.length <= 200,
  'descriptions.rate': between(0.5, 2),
  'descriptions.volume': between(0, 1),
  'descriptions.maxRate': between(0.5, 2),
  'descriptions.duckLevel': between(0, 1),
  // A code is `cs<version>.` and base64url; anything longer is not one.
  declinedStyleCode: (v) => typeof v === 'string' && v.length <= 64 && /^(?:|cs\d+\.[A-Za-z0-9_-]*)$/.test(v),
  'signLanguage.opacity': between(0.2, 1),
  'signLanguage.layout': oneOf(['beside', 'overlay', 'swapped']),
  'signLanguage.x': between(0, 100),
  'signLanguage.y': between(0, 100),
  'signLanguage.width': between(10, 100),
};

/**
 * Schema migrations: `MIGRATIONS[n]` turns a version-n record into version n + 1. Each schema
 * change adds one, so a viewer's settings survive upgrades.
 */
const MIGRATIONS: PreferencesMigrations = {
  1: migrateFromVersion1,
};

/** `migrations[n]` turns a version-n record's preferences into version n + 1's. */
export type PreferencesMigrations = Record<number, (old: Record<string, unknown>) => Record<string, unknown>>;

/**
 * Version 1 → 2 (issue #14): adds the description's maximum rate and duck level, per-title
 * caption offsets, the declined style code and the sign-language window's opacity. Everything
 * version 1 stored is kept. A viewer who already chose a description rate above the default
 * maximum gets that rate as their maximum, so descriptions never become slower than before.
 */
export function migrateFromVersion1(old: Record<string, unknown>): Record<string, unknown> {
  const descriptions = isObject(old.descriptions) ? old.descriptions : {};
  const rate = descriptions.rate;
  const maxRate =
    typeof rate === 'number' && rate > DEFAULT_MAX_DESCRIPTION_RATE && rate <= 2
      ? rate
      : DEFAULT_MAX_DESCRIPTION_RATE;
  return {
    ...old,
    descriptions: { ...descriptions, maxRate },
    captionOffsets: {},
    declinedStyleCode: '',
  };
}

/** Reads the stored JSON (or null). Never throws; unknown or invalid parts give their defaults. */
export function readPreferences(raw: string | null): Preferences {
  return readPreferencesWith(raw, MIGRATIONS);
}

/**
 * {@link readPreferences} with the given migrations: the seam that lets a test prove a
 * registered migration runs before validation, whatever the current schema's migrations are.
 */
export function readPreferencesWith(raw: string | null, migrations: PreferencesMigrations): Preferences {
  if (!raw) return DEFAULT_PREFERENCES;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return DEFAULT_PREFERENCES;
  }
  if (!isObject(stored) || typeof stored.version !== 'number' || !isObject(stored.preferences)) {
    return DEFAULT_PREFERENCES;
  }
  let { version } = stored;
  let preferences: Shape = stored.preferences;
  while (version < PREFERENCES_VERSION) {
    const migrate = migrations[version];
    if (!migrate) return DEFAULT_PREFERENCES;
    preferences = migrate(preferences);
    version += 1;
  }
  if (version !== PREFERENCES_VERSION) return DEFAULT_PREFERENCES;
  return mergeValid(DEFAULT_PREFERENCES, preferences, VALID);
}

/** The JSON to store. */
export function writePreferences(preferences: Preferences): string {
  return JSON.stringify({ version: PREFERENCES_VERSION, preferences });
}

/** A deep partial, for updates: `{ descriptions: { rate: 1.5 } }`. */
export type PreferencesPatch = {
  [K in keyof Preferences]?: Preferences[K] extends object ? Partial<Preferences[K]> : Preferences[K];
};

/** Applies a patch (one level deep for nested groups), re-validating the result. */
export function applyPatch(preferences: Preferences, patch: PreferencesPatch): Preferences {
  const next: Shape = { ...preferences };
  for (const [key, value] of Object.entries(patch)) {
    const current = (preferences as unknown as Shape)[key];
    next[key] = isObject(current) && isObject(value) ? { ...current, ...value } : value;
  }
  return mergeValid(DEFAULT_PREFERENCES, next, VALID);
}
