'use client';

import { useId, useState } from 'react';
import {
  CAPTION_OFFSET_STEP_MS,
  captionOffsetStatus,
  formatOffsetSize,
  stepCaptionOffset,
} from '@/captions/caption-offset';
import './caption-offset-control.css';

const STEPS = [
  { ms: -1000, label: '1 s earlier' },
  { ms: -CAPTION_OFFSET_STEP_MS, label: `${CAPTION_OFFSET_STEP_MS} ms earlier` },
  { ms: CAPTION_OFFSET_STEP_MS, label: `${CAPTION_OFFSET_STEP_MS} ms later` },
  { ms: 1000, label: '1 s later' },
] as const;

/**
 * Caption timing, shared by the watch page's caption settings and /play's sync offset: fine
 * (100 ms) and coarse (1 s) steps as buttons, Reset, the exact number of milliseconds in a
 * number field (its arrow keys step by 100), and a status that says the offset in words. Every
 * change applies at once (`onChange` gets a whole number within ±`limitMs`); a step or a number
 * past the limit stops at it and the status says so.
 */
export function CaptionOffsetControl({
  offsetMs,
  onChange,
  limitMs,
  id: givenId,
  keyShortcuts,
}: {
  offsetMs: number;
  onChange(ms: number): void;
  /** How far either way, in milliseconds. */
  limitMs: number;
  /** The field's id (the status is `${id}-status`); a generated one by default. */
  id?: string;
  /** `aria-keyshortcuts` of the 100 ms buttons, where the player has keys for them. */
  keyShortcuts?: { earlier?: string; later?: string };
}) {
  const generated = useId();
  const id = givenId ?? `${generated}offset`;
  // What the field shows while typing ("-", "") may not be a number yet; follow the offset otherwise.
  const [draft, setDraft] = useState<{ text: string; for: number } | null>(null);
  const text = draft && draft.for === offsetMs ? draft.text : String(offsetMs);
  // The limit stopped the last change: said until the offset moves again.
  const [limited, setLimited] = useState<number | null>(null);
  const atLimit = limited === offsetMs;

  const change = (next: { offsetMs: number; atLimit: boolean }) => {
    setLimited(next.atLimit ? next.offsetMs : null);
    onChange(next.offsetMs);
  };
  const shortcut = (ms: number) =>
    ms === -CAPTION_OFFSET_STEP_MS
      ? keyShortcuts?.earlier
      : ms === CAPTION_OFFSET_STEP_MS
        ? keyShortcuts?.later
        : undefined;

  return (
    <div className="caption-offset" data-state={offsetMs === 0 ? 'none' : 'moved'}>
      <div className="caption-offset-steps">
        {STEPS.map((step) => (
          <button
            key={step.ms}
            type="button"
            className="button"
            aria-keyshortcuts={shortcut(step.ms)}
            onClick={() => change(stepCaptionOffset(offsetMs, step.ms, limitMs))}
          >
            {step.label}
          </button>
        ))}
        {/* Never disabled: pressed, it would drop the keyboard's focus to the page. */}
        <button type="button" className="button" onClick={() => change({ offsetMs: 0, atLimit: false })}>
          Reset
        </button>
      </div>
      <div className="caption-offset-field">
        <label htmlFor={id}>Offset in milliseconds</label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          step={CAPTION_OFFSET_STEP_MS}
          min={-limitMs}
          max={limitMs}
          value={text}
          aria-describedby={`${id}-hint ${id}-status`}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const ms = Number(value);
            const applies = value.trim() !== '' && Number.isFinite(ms);
            setDraft({ text: value, for: applies ? Math.round(ms) : offsetMs });
            if (applies) change(stepCaptionOffset(0, ms, limitMs));
          }}
        />
        <p id={`${id}-hint`} className="caption-offset-hint">
          Positive: captions later; negative: earlier. Up to {formatOffsetSize(limitMs)} either way.
        </p>
      </div>
      <output id={`${id}-status`} htmlFor={id} className="caption-offset-status">
        {captionOffsetStatus(offsetMs, atLimit)}
      </output>
    </div>
  );
}
