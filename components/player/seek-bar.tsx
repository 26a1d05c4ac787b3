'use client';

import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { mediaTimeOf } from '@/captions/caption-offset';
import { formatSpokenDuration, formatTimestamp } from '@/captions/format';
import { seek } from '@/components/media/commands';
import { useMediaSelector } from '@/components/media/media-provider';
import type { MediaStore } from '@/components/media/media-store';
import { ariaShortcut } from './shortcuts';

export interface SeekMark {
  /** Seconds: media time for a chapter, caption-file time for an ASL note (see `marksAt`). */
  time: number;
  label: string;
  kind: 'chapter' | 'asl';
}

/** How close (a fraction of the bar) the pointer must be to a mark to name it. */
const MARK_REACH = 0.015;

/** What the preview says at `time`: the time, the chapter it falls in and an ASL mark near it. */
export function previewText(time: number, duration: number, marks: readonly SeekMark[]): string {
  const chapter = marks.filter((m) => m.kind === 'chapter' && m.time <= time).at(-1);
  const asl = marks.find((m) => m.kind === 'asl' && Math.abs(m.time - time) <= duration * MARK_REACH);
  return [formatTimestamp(time), chapter?.label, asl && `ASL: ${asl.label}`].filter(Boolean).join(' · ');
}

/**
 * The marks where they fall in the video: an ASL note belongs to the captions' timeline, so it
 * moves with the viewer's caption offset, as the note shown during playback does; chapters belong
 * to the video and stay.
 */
export function marksAt(marks: readonly SeekMark[], captionOffsetMs: number): readonly SeekMark[] {
  if (captionOffsetMs === 0) return marks;
  return marks.map((mark) =>
    mark.kind === 'asl' ? { ...mark, time: mediaTimeOf(mark.time, captionOffsetMs) } : mark,
  );
}

/**
 * The seek slider: a native range input (keyboard, screen readers and touch for free) with the
 * chapter and ASL marks drawn under it, and a preview of the time (and the chapter and ASL note
 * there) where the pointer hovers, or of the current time while the slider has keyboard focus.
 */
export function SeekBar({
  store,
  marks: fileMarks,
  disabled,
}: {
  store: MediaStore;
  marks: readonly SeekMark[];
  disabled: boolean;
}) {
  const captionOffset = useMediaSelector((s) => s.captionOffset);
  const marks = useMemo(() => marksAt(fileMarks, captionOffset), [fileMarks, captionOffset]);
  const currentTime = useMediaSelector((s) => Math.floor(s.currentTime * 4) / 4);
  const duration = useMediaSelector((s) => s.duration);
  const [hover, setHover] = useState<number | null>(null);
  /** The marks' box: the slider's track, inset by its padding and the thumb's radius. */
  const track = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(false);
  const off = disabled || duration === 0;
  const previewAt = off ? null : (hover ?? (focused ? Math.min(currentTime, duration) : null));
  const label = previewAt === null ? null : previewText(previewAt, duration, marks);
  // The preview is kept inside the bar by half its own width, measured when its text changes
  // (not on every time update): a chapter and an ASL note make it wider than any fixed margin (at
  // 390 px it left the screen).
  const preview = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    preview.current?.style.setProperty('--half', `${preview.current.getBoundingClientRect().width / 2}px`);
  }, [label]);

  return (
    <div
      className="player-seek"
      onPointerMove={(event) => {
        if (off || event.pointerType === 'touch') return;
        // Measured on the track the marks are drawn on, so the pointer over a mark previews it.
        const box = (track.current ?? event.currentTarget).getBoundingClientRect();
        setHover(Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)) * duration);
      }}
      onPointerLeave={() => setHover(null)}
    >
      <input
        type="range"
        className="seek-slider"
        aria-label="Seek"
        min={0}
        max={duration || 0}
        step={1}
        value={Math.min(currentTime, duration || 0)}
        disabled={off}
        aria-valuetext={`${formatSpokenDuration(currentTime)} of ${formatSpokenDuration(duration)}`}
        aria-keyshortcuts={`${ariaShortcut('back-5')} ${ariaShortcut('forward-5')} PageUp PageDown Home End`}
        onChange={(event) => seek(store, Number(event.currentTarget.value))}
        onFocus={(event) => setFocused(event.currentTarget.matches(':focus-visible'))}
        onBlur={() => setFocused(false)}
      />
      {duration > 0 && (
        <div ref={track} className="seek-marks" aria-hidden="true">
          {/* Only marks the video reaches: one past its end (chapters longer than the video, as
              the 10,000-cue fixture's) was drawn off the bar, and a phone zoomed the page out
              to fit it, to a quarter. */}
          {marks
            .filter((mark) => mark.time >= 0 && mark.time <= duration)
            .map((mark) => (
              <span
                key={`${mark.kind}-${mark.time}`}
                className="seek-mark"
                data-kind={mark.kind}
                style={{ left: `${(mark.time / duration) * 100}%` }}
              />
            ))}
        </div>
      )}
      {previewAt !== null && (
        <span
          className="seek-preview"
          aria-hidden="true"
          data-seek-preview=""
          ref={preview}
          style={{
            left: `clamp(var(--half, 4rem), ${(previewAt / duration) * 100}%, calc(100% - var(--half, 4rem)))`,
          }}
        >
          {label}
        </span>
      )}
    </div>
  );
}
