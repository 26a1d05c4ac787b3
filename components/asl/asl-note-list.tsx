import { formatTimestamp } from '@/captions/format';
import { startHref } from '@/captions/start-time';
import type { TimedAslNote } from '@/captions/title-folder';
import { glossaryEntryId } from '@/captions/asl-glossary';

/**
 * ASL notes as server-rendered HTML, in the order given (time order on the watch page, gloss
 * order in the glossary): the gloss, its moment (a real `?t=` link carrying `data-seek`, which
 * the watch page's client controller turns into a seek), what the sign means there, how it is
 * made, and the dictionary entry it is grounded in.
 */
export function AslNoteList({
  notes,
  baseHref = '',
  headingLevel = 3,
}: {
  notes: readonly TimedAslNote[];
  /** Prefix of every time link, e.g. `/watch/slug` when the list is not on the watch page. */
  baseHref?: string;
  /** The level of each note's heading. */
  headingLevel?: 2 | 3 | 4;
}) {
  if (notes.length === 0) return <p>This title has no ASL notes.</p>;
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <ol className="asl-notes">
      {notes.map(({ cue, note }) => (
        <li
          key={`${cue.startTime}-${note.gloss}`}
          id={glossaryEntryId({ startTime: cue.startTime, endTime: cue.endTime, note })}
          data-start={cue.startTime}
          data-end={cue.endTime}
        >
          <Heading>
            <span className="gloss">{note.gloss}</span>: {note.title}
          </Heading>
          <p>
            <a href={`${baseHref}${startHref(cue.startTime)}`} data-seek={cue.startTime}>
              Watch {note.gloss} from {formatTimestamp(cue.startTime)}
            </a>
          </p>
          <p>{note.body}</p>
          <dl>
            <dt>Handshape</dt>
            <dd>{note.handshape}</dd>
            <dt>Location</dt>
            <dd>{note.location}</dd>
            <dt>Movement</dt>
            <dd>{note.movement}</dd>
          </dl>
          <p>
            Source: <a href={note.dictionary.url}>{note.dictionary.name}</a>
          </p>
        </li>
      ))}
    </ol>
  );
}
