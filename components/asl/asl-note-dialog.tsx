'use client';

import { useRef } from 'react';
import type { AslMoment } from '@/captions/asl-moment';
import { formatTimestamp } from '@/captions/format';
import { DialogShell } from '@/components/player/dialog-shell';
import type { LoadedDialogProps } from '@/components/player/lazy-dialog';
import './asl.css';

/**
 * One ASL note in full, in a Radix dialog loaded on first use (see `LazyDialog`): focus moves into
 * it, stays there until it closes (Escape, the Close button or "Watch this moment") and then
 * returns to its trigger.
 */
export function AslNoteDialog({
  moment,
  open,
  onOpenChange,
  onCloseAutoFocus,
  onWatch,
  afterWatch,
}: LoadedDialogProps & {
  /** The note shown; the dialog keeps showing it while open even if the video moves on. */
  moment: AslMoment | null;
  /** Seeks to the note's moment; the dialog closes after it. */
  onWatch(moment: AslMoment): void;
  /**
   * Runs once the dialog has closed after "Watch this moment" and focus is back on the trigger
   * (focusing scrolls to it), e.g. to bring the video into view.
   */
  afterWatch?(): void;
}) {
  const watched = useRef(false);
  if (!moment) return null;
  return (
    <DialogShell
      open={open}
      onOpenChange={onOpenChange}
      onCloseAutoFocus={(event) => {
        onCloseAutoFocus(event);
        if (watched.current) afterWatch?.();
        watched.current = false;
      }}
      className="asl-dialog"
      title={
        <>
          <span className="gloss">{moment.note.gloss}</span>: {moment.note.title}
        </>
      }
      description={`At ${formatTimestamp(moment.startTime)}. ${moment.note.body}`}
    >
      <dl className="asl-note-how">
        <dt>Handshape</dt>
        <dd>{moment.note.handshape}</dd>
        <dt>Location</dt>
        <dd>{moment.note.location}</dd>
        <dt>Movement</dt>
        <dd>{moment.note.movement}</dd>
      </dl>
      <p>
        Source: <a href={moment.note.dictionary.url}>{moment.note.dictionary.name}</a>
      </p>
      <button
        type="button"
        className="button dialog-button"
        onClick={() => {
          watched.current = true;
          onWatch(moment);
          onOpenChange(false);
        }}
      >
        Watch this moment ({formatTimestamp(moment.startTime)})
      </button>
    </DialogShell>
  );
}
