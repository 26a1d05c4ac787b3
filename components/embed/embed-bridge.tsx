'use client';

import { useCallback, useEffect, useMemo, useRef } from 'react';
import { cuePlainText } from '@/captions/cue-text-plain';
import { setDescriptionsEnabled } from '@/components/description/use-descriptions-toggle';
import { pause, play, seek, toggleMute } from '@/components/media/commands';
import { useMediaStore } from '@/components/media/media-provider';
import { useTrackErrors } from '@/components/media/use-track-errors';
import { useCaptionSelection } from '@/components/player/caption-selection';
import { captionChoices } from '@/components/player/caption-tracks';
import type { PlayerTrack } from '@/components/player/player-track';
import { useActiveCues } from '@/components/media/use-active-cues';
import { updatePreferences } from '@/components/preferences/preferences-store';
import { embedMessage, parseEmbedCommand, timeupdateDue, type EmbedEvent } from './embed-messages';
import { parseEmbedOptions } from './embed-options';

/**
 * What makes the player an embed, once it has hydrated: applies the URL options (captions, audio
 * description, muted; `t` the player itself honours), and speaks the postMessage API with the page
 * that frames it (components/embed/embed-messages.ts says what is sent and accepted, and why that
 * is safe). Renders nothing.
 */
export function EmbedBridge({
  tracks,
  duration,
  allowedOrigins,
}: {
  tracks: readonly PlayerTrack[];
  /** Seconds, from the manifest. */
  duration: number;
  /** Who may drive the player and hear its events: `EMBED_ORIGINS`, or 'any'. */
  allowedOrigins: readonly string[] | 'any';
}) {
  const store = useMediaStore();
  const languages = useMemo(
    () => [
      ...new Set(
        captionChoices(tracks)
          .filter((t) => t.available)
          .map((t) => t.srclang),
      ),
    ],
    [tracks],
  );
  // The track the viewer sees, as the player decides it (less the tracks that failed to load).
  const shown = useActiveCues(useCaptionSelection(tracks, useTrackErrors(store)).selected);

  const post = useCallback(
    (event: EmbedEvent) => {
      if (window.parent === window) return;
      // A message posted to an origin the frame's parent does not have is dropped by the browser.
      for (const target of allowedOrigins === 'any' ? ['*'] : allowedOrigins)
        window.parent.postMessage(embedMessage(event), target);
    },
    [allowedOrigins],
  );

  // The URL options, once: they set this embed's preferences (kept in the storage the browser
  // gives this frame under the host site, see /accessibility).
  useEffect(() => {
    if (!store) return;
    const options = parseEmbedOptions(new URLSearchParams(window.location.search), {
      duration,
      captionLanguages: languages,
    });
    if (options.captions !== null) updatePreferences({ captionLanguage: options.captions });
    if (options.descriptions) setDescriptionsEnabled(true);
    if (options.muted && !store.video.muted) toggleMute(store);
  }, [store, duration, languages]);

  // Commands from the framing page.
  useEffect(() => {
    if (!store) return;
    const onMessage = (event: MessageEvent) => {
      if (window.parent === window || event.source !== window.parent) return;
      if (allowedOrigins !== 'any' && !allowedOrigins.includes(event.origin)) return;
      const command = parseEmbedCommand(event.data);
      if (!command) return;
      if (command.type === 'play') play(store);
      else if (command.type === 'pause') pause(store);
      else if (command.type === 'seek') seek(store, Math.min(command.time, duration));
      else if (command.language === 'off' || languages.includes(command.language))
        updatePreferences({ captionLanguage: command.language });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [store, duration, languages, allowedOrigins]);

  // Events, from the media store's snapshots.
  useEffect(() => {
    if (!store) return;
    let last = store.getSnapshot();
    let ready = false;
    let lastTimeupdate: number | null = null;
    const onChange = () => {
      const now = store.getSnapshot();
      if (!ready && now.duration > 0) {
        ready = true;
        post({ type: 'ready', duration: now.duration, captions: languages });
      }
      if (now.state !== last.state) {
        if (now.state === 'playing') post({ type: 'play', time: now.currentTime });
        else if (now.state === 'ended') post({ type: 'ended', time: now.currentTime });
        else if (now.state === 'paused' && last.state === 'playing')
          post({ type: 'pause', time: now.currentTime });
      }
      if (now.currentTime !== last.currentTime && timeupdateDue(lastTimeupdate, performance.now())) {
        lastTimeupdate = performance.now();
        post({ type: 'timeupdate', time: now.currentTime });
      }
      last = now;
    };
    onChange();
    return store.subscribe(onChange);
  }, [store, post, languages]);

  // The caption shown, as the overlay draws it from the same hidden track's cuechange.
  const lastText = useRef('');
  useEffect(() => {
    if (!store) return;
    const text = shown.map((cue) => cuePlainText(cue.tree)).join('\n');
    if (text === lastText.current) return;
    lastText.current = text;
    post({
      type: 'cuechange',
      text,
      startTime: shown[0]?.startTime ?? null,
      endTime: shown.at(-1)?.endTime ?? null,
    });
  }, [store, shown, post]);

  return null;
}
