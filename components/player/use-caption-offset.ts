'use client';

import { useCallback } from 'react';
import { clampCaptionOffset, stepCaptionOffset } from '@/captions/caption-offset';
import { CAPTION_OFFSET_LIMIT_MS, captionOffsetFor } from '@/components/preferences/preferences';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';

export interface CaptionOffset {
  /** Milliseconds, positive: captions later. Always 0 without a title. */
  offsetMs: number;
  /** Whether there is a title to remember an offset for (not on /play, which has its own). */
  available: boolean;
  /** Saves `ms` for the title, clamped to ±{@link CAPTION_OFFSET_LIMIT_MS}. */
  setOffset(ms: number): void;
  /** Moves the offset by `stepMs`; returns the new offset and whether the limit stopped it. */
  step(stepMs: number): { offsetMs: number; atLimit: boolean };
}

/**
 * The viewer's caption offset for `titleSlug`, remembered per title in the preferences. The
 * player applies it to the media (`setCaptionOffset`); the caption settings dialog and the
 * shortcut keys change it through here.
 */
export function useCaptionOffset(titleSlug: string | undefined): CaptionOffset {
  const offsetMs = usePreferences((p) => (titleSlug ? captionOffsetFor(p, titleSlug) : 0));
  const save = useCallback(
    (ms: number) => {
      if (titleSlug) updatePreferences({ captionOffsets: { [titleSlug]: ms } });
    },
    [titleSlug],
  );
  const setOffset = useCallback(
    (ms: number) => save(clampCaptionOffset(ms, CAPTION_OFFSET_LIMIT_MS)),
    [save],
  );
  const step = useCallback(
    (stepMs: number) => {
      const next = stepCaptionOffset(offsetMs, stepMs, CAPTION_OFFSET_LIMIT_MS);
      save(next.offsetMs);
      return next;
    },
    [offsetMs, save],
  );
  return { offsetMs, available: titleSlug !== undefined, setOffset, step };
}
