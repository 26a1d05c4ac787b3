import type { TranscriptLanguage } from '@/captions/transcript';
import {
  TRANSCRIPT_FORMAT_NAMES,
  TRANSCRIPT_FORMATS,
  transcriptFileHref,
  transcriptFileName,
} from './transcript-files';

/** Links to each transcript language's plain text, original WebVTT and SubRip files. */
export function TranscriptDownloads({
  slug,
  transcripts,
}: {
  slug: string;
  transcripts: readonly TranscriptLanguage[];
}) {
  return (
    <section className="transcript-downloads" aria-labelledby="transcript-downloads-heading">
      <h2 id="transcript-downloads-heading">Download</h2>
      <ul>
        {transcripts.flatMap(({ srclang, label, kind }) =>
          TRANSCRIPT_FORMAT_NAMES.map((format) => (
            <li key={`${srclang}-${format}`}>
              <a
                href={transcriptFileHref(slug, srclang, format)}
                download={transcriptFileName(slug, srclang, format)}
              >
                {label}: {format === 'txt' ? 'transcript' : kind}, {TRANSCRIPT_FORMATS[format].label} (.
                {format})
              </a>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
