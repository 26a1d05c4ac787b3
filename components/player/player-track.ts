/**
 * What the client player receives about each text track: serializable data prepared on the
 * server from the parsed title, so the client never needs the WebVTT parser.
 */
import { defaultCueSettings } from '@/captions/cue-settings';
import type { TrackKind } from '@/captions/manifest';
import type { Cue, CueSettings } from '@/captions/model';
import type { LoadedTitle } from '@/captions/title-folder';

export type PlayerCue = Pick<Cue, 'id' | 'startTime' | 'endTime' | 'text' | 'tree' | 'settings'>;

export interface PlayerTrack {
  kind: TrackKind;
  srclang: string;
  label: string;
  /** The `<track src>`; also the key that finds the matching `TextTrack`. */
  url: string;
  default: boolean;
  /** False when the file failed to load or parse: the captions menu says it is unavailable. */
  available: boolean;
  cues: PlayerCue[];
}

/**
 * The settings of every cue that sets none: one object, so the React Server Components payload
 * sends it once and refers to it from each such cue (React deduplicates by identity), instead of
 * repeating it 10,000 times on a long transcript's page.
 */
const DEFAULT_SETTINGS: CueSettings = Object.freeze(defaultCueSettings());

function hasDefaultSettings(settings: CueSettings): boolean {
  return (Object.keys(DEFAULT_SETTINGS) as (keyof CueSettings)[]).every(
    (key) => key === 'region' || settings[key] === DEFAULT_SETTINGS[key],
  );
}

/**
 * A cue as the client gets it: without its region (the overlay lays out cues by their own
 * settings; regions are not drawn).
 */
export function playerCue({ id, startTime, endTime, text, tree, settings }: PlayerCue): PlayerCue {
  const shown = hasDefaultSettings(settings) ? DEFAULT_SETTINGS : { ...settings, region: null };
  return { id, startTime, endTime, text, tree, settings: shown };
}

/** The text tracks a player needs (captions, subtitles, descriptions, chapters), in manifest order. */
export function playerTracks(title: LoadedTitle): PlayerTrack[] {
  return title.tracks
    .filter((track) => track.kind !== 'metadata')
    .map((track) => ({
      kind: track.kind,
      srclang: track.srclang,
      label: track.label,
      url: track.url,
      default: track.default ?? false,
      available: track.parsed.valid,
      cues: track.parsed.cues.map(playerCue),
    }));
}
