/**
 * The title manifest: `captions/<slug>/manifest.json`. Validated by `validateManifest`, which
 * never throws and names the offending field of every problem.
 */

export type TrackKind = 'captions' | 'subtitles' | 'descriptions' | 'chapters' | 'metadata';

export interface ManifestTrack {
  kind: TrackKind;
  /** File name inside `captions/<slug>/`. */
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
}

export interface ManifestError {
  /** JSON path of the field, e.g. `tracks[2].src`. */
  field: string;
  message: string;
}
