import type { TranscriptLanguage } from '@/captions/transcript';
import { handOffList } from './server-hand-off';
import { TranscriptController } from './transcript-controller';
import { TranscriptList } from './transcript-list';
import { TranscriptStaticList } from './transcript-static-list';

/**
 * The interactive descriptive transcript: every language's list (the first shown, the others
 * `hidden`), wrapped in the one client controller. On a title's pages (`slug` given) the lists
 * are in the server HTML only, never in the payload the browser hydrates from
 * (`TranscriptStaticList`); /play renders its lists in the browser from the files it read.
 */
export function TranscriptView({
  transcripts,
  variant,
  slug,
  baseHref = '',
  headingLevel = 3,
}: {
  transcripts: readonly TranscriptLanguage[];
  variant: 'panel' | 'page';
  /** The title's slug, on its server-rendered pages. */
  slug?: string;
  baseHref?: string;
  headingLevel?: 2 | 3;
}) {
  return (
    <TranscriptController
      languages={transcripts.map(({ srclang, label }) => ({ srclang, label }))}
      variant={variant}
    >
      {transcripts.map((transcript, i) =>
        slug ? (
          <TranscriptStaticList
            key={transcript.srclang}
            listKey={handOffList(slug, {
              chapters: transcript.chapters,
              language: transcript,
              baseHref,
              headingLevel,
            })}
            srclang={transcript.srclang}
            hidden={i !== 0}
          />
        ) : (
          <TranscriptList
            key={transcript.srclang}
            chapters={transcript.chapters}
            language={transcript}
            baseHref={baseHref}
            headingLevel={headingLevel}
            hidden={i !== 0}
          />
        ),
      )}
    </TranscriptController>
  );
}
