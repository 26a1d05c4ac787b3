/**
 * The text tracks audio description reads: the descriptions, the captions (whose dialogue
 * bounds each description's gap) and the subtitles (for voiced captions in another language).
 */
import type { PlayerTrack } from '@/components/player/player-track';

export function descriptionTracks(tracks: readonly PlayerTrack[]): PlayerTrack[] {
  return tracks.filter((t) => t.kind === 'descriptions' || t.kind === 'captions' || t.kind === 'subtitles');
}
