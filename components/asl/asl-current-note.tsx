'use client';

import { lazy, useMemo, useState } from 'react';
import type { AslMoment } from '@/captions/asl-moment';
import { formatTimestamp } from '@/captions/format';
import { createTimeIndex, cueIndexAt, previousCueBefore } from '@/captions/time-index';
import { seekToCaptionTime } from '@/components/media/commands';
import { useMediaSelector, useMediaStore } from '@/components/media/media-provider';
import { captionTime } from '@/components/media/media-store';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import { LazyDialog } from '@/components/player/lazy-dialog';
import { revealPlayer } from '@/components/watch/reveal-player';
import './asl.css';

const AslNoteDialog = lazy(() => import('./asl-note-dialog').then((m) => ({ default: m.AslNoteDialog })));

/**
 * The note for the current moment, kept in step with the video (through the media store, so
 * playback re-renders only when the note changes), with a button that opens it in full. New
 * notes are announced politely only when the viewer turns that on. Rendered once the player has
 * hydrated: without JavaScript the full list below says everything.
 */
export function AslCurrentNote({ moments }: { moments: readonly AslMoment[] }) {
  const store = useMediaStore();
  const index = useMemo(() => createTimeIndex(moments), [moments]);
  // Notes follow the captions, caption offset included.
  const position = useMediaSelector((s) => cueIndexAt(index, captionTime(s)));
  const current = index.cues[position] ?? null;
  // Between notes the button offers the note just passed (or the first one): it never unmounts
  // because time passed, so focus on it, or returning to it after "Watch this moment" while the
  // seek is still under way, is never dropped to <body>.
  const latest = useMediaSelector((s) => previousCueBefore(index, captionTime(s)) ?? index.cues[0] ?? null);
  const announce = usePreferences((p) => p.announceAslNotes);
  const [opened, setOpened] = useState<AslMoment | null>(null);
  if (!store || moments.length === 0) return null;
  const shown = opened ?? current ?? latest;

  return (
    <div className="asl-current" data-state={current ? 'note' : 'none'}>
      <h3 id="asl-current-heading">Sign at this moment</h3>
      <div className="asl-current-panel" data-asl-current="">
        {current ? (
          <>
            <p className="asl-current-title">
              <span className="gloss">{current.note.gloss}</span>: {current.note.title}{' '}
              <span className="asl-current-time">({formatTimestamp(current.startTime)})</span>
            </p>
            <p>{current.note.body}</p>
          </>
        ) : (
          <p>No sign note at this moment. Notes appear here as the video reaches them.</p>
        )}
        {shown && (
          <LazyDialog
            open={opened !== null}
            onOpenChange={(open) => setOpened(open ? shown : null)}
            label={
              <>
                Read the full note on <span className="gloss">{shown.note.gloss}</span>
              </>
            }
            dialog={AslNoteDialog}
            props={{
              moment: opened,
              onWatch: (moment: AslMoment) => seekToCaptionTime(store, moment.startTime),
              afterWatch: () => revealPlayer(store),
            }}
          />
        )}
      </div>
      <label className="asl-announce">
        <input
          type="checkbox"
          checked={announce}
          onChange={(event) => updatePreferences({ announceAslNotes: event.target.checked })}
        />{' '}
        Announce each new sign note to my screen reader
      </label>
      <p className="visually-hidden" aria-live="polite" data-asl-announcer="">
        {announce && current ? `ASL note: ${current.note.gloss}, ${current.note.title}` : ''}
      </p>
    </div>
  );
}
