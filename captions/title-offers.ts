/**
 * What a title offers a viewer, read from its loaded tracks and manifest (never listed by hand),
 * for the badges of the home page's catalog. Pure: no React, no DOM.
 */
import type { LoadedTitle } from './title-folder';

export type OfferId = 'captions' | 'subtitles' | 'descriptions' | 'transcript' | 'asl-notes' | 'sign-video';

export interface Offer {
  id: OfferId;
  /** The badge's visible text: short, e.g. "CC". */
  short: string;
  /** What the badge means, in words (its accessible text and its tooltip). */
  label: string;
}

/**
 * The title's offers, in a fixed order: closed captions (a valid `captions` track), subtitles
 * (valid `subtitles` tracks, with their languages), audio description (a valid `descriptions`
 * track), a transcript (built from captions or descriptions, so either makes one), ASL notes (at
 * least one note that parsed) and a sign-language video (the manifest names one). A track whose
 * file failed to parse offers nothing.
 */
export function titleOffers(title: LoadedTitle): Offer[] {
  const valid = (kind: string) => title.tracks.filter((t) => t.kind === kind && t.parsed.valid);
  const subtitles = valid('subtitles');
  const offers: (Offer | false)[] = [
    valid('captions').length > 0 && { id: 'captions', short: 'CC', label: 'Closed captions' },
    subtitles.length > 0 && {
      id: 'subtitles',
      short: 'Subtitles',
      label: `Subtitles: ${subtitles.map((t) => t.label).join(', ')}`,
    },
    valid('descriptions').length > 0 && { id: 'descriptions', short: 'AD', label: 'Audio description' },
    (valid('captions').length > 0 || valid('descriptions').length > 0) && {
      id: 'transcript',
      short: 'Transcript',
      label: 'Descriptive transcript',
    },
    title.aslNotes.length > 0 && { id: 'asl-notes', short: 'ASL notes', label: 'ASL interpreter notes' },
    (title.manifest.signLanguageVideo?.length ?? 0) > 0 && {
      id: 'sign-video',
      short: 'Sign video',
      label: 'Sign-language interpreter video',
    },
  ];
  return offers.filter((offer): offer is Offer => offer !== false);
}
