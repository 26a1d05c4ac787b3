'use client';

import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { cuePlainText, cueSpeaker } from '@/captions/cue-text-plain';
import { isSoundCue } from '@/captions/transcript';
import { useMediaStore } from '@/components/media/media-provider';
import { selectedCaptionTrack } from '@/components/player/caption-tracks';
import type { PlayerCue, PlayerTrack } from '@/components/player/player-track';
import { ariaShortcut } from '@/components/player/shortcuts';
import { useActiveCues } from '@/components/media/use-active-cues';
import { trackCueOf } from '@/components/media/track-cue';
import { useTrackCues } from '@/components/media/use-track-cues';
import { listenToMedia } from '@/components/media/use-media-event';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import { describeSpeechFailure, narrate, type Narration, type SpeechFailure } from './description-narrator';
import { availableSeconds, dialogueIndex } from './description-timing';
import { setDescriptionsEnabled } from './use-descriptions-toggle';
import './audio-description.css';

// Shown only with description on: loaded then, not with the watch page's first JavaScript.
const DescriptionSettings = lazy(() =>
  import('./description-settings').then((m) => ({ default: m.DescriptionSettings })),
);

const plain = (cue: PlayerCue) => cuePlainText(cue.tree).replace(/\s+/gu, ' ').trim();

/**
 * Audio description (WCAG 1.2.3, 1.2.5, 1.2.7) and voiced captions. With description on, each
 * cue of the title's descriptions track, as its hidden `TextTrack` fires `cuechange`, is shown in
 * a visible region and read: spoken, or announced politely for the viewer's screen reader. One
 * that fits its gap in the dialogue is read over the film with the film's volume lowered (the
 * viewer's duck level); one that does not is spoken faster, up to the viewer's maximum rate, and
 * only what is still left holds the video (extended description; see description-narrator.ts).
 * Voiced captions send each caption to a polite live region. All of this needs script: the bar is
 * in the server HTML only so that hydration shifts nothing, and hidden when scripting is off.
 */
export function AudioDescription({ tracks }: { tracks: readonly PlayerTrack[] }) {
  const store = useMediaStore();
  const preferences = usePreferences((p) => p.descriptions);
  const voiced = usePreferences((p) => p.voicedCaptions);
  const language = usePreferences((p) => p.captionLanguage);

  const descriptionTrack = useMemo(
    () => tracks.find((t) => t.kind === 'descriptions' && t.available) ?? null,
    [tracks],
  );
  const captionTrack = useMemo(
    () => selectedCaptionTrack(tracks, language === 'off' ? null : language),
    [tracks, language],
  );

  const enabled = preferences.enabled && descriptionTrack !== null;
  // The dialogue that bounds each description's gap, read from the browser's TextTrack once
  // description is on (the page sends no cues).
  const dialogueTrack = useMemo(
    () =>
      tracks.find((t) => t.kind === 'captions' && t.available && t.default) ??
      tracks.find((t) => t.kind === 'captions' && t.available) ??
      null,
    [tracks],
  );
  const dialogueCues = useTrackCues(enabled ? dialogueTrack : null);
  const dialogue = useMemo(
    () => dialogueIndex(dialogueCues.map(trackCueOf).filter((cue) => !isSoundCue(cuePlainText(cue.tree)))),
    [dialogueCues],
  );
  const described = useActiveCues(enabled ? descriptionTrack : null);
  const latest = described.at(-1) ?? null;
  const captions = useActiveCues(voiced ? captionTrack : null);
  const [announcement, setAnnouncement] = useState('');

  // Read through a ref so a settings change applies to the next description without re-reading this one.
  const settings = useRef(preferences);
  useEffect(() => {
    settings.current = preferences;
  }, [preferences]);

  // Once speech fails, every later description goes to the live region until the viewer picks
  // another voice (which may work). A ref as well, so the narration effect reads it without re-running.
  const [failure, setFailure] = useState<{ voice: string; failure: SpeechFailure } | null>(null);
  const failed = useRef(failure);
  const speechFailure = failure?.voice === preferences.voice ? failure.failure : null;

  const narration = useRef<Narration | null>(null);
  useEffect(() => {
    if (!store || !latest) return;
    narration.current?.stop({ resume: false });
    const { output, voice, rate, volume, extended, maxRate, duckLevel } = settings.current;
    narration.current = narrate(store, plain(latest), {
      output: failed.current?.voice === voice ? 'screen-reader' : output,
      voice,
      rate,
      volume,
      extended,
      maxRate,
      duckLevel,
      available: availableSeconds(latest, dialogue),
      announce: setAnnouncement,
      onSpeechFailure: (reason) => {
        failed.current = { voice, failure: reason };
        setFailure(failed.current);
      },
    });
  }, [store, latest, dialogue]);

  // A jump elsewhere ends the description being read; turning description off ends it too.
  useEffect(() => {
    if (!store || !enabled) return;
    const stopListening = listenToMedia(store, ['seeking'], () => narration.current?.stop({ resume: true }));
    return () => {
      stopListening();
      narration.current?.stop({ resume: true });
      narration.current = null;
    };
  }, [store, enabled]);

  // Rendered on the server too (hidden without scripting, audio-description.css), so the bar's
  // space is in the first HTML and hydration shifts nothing below the player.
  return (
    <div className="audio-description" data-state={enabled ? 'on' : 'off'}>
      <div className="audio-description-bar">
        <button
          type="button"
          className="button audio-description-toggle"
          aria-pressed={preferences.enabled}
          aria-keyshortcuts={ariaShortcut('toggle-descriptions') || undefined}
          disabled={descriptionTrack === null}
          onClick={() => setDescriptionsEnabled(!preferences.enabled)}
        >
          Audio description
        </button>
        <label className="audio-description-check">
          <input
            type="checkbox"
            checked={voiced}
            onChange={(event) => updatePreferences({ voicedCaptions: event.target.checked })}
          />{' '}
          Voice captions to my screen reader
        </label>
      </div>
      {enabled && (
        <div
          className="description-display"
          data-description-display=""
          data-state={latest ? 'describing' : 'idle'}
        >
          <span className="description-label">Description:</span>{' '}
          <span data-description-text="">{latest ? plain(latest) : 'none at this moment.'}</span>
        </div>
      )}
      {enabled && preferences.output === 'speech' && speechFailure && (
        <p className="description-speech-note" data-speech-note="">
          Speech is not available ({describeSpeechFailure(speechFailure)}), so descriptions are shown here and
          sent to your screen reader instead.
        </p>
      )}
      {enabled && (
        <Suspense fallback={null}>
          <DescriptionSettings />
        </Suspense>
      )}
      <p className="visually-hidden" aria-live="polite" data-description-announcer="">
        {enabled ? announcement : ''}
      </p>
      <p className="visually-hidden" aria-live="polite" data-voiced-captions="">
        {voiced
          ? captions
              .map((cue) => {
                const speaker = cueSpeaker(cue.tree);
                return speaker ? `${speaker}: ${plain(cue)}` : plain(cue);
              })
              .join(' ')
          : ''}
      </p>
    </div>
  );
}
