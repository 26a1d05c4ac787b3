/**
 * Which caption track is showing, from the viewer's `captionLanguage` preference: null picks
 * the manifest's default captions track, 'off' none, otherwise the captions or subtitles track
 * in that language (captions first, so an English viewer gets SDH rather than plain subtitles).
 */
import type { PlayerTrack } from './player-track';

/** The tracks the captions menu offers: captions and subtitles, in manifest order. */
export function captionChoices(tracks: readonly PlayerTrack[]): PlayerTrack[] {
  return tracks.filter((t) => t.kind === 'captions' || t.kind === 'subtitles');
}

export function selectedCaptionTrack(
  tracks: readonly PlayerTrack[],
  language: string | null,
): PlayerTrack | null {
  if (language === 'off') return null;
  const choices = captionChoices(tracks).filter((t) => t.available);
  if (language === null) return choices.find((t) => t.default) ?? choices[0] ?? null;
  return (
    choices.find((t) => t.srclang === language && t.kind === 'captions') ??
    choices.find((t) => t.srclang === language) ??
    null
  );
}
