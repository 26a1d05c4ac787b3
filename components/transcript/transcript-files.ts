/**
 * The transcript downloads of a title: for each transcript language a plain-text transcript, the
 * original WebVTT captions or subtitles, and the same cues as SubRip. Names and content types
 * shared by the route that serves them and the links that offer them.
 */

export const TRANSCRIPT_FORMATS = {
  txt: { label: 'Plain text', contentType: 'text/plain; charset=utf-8' },
  vtt: { label: 'WebVTT', contentType: 'text/vtt; charset=utf-8' },
  srt: { label: 'SubRip', contentType: 'application/x-subrip; charset=utf-8' },
} as const;

export type TranscriptFormat = keyof typeof TRANSCRIPT_FORMATS;

export const TRANSCRIPT_FORMAT_NAMES = Object.keys(TRANSCRIPT_FORMATS) as TranscriptFormat[];

/**
 * The download's file name, also the last segment of its URL: `sound-of-metal-transcript.en.txt`,
 * `sound-of-metal.es.vtt`, `sound-of-metal.en.srt`.
 */
export function transcriptFileName(slug: string, srclang: string, format: TranscriptFormat): string {
  return format === 'txt' ? `${slug}-transcript.${srclang}.txt` : `${slug}.${srclang}.${format}`;
}

/** The URL of a download. */
export function transcriptFileHref(slug: string, srclang: string, format: TranscriptFormat): string {
  return `/watch/${slug}/transcript/${transcriptFileName(slug, srclang, format)}`;
}

/** Which language and format a file name asks for, among `srclangs`; null when none. */
export function parseTranscriptFileName(
  slug: string,
  srclangs: readonly string[],
  file: string,
): { srclang: string; format: TranscriptFormat } | null {
  for (const srclang of srclangs) {
    for (const format of TRANSCRIPT_FORMAT_NAMES) {
      if (transcriptFileName(slug, srclang, format) === file) return { srclang, format };
    }
  }
  return null;
}
