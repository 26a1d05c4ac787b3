/**
 * The viewer's preferences: one versioned `localStorage` key. Pure: reading validates every
 * field on its own, so one bad value falls back to its default without losing the rest, and
 * anything unreadable gives the defaults without an error shown to the viewer.
 */

export const PREFERENCES_KEY = 'caption-companion:preferences';
export const PREFERENCES_VERSION = 1;

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
  };
  voicedCaptions: boolean;
  announceAslNotes: boolean;
  signLanguage: {
    visible: boolean;
    layout: 'beside' | 'overlay' | 'swapped';
    /** The overlay window's position and width, in percent of the player. */
    x: number;
    y: number;
    width: number;
  };
}

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
  descriptions: { enabled: false, output: 'speech', voice: '', rate: 1, volume: 1, extended: true },
  voicedCaptions: false,
  announceAslNotes: false,
  signLanguage: { visible: true, layout: 'beside', x: 70, y: 5, width: 28 },
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
    if (isObject(fallback)) out[key] = mergeValid(fallback, candidate, valid, at);
    else if (valid[at] ? valid[at](candidate) : typeof candidate === typeof fallback && candidate !== null)
      out[key] = candidate;
  }
  return out as T;
}

const HEX = /^#[0-9a-f]{6}$/i;
const between = (min: number, max: number) => (v: unknown) => typeof v === 'number' && v >= min && v <= max;
const oneOf = (values: readonly unknown[]) => (v: unknown) => values.includes(v);

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
  'signLanguage.layout': oneOf(['beside', 'overlay', 'swapped']),
  'signLanguage.x': between(0, 100),
  'signLanguage.y': between(0, 100),
  'signLanguage.width': between(10, 100),
};

/**
 * Schema migrations: `MIGRATIONS[n]` turns a version-n record into version n + 1. Each schema
 * change adds one, so a viewer's settings survive upgrades.
 */
const MIGRATIONS: PreferencesMigrations = {};

/** `migrations[n]` turns a version-n record's preferences into version n + 1's. */
export type PreferencesMigrations = Record<number, (old: Record<string, unknown>) => Record<string, unknown>>;

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
