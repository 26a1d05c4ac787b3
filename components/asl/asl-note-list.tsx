import { formatTimestamp } from '@/captions/format';
import { startHref } from '@/captions/start-time';
import type { TimedAslNote } from '@/captions/title-folder';

/**
 * Every ASL note of a title in time order: the gloss, its moment (a real `?t=` link), what the
 * sign means there, how it is made, and the dictionary entry it is grounded in.
 */
export function AslNoteList({ notes, baseHref = '' }: { notes: readonly TimedAslNote[]; baseHref?: string }) {
  if (notes.length === 0) return <p>This title has no ASL notes.</p>;
  return (
    <ol className="asl-notes">
      {notes.map(({ cue, note }) => (
        <li key={`${cue.startTime}-${note.gloss}`} data-start={cue.startTime} data-end={cue.endTime}>
          <h3>
            <span className="gloss">{note.gloss}</span>: {note.title}
          </h3>
          <p>
            <a href={`${baseHref}${startHref(cue.startTime)}`}>
              Watch from {formatTimestamp(cue.startTime)}
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
            Source: <a href={note.dictionary.url}>{note.dictionary.name}: {note.gloss}</a>
          </p>
        </li>
      ))}
    </ol>
  );
}
