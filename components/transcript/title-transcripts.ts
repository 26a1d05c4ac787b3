import { transcriptLanguages, type TranscriptLanguage } from '@/captions/transcript';
import type { LoadedTitle } from '@/captions/title-folder';

/** A title's transcripts, one per captions or subtitles language, from the tracks that parsed. */
export function titleTranscripts(title: LoadedTitle): TranscriptLanguage[] {
  return transcriptLanguages(
    title.tracks
      .filter((track) => track.parsed.valid)
      .map((track) => ({
        kind: track.kind,
        srclang: track.srclang,
        label: track.label,
        cues: track.parsed.cues,
      })),
  );
}
