'use client';

import { useState } from 'react';
import { MAX_OFFSET_MS } from './play-session';

const STEPS = [
  { ms: -1000, label: '1 s earlier' },
  { ms: -100, label: '100 ms earlier' },
  { ms: 100, label: '100 ms later' },
  { ms: 1000, label: '1 s later' },
] as const;

/** "+300 ms later", "1.2 s earlier", "no offset": the offset in words. */
export function describeOffset(ms: number): string {
  if (ms === 0) return 'Captions are shown at the times in the file.';
  const size = Math.abs(ms) >= 1000 ? `${Math.abs(ms) / 1000} s` : `${Math.abs(ms)} ms`;
  return `Captions are shown ${size} ${ms > 0 ? 'later' : 'earlier'} than the times in the file.`;
}

/**
 * The sync offset: fine (100 ms) and coarse (1 s) steps as buttons, and the exact number of
 * milliseconds in a number field (its arrow keys step by 100). Every change applies at once.
 */
export function SyncOffset({ offsetMs, onChange }: { offsetMs: number; onChange: (ms: number) => void }) {
  // What the field shows while typing ("-", "") may not be a number yet; follow the offset otherwise.
  const [draft, setDraft] = useState<{ text: string; for: number } | null>(null);
  const text = draft && draft.for === offsetMs ? draft.text : String(offsetMs);

  return (
    <div className="play-offset">
      <div className="play-offset-steps">
        {STEPS.map((step) => (
          <button key={step.ms} type="button" onClick={() => onChange(offsetMs + step.ms)}>
            {step.label}
          </button>
        ))}
        <button type="button" onClick={() => onChange(0)} disabled={offsetMs === 0}>
          Reset
        </button>
      </div>
      <div className="play-field">
        <label htmlFor="play-offset">Offset in milliseconds</label>
        <input
          id="play-offset"
          type="number"
          inputMode="numeric"
          step={100}
          min={-MAX_OFFSET_MS}
          max={MAX_OFFSET_MS}
          value={text}
          aria-describedby="play-offset-status"
          onChange={(event) => {
            const value = event.currentTarget.value;
            const ms = Number(value);
            const applies = value.trim() !== '' && Number.isFinite(ms);
            setDraft({ text: value, for: applies ? Math.round(ms) : offsetMs });
            if (applies) onChange(ms);
          }}
        />
      </div>
      <output id="play-offset-status" htmlFor="play-offset">
        {describeOffset(offsetMs)}
      </output>
    </div>
  );
}
