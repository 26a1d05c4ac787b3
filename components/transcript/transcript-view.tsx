import type { TranscriptLanguage } from '@/captions/transcript';
import { TranscriptController } from './transcript-controller';
import { TranscriptList } from './transcript-list';

/**
 * The interactive descriptive transcript: every language's list rendered on the server (the
 * first shown, the others `hidden`), wrapped in the one client controller.
 */
export function TranscriptView({
  transcripts,
  variant,
  baseHref,
  headingLevel,
}: {
  transcripts: readonly TranscriptLanguage[];
  variant: 'panel' | 'page';
  baseHref?: string;
  headingLevel?: 2 | 3;
}) {
  return (
    <TranscriptController
      languages={transcripts.map(({ srclang, label }) => ({ srclang, label }))}
      variant={variant}
    >
      {transcripts.map((transcript, i) => (
        <TranscriptList
          key={transcript.srclang}
          chapters={transcript.chapters}
          language={transcript}
          baseHref={baseHref}
          headingLevel={headingLevel}
          hidden={i !== 0}
        />
      ))}
    </TranscriptController>
  );
}
