'use client';

import { useId, useState, type FormEvent } from 'react';
import { formatSpokenDuration, formatTimestamp } from '@/captions/format';
import { parseTimeInput, type TimeInputError } from '@/captions/time-input';
import { seek } from '@/components/media/commands';
import { useMediaSelector, useMediaStore } from '@/components/media/media-provider';
import './go-to-time.css';

/** Before the player has hydrated there is no video to move. */
export const NOT_READY_MESSAGE = 'The video is not ready yet';

type GoToTimeState =
  | { state: 'idle' }
  | { state: 'invalid'; error: TimeInputError | { kind: 'not-ready'; message: string } }
  | { state: 'done'; seconds: number };

/**
 * "Go to time" (issue #14; screen-reader users asked for a typed time in the CSUN 2017 study):
 * a labelled field and a Go button. Enter or Go seeks through the media command `seek` and
 * announces the new position politely ("Went to 1 minute 23 seconds"); text that is not a time,
 * or a time past the end, marks the field invalid and describes it with the error, changing
 * nothing. Focus stays in the field either way, so the viewer can type again at once.
 *
 * Reads the page's media store: mount it inside `<MediaProvider>` (the player mounts it in the
 * "Go to time" dialog, `go-to-time-dialog.tsx`, which announces the result itself through `onGo`). Its typing never reaches the player's single-key shortcuts, which ignore
 * text fields.
 */
export function GoToTime({
  className,
  autoFocus,
  onGo,
}: {
  className?: string;
  /** Focus the field when it mounts (in a dialog opened for it). */
  autoFocus?: boolean;
  /**
   * Called after a seek instead of showing the result here: the caller announces it and, in a
   * dialog, closes it.
   */
  onGo?(seconds: number): void;
}) {
  const id = useId();
  const store = useMediaStore();
  const duration = useMediaSelector((snapshot) => snapshot.duration);
  const [text, setText] = useState('');
  const [result, setResult] = useState<GoToTimeState>({ state: 'idle' });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!store) {
      setResult({ state: 'invalid', error: { kind: 'not-ready', message: NOT_READY_MESSAGE } });
      return;
    }
    const parsed = parseTimeInput(text, duration);
    if (!parsed.ok) {
      setResult({ state: 'invalid', error: parsed.error });
      return;
    }
    seek(store, parsed.seconds);
    if (onGo) onGo(parsed.seconds);
    else setResult({ state: 'done', seconds: parsed.seconds });
  };

  const invalid = result.state === 'invalid';
  const describedBy = invalid ? `${id}-error` : `${id}-hint`;
  return (
    <form
      className={['go-to-time', className].filter(Boolean).join(' ')}
      data-state={result.state}
      onSubmit={onSubmit}
    >
      <label htmlFor={`${id}-time`}>Go to time</label>
      <input
        id={`${id}-time`}
        type="text"
        value={text}
        size={8}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="go"
        autoFocus={autoFocus}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          setText(event.target.value);
          if (invalid) setResult({ state: 'idle' });
        }}
      />
      <button type="submit" className="button">
        Go
      </button>
      <p id={`${id}-hint`} className="go-to-time-hint" hidden={invalid}>
        For example 1:23, 83 or 1m23s
      </p>
      <p id={`${id}-error`} className="go-to-time-error" hidden={!invalid}>
        {invalid ? result.error.message : ''}
      </p>
      <p role="status" className="visually-hidden">
        {result.state === 'done' ? `Went to ${formatSpokenDuration(result.seconds)}` : ''}
      </p>
      {result.state === 'done' ? (
        <p className="go-to-time-done" aria-hidden="true">
          At {formatTimestamp(result.seconds)}
        </p>
      ) : null}
    </form>
  );
}
