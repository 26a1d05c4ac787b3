import { formatTimestamp } from '@/captions/format';
import { startHref } from '@/captions/start-time';
import type { TranscriptChapter, TranscriptEntry } from '@/captions/transcript';
import { CueText } from '@/components/cue-text';

const KIND_LABEL: Record<TranscriptEntry['kind'], string | null> = {
  speech: null,
  sound: 'Sound',
  description: 'Description',
};

/**
 * The descriptive transcript as server-rendered HTML: chapter headings, then one `li` per cue with
 * `data-start`/`data-end` (seconds) and a real `?t=` link. Playback never re-renders it; the
 * client controller marks the active `li` in place.
 */
export function TranscriptList({
  chapters,
  baseHref = '',
  headingLevel = 3,
}: {
  chapters: readonly TranscriptChapter[];
  /** The level of the chapter headings: 3 under the watch page's "Transcript", 2 on its own page. */
  headingLevel?: 2 | 3;
  /** Prefix of every cue link, e.g. `/watch/slug` when the list is not on the watch page. */
  baseHref?: string;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="transcript">
      {chapters.map((chapter) => (
        <div key={`${chapter.startTime}-${chapter.title}`} className="transcript-chapter">
          {chapter.title && (
            <Heading>
              {chapter.title} <span className="chapter-time">({formatTimestamp(chapter.startTime)})</span>
            </Heading>
          )}
          <ol>
            {chapter.entries.map((entry) => (
              <TranscriptItem key={entry.key} entry={entry} baseHref={baseHref} />
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

function TranscriptItem({ entry, baseHref }: { entry: TranscriptEntry; baseHref: string }) {
  const kind = KIND_LABEL[entry.kind];
  return (
    <li data-start={entry.startTime} data-end={entry.endTime} data-kind={entry.kind}>
      <a href={`${baseHref}${startHref(entry.startTime)}`}>
        <span className="cue-time">{formatTimestamp(entry.startTime)}</span>
        {kind && <span className="cue-kind">{kind}:</span>}
        {entry.speaker && <span className="cue-speaker">{entry.speaker}: </span>}
        <span className="cue-words">{entry.kind === 'speech' ? <CueText nodes={withoutVoice(entry)} /> : entry.text}</span>
      </a>
    </li>
  );
}

/** The speaker is shown as a label of its own, so the voice span renders only its words. */
function withoutVoice(entry: TranscriptEntry) {
  return entry.tree.flatMap((node) => (node.type === 'element' && node.name === 'v' ? node.children : [node]));
}
