/**
 * What the client player receives about each text track: which `<track>` it is and how the menu
 * names it. No cues: the client reads them from the browser's `TextTrack` of that `<track>`
 * (`useTrackCues`, `useActiveCues` in components/media), which loads the same WebVTT file.
 */
import type { TrackKind } from '@/captions/manifest';
import type { LoadedTitle } from '@/captions/title-folder';
import type { TrackCue } from '@/components/media/track-cue';

/** A cue as the player draws it, read from the browser's `VTTCue`. */
export type PlayerCue = TrackCue;

export interface PlayerTrack {
  kind: TrackKind;
  srclang: string;
  label: string;
  /** The `<track src>`; also the key that finds the matching `TextTrack`. */
  url: string;
  default: boolean;
  /** False when the file failed to load or parse: the captions menu says it is unavailable. */
  available: boolean;
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
    }));
}
