'use client';

import { useCallback, useMemo, useRef } from 'react';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import { captionChoices, selectedCaptionTrack } from './caption-tracks';
import type { PlayerTrack } from './player-track';

export interface CaptionSelection {
  /** The captions and subtitles tracks offered, each with whether it can be chosen. */
  choices: { track: PlayerTrack; usable: boolean }[];
  /** The track shown, or null when captions are off (or none can be shown). */
  selected: PlayerTrack | null;
  /** Chooses a track by `srclang`, or 'off'. */
  choose(language: string): void;
  /** Captions off, or back to the track shown before (the C key and the captions button). */
  toggle(): void;
}

/**
 * The one place that decides which caption track the player shows: the viewer's
 * `captionLanguage` preference, less the tracks the browser failed to load. The overlay, the
 * menu, the captions button, the shortcuts and pause-after-caption all read this.
 */
export function useCaptionSelection(
  tracks: readonly PlayerTrack[],
  unavailable: ReadonlySet<string>,
): CaptionSelection {
  const language = usePreferences((p) => p.captionLanguage);
  const usable = useMemo(() => tracks.filter((t) => !unavailable.has(t.url)), [tracks, unavailable]);
  const selected = useMemo(() => selectedCaptionTrack(usable, language), [usable, language]);
  const choices = useMemo(
    () =>
      captionChoices(tracks).map((track) => ({
        track,
        usable: track.available && !unavailable.has(track.url),
      })),
    [tracks, unavailable],
  );
  const lastLanguage = useRef<string | null>(null);
  const choose = useCallback((next: string) => updatePreferences({ captionLanguage: next }), []);
  const toggle = useCallback(() => {
    if (language === 'off') updatePreferences({ captionLanguage: lastLanguage.current });
    else {
      lastLanguage.current = language;
      updatePreferences({ captionLanguage: 'off' });
    }
  }, [language]);
  return { choices, selected, choose, toggle };
}
