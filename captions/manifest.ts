/**
 * The title manifest: `titles/<slug>/manifest.json`. Validated by `validateManifest`, which
 * never throws and names the offending field of every problem.
 */

export type TrackKind = 'captions' | 'subtitles' | 'descriptions' | 'chapters' | 'metadata';

export interface ManifestTrack {
  kind: TrackKind;
  /** File name inside `titles/<slug>/`. */
  src: string;
  /** BCP 47 language tag, as on `<track srclang>`. */
  srclang: string;
  /** Human-readable label, as on `<track label>`. */
  label: string;
  /** At most one track per kind may be the default. */
  default?: boolean;
}

export interface ManifestSource {
  /** Path under `public/`, starting with `/media/<slug>/`. */
  src: string;
  /** MIME type with codecs, e.g. `video/webm; codecs="vp9, opus"`. */
  type: string;
}

export interface Credit {
  role: string;
  name: string;
}

export interface Manifest {
  slug: string;
  title: string;
  year: number;
  /** One paragraph, our own words. */
  synopsis: string;
  credits: Credit[];
  /** Path under `public/`. */
  poster: string;
  /** Alt text for the poster image where it is shown on its own. */
  posterAlt: string;
  /** Duration of the media in seconds. */
  duration: number;
  /** WebM first, MP4 second. */
  sources: ManifestSource[];
  /** Optional sign-language interpreter video, synced to the main one. */
  signLanguageVideo?: ManifestSource[];
  tracks: ManifestTrack[];
  /** Shown on the page when the media is not the studio's own. */
  mediaNotice?: string;
  /**
   * An audio introduction (who is who, what the screen looks like, the sound design), read
   * before the film: a plain-text file in the title folder (see audio-introduction.ts).
   */
  audioIntroduction?: { src: string; srclang: string };
}

export interface ManifestError {
  /** JSON path of the field, e.g. `tracks[2].src`. */
  field: string;
  message: string;
}

/** Every track kind, as `<track kind>` spells them. */
export const TRACK_KINDS: readonly TrackKind[] = [
  'captions',
  'subtitles',
  'descriptions',
  'chapters',
  'metadata',
];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that `value` (parsed JSON) is a `Manifest` for the folder `slug`.
 * Never throws: every problem is a `ManifestError` naming its JSON path.
 * Returns the manifest only when there are no errors.
 */
export function validateManifest(
  value: unknown,
  slug: string,
): { manifest: Manifest | null; errors: ManifestError[] } {
  const errors: ManifestError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });
  if (!isObject(value)) {
    fail('(root)', 'the manifest must be a JSON object');
    return { manifest: null, errors };
  }
  const text = (field: string, where: Json = value, path = field) => {
    const v = where[field];
    if (typeof v !== 'string' || v.trim() === '') fail(path, 'must be a non-empty string');
  };

  text('slug');
  if (typeof value.slug === 'string' && value.slug !== slug) {
    fail('slug', `is "${value.slug}" but the folder is "${slug}"`);
  }
  if (!SLUG.test(slug)) fail('slug', `the folder name "${slug}" must be lowercase words joined by hyphens`);
  text('title');
  text('synopsis');
  text('poster');
  text('posterAlt');
  if (typeof value.year !== 'number' || !Number.isInteger(value.year)) fail('year', 'must be an integer');
  if (typeof value.duration !== 'number' || !(value.duration > 0))
    fail('duration', 'must be a positive number of seconds');
  if (value.mediaNotice !== undefined) text('mediaNotice');
  if (value.audioIntroduction !== undefined) {
    const intro = value.audioIntroduction;
    if (!isObject(intro)) fail('audioIntroduction', 'must be an object with src and srclang');
    else {
      if (typeof intro.src !== 'string' || !/^[\w.-]+\.txt$/.test(intro.src)) {
        fail('audioIntroduction.src', 'must be a .txt file name inside the title folder');
      }
      if (typeof intro.srclang !== 'string' || !LANGUAGE_TAG.test(intro.srclang)) {
        fail('audioIntroduction.srclang', 'must be a BCP 47 language tag such as "en" or "es"');
      }
    }
  }

  if (!Array.isArray(value.credits)) fail('credits', 'must be an array');
  else
    value.credits.forEach((credit, i) => {
      if (!isObject(credit)) return fail(`credits[${i}]`, 'must be an object');
      text('role', credit, `credits[${i}].role`);
      text('name', credit, `credits[${i}].name`);
    });

  const sources = (field: 'sources' | 'signLanguageVideo') => {
    const list = value[field];
    if (list === undefined && field === 'signLanguageVideo') return;
    if (!Array.isArray(list) || list.length === 0) return fail(field, 'must be a non-empty array');
    list.forEach((source, i) => {
      if (!isObject(source)) return fail(`${field}[${i}]`, 'must be an object');
      text('src', source, `${field}[${i}].src`);
      text('type', source, `${field}[${i}].type`);
      if (typeof source.src === 'string' && !source.src.startsWith(`/media/${slug}/`)) {
        fail(`${field}[${i}].src`, `must start with /media/${slug}/`);
      }
    });
  };
  sources('sources');
  sources('signLanguageVideo');
  if (typeof value.poster === 'string' && !value.poster.startsWith(`/media/${slug}/`)) {
    fail('poster', `must start with /media/${slug}/`);
  }

  if (!Array.isArray(value.tracks) || value.tracks.length === 0) fail('tracks', 'must be a non-empty array');
  else {
    const defaults = new Set<string>();
    value.tracks.forEach((track, i) => {
      const at = `tracks[${i}]`;
      if (!isObject(track)) return fail(at, 'must be an object');
      if (!TRACK_KINDS.includes(track.kind as TrackKind)) {
        fail(`${at}.kind`, `must be one of ${TRACK_KINDS.join(', ')}`);
      }
      text('src', track, `${at}.src`);
      if (typeof track.src === 'string' && !/^[\w.-]+\.vtt$/.test(track.src)) {
        fail(`${at}.src`, 'must be a .vtt file name inside the title folder');
      }
      text('label', track, `${at}.label`);
      if (typeof track.srclang !== 'string' || !LANGUAGE_TAG.test(track.srclang)) {
        fail(`${at}.srclang`, 'must be a BCP 47 language tag such as "en" or "es"');
      }
      if (track.default !== undefined && typeof track.default !== 'boolean')
        fail(`${at}.default`, 'must be true or false');
      if (track.default === true) {
        const kind = String(track.kind);
        if (defaults.has(kind)) fail(`${at}.default`, `only one ${kind} track may be the default`);
        defaults.add(kind);
      }
    });
    if (!value.tracks.some((t) => isObject(t) && t.kind === 'captions')) {
      fail('tracks', 'needs a captions track: deaf viewers depend on it');
    }
  }

  return { manifest: errors.length === 0 ? (value as unknown as Manifest) : null, errors };
}
