import { formatTimestamp } from '@/captions/format';
import { startHref } from '@/captions/start-time';
import type { TranscriptChapter, TranscriptEntry, TranscriptLanguage } from '@/captions/transcript';
import { CueText } from '@/components/cue-text';

const KIND_LABEL: Record<TranscriptEntry['kind'], string | null> = {
  speech: null,
  sound: 'Sound',
  description: 'Description',
};

/**
 * The descriptive transcript in one language as server-rendered HTML: chapter headings, then one
 * `li` per cue with `data-start`/`data-end` (seconds) and a real `?t=` link whose name starts with
 * the time ("1:05, Ruben: …"). Playback never re-renders it; the client controller marks the
 * active `li` in place. Descriptions or chapter titles in another language than the transcript
 * carry their own `lang`.
 */
export function TranscriptList({
  chapters,
  language,
  baseHref = '',
  headingLevel = 3,
  hidden = false,
}: {
  chapters: readonly TranscriptChapter[];
  /** The transcript's languages; without it the list carries no `lang` of its own. */
  language?: Pick<TranscriptLanguage, 'srclang' | 'descriptionsLang' | 'chaptersLang'>;
  /** Prefix of every cue link, e.g. `/watch/slug` when the list is not on the watch page. */
  baseHref?: string;
  /** The level of the chapter headings: 3 under the watch page's "Transcript", 2 on its own page. */
  headingLevel?: 2 | 3;
  /** Rendered but not shown: another language is. */
  hidden?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const srclang = language?.srclang;
  const langOf = (other = '') => (srclang && other && other !== srclang ? other : undefined);
  return (
    <div className="transcript" lang={srclang} data-transcript-lang={srclang} hidden={hidden}>
      {chapters.map((chapter) => (
        // `data-entries` sizes the chapter while the browser skips it (transcript.css).
        <div
          key={`${chapter.startTime}-${chapter.title}`}
          className="transcript-chapter"
          data-entries={chapter.entries.length}
        >
          {chapter.title && (
            <Heading>
              <span lang={langOf(language?.chaptersLang)}>{chapter.title}</span>{' '}
              <span className="chapter-time">({formatTimestamp(chapter.startTime)})</span>
            </Heading>
          )}
          <ol>
            {chapter.entries.map((entry) => (
              <TranscriptItem
                key={entry.key}
                entry={entry}
                baseHref={baseHref}
                lang={entry.kind === 'description' ? langOf(language?.descriptionsLang) : undefined}
              />
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

function TranscriptItem({
  entry,
  baseHref,
  lang,
}: {
  entry: TranscriptEntry;
  baseHref: string;
  lang?: string;
}) {
  const kind = KIND_LABEL[entry.kind];
  return (
    // Attributes and text are written without React's placeholders for absent values (`lang`) and
    // text splits. Speech, most lines, carries no `data-kind`: nothing selects it, and at 10,000
    // lines the attribute was 170 KB of the page.
    <li
      data-start={entry.startTime}
      data-end={entry.endTime}
      {...(entry.kind !== 'speech' && { 'data-kind': entry.kind })}
      {...(lang && { lang })}
    >
      {/* Four elements a line, not six: the time carries the `, ` of the link's name ("1:05, Ruben:
          …", clipped off screen by transcript.css), and the words are the link's own text after the
          labels. At 10,000 lines the other two were 20,000 elements for the browser to parse and
          style, and cost the page 6 of Lighthouse's points (84 → 90, median of 5 runs each). */}
      <a href={`${baseHref}${startHref(entry.startTime)}`}>
        <span className="cue-time">{`${formatTimestamp(entry.startTime)}, `}</span>
        {kind && <span className="cue-kind">{`${kind}: `}</span>}
        {entry.speaker && <span className="cue-speaker">{`${entry.speaker}: `}</span>}
        {entry.kind === 'speech' ? <CueText nodes={withoutVoice(entry)} /> : entry.text}
      </a>
    </li>
  );
}

/** The speaker is shown as a label of its own, so the voice span renders only its words. */
function withoutVoice(entry: TranscriptEntry) {
  return entry.tree.flatMap((node) =>
    node.type === 'element' && node.name === 'v' ? node.children : [node],
  );
}
