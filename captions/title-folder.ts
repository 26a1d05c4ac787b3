/**
 * Reads one title folder (`captions/<slug>/`) from disk: the manifest, every track it names,
 * parsed, and the ASL notes decoded. Never throws on bad content: every problem comes back as a
 * `TitleProblem` naming the file (and line and column where there is one). Used by the
 * server-only loader (`load.ts`) and by `npm run captions:check`.
 */
// Title folders are read at build time (and by the dynamic watch page at run time); the
// `turbopackIgnore` hints keep the bundler from tracing the whole project for these paths, and
// next.config.ts ships captions/ with the server explicitly.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAslNote } from './asl-note';
import { validateManifest, type Manifest, type ManifestTrack } from './manifest';
import type { AslNote, Cue, ParsedTrack } from './model';
import { parseWebVTT } from './parse';

export interface LoadedTrack extends ManifestTrack {
  /** Where the browser fetches the file: `/captions/<slug>/<src>`. */
  url: string;
  parsed: ParsedTrack;
}

/** One ASL note and the cue that places it in time. */
export interface TimedAslNote {
  cue: Cue;
  note: AslNote;
}

export interface LoadedTitle {
  manifest: Manifest;
  tracks: LoadedTrack[];
  /** The notes of the first `metadata` track that parsed; malformed notes are left out. */
  aslNotes: TimedAslNote[];
}

export interface TitleProblem {
  /** Path relative to the repository root, e.g. `captions/sound-of-metal/manifest.json`. */
  file: string;
  line?: number;
  column?: number;
  severity: 'error' | 'warning';
  message: string;
}

/** The directory holding every title folder. */
export const CAPTIONS_ROOT = path.join(/*turbopackIgnore: true*/ process.cwd(), 'captions');

/** Slugs of the folders under `root` that hold a `manifest.json`, sorted. */
export function listTitleSlugs(root: string = CAPTIONS_ROOT): string[] {
  if (!existsSync(/*turbopackIgnore: true*/ root)) return [];
  return readdirSync(/*turbopackIgnore: true*/ root)
    .filter((name) => {
      const dir = path.join(/*turbopackIgnore: true*/ root, name);
      return statSync(/*turbopackIgnore: true*/ dir).isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, 'manifest.json'));
    })
    .sort();
}

/** The public URL of a title's track file. */
export function trackUrl(slug: string, src: string): string {
  return `/captions/${slug}/${src}`;
}

/**
 * Reads and checks `root/<slug>/`. `title` is null when the manifest cannot be used; tracks that
 * fail to read or parse are still returned (with `valid: false`) so the page can say which one is
 * unavailable.
 */
export function readTitleFolder(
  slug: string,
  root: string = CAPTIONS_ROOT,
  publicRoot: string = path.join(/*turbopackIgnore: true*/ process.cwd(), 'public'),
): { title: LoadedTitle | null; problems: TitleProblem[] } {
  const problems: TitleProblem[] = [];
  const dir = path.join(/*turbopackIgnore: true*/ root, slug);
  const relative = (file: string) => path.relative(/*turbopackIgnore: true*/ process.cwd(), path.join(/*turbopackIgnore: true*/ dir, file)) || file;
  const manifestFile = relative('manifest.json');

  let json: unknown;
  try {
    json = JSON.parse(readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, 'manifest.json'), 'utf8'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push({ file: manifestFile, severity: 'error', message: `cannot read the manifest: ${message}` });
    return { title: null, problems };
  }

  const { manifest, errors } = validateManifest(json, slug);
  for (const e of errors) {
    problems.push({ file: manifestFile, severity: 'error', message: `${e.field}: ${e.message}` });
  }
  if (!manifest) return { title: null, problems };

  for (const [field, src] of [
    ['poster', manifest.poster],
    ...manifest.sources.map((s, i) => [`sources[${i}].src`, s.src] as const),
    ...(manifest.signLanguageVideo ?? []).map((s, i) => [`signLanguageVideo[${i}].src`, s.src] as const),
  ] as const) {
    if (!existsSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ publicRoot, src))) {
      problems.push({ file: manifestFile, severity: 'error', message: `${field}: names ${src}, which is missing from public/` });
    }
  }

  const tracks: LoadedTrack[] = manifest.tracks.map((track) => {
    const file = relative(track.src);
    let text: string | null = null;
    try {
      text = readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, track.src), 'utf8');
    } catch {
      problems.push({ file: manifestFile, severity: 'error', message: `tracks: names ${track.src}, which is missing` });
    }
    const parsed: ParsedTrack =
      text === null ? { valid: false, cues: [], regions: [], errors: [] } : parseWebVTT(text, { kind: track.kind });
    for (const e of parsed.errors) {
      problems.push({ file, line: e.line, column: e.column, severity: e.severity, message: e.message });
    }
    if (text !== null && !parsed.valid && parsed.errors.length === 0) {
      problems.push({ file, line: 1, column: 1, severity: 'error', message: 'not a WebVTT file' });
    }
    return { ...track, url: trackUrl(slug, track.src), parsed };
  });

  const aslNotes: TimedAslNote[] = [];
  const metadata = tracks.find((t) => t.kind === 'metadata' && t.parsed.valid);
  for (const cue of metadata?.parsed.cues ?? []) {
    const result = parseAslNote(cue.text);
    if (result.ok) aslNotes.push({ cue, note: result.note });
    else {
      problems.push({
        file: relative(metadata!.src),
        line: cue.line + 1,
        column: 1,
        severity: 'error',
        message: `ASL note${cue.id ? ` "${cue.id}"` : ''}: ${result.message}`,
      });
    }
  }

  return { title: { manifest, tracks, aslNotes }, problems };
}
