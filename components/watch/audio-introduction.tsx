'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { AudioIntroduction } from '@/captions/audio-introduction';
import { speak, speechAvailable } from '@/components/description/description-speech';
import { useHydrated } from '@/components/hydration/use-hydrated';
import { pause } from '@/components/media/commands';
import { useMediaStore } from '@/components/media/media-provider';
import { usePreferences } from '@/components/preferences/preferences-store';
import './audio-introduction.css';

type IntroductionState = 'idle' | 'speaking' | 'finished' | 'unavailable';

const STATUS: Record<IntroductionState, string> = {
  idle: '',
  speaking: 'Playing the audio introduction. The film is paused.',
  finished: 'The audio introduction has ended.',
  unavailable: 'This browser cannot speak. The audio introduction is below to read.',
};

/**
 * "Audio introduction" (a toggle; SBS-style, issue #14): before the film, speaks the title's
 * introduction paragraph by paragraph with the viewer's description voice, rate and volume, and
 * pauses the film while it plays; the same button stops it. The text is always there to read
 * (a disclosure, opened for the viewer when the browser cannot speak), so a screen-reader user
 * can read it instead. Mount it inside `<MediaProvider>`, near the player, with the loaded
 * title's `audioIntroduction` (render nothing when the title has none).
 */
export function AudioIntroductionControl({ introduction }: { introduction: AudioIntroduction }) {
  const id = useId();
  const store = useMediaStore();
  const voice = usePreferences((p) => p.descriptions.voice);
  const rate = usePreferences((p) => p.descriptions.rate);
  const volume = usePreferences((p) => p.descriptions.volume);
  const [state, setState] = useState<IntroductionState>('idle');
  const [open, setOpen] = useState(false);
  const cancel = useRef<(() => void) | null>(null);
  // The button needs JavaScript: without it (and before hydration) only the text is offered.
  const hydrated = useHydrated();

  const stop = () => {
    cancel.current?.();
    cancel.current = null;
  };
  useEffect(() => stop, []);

  const start = () => {
    if (!speechAvailable()) {
      setState('unavailable');
      setOpen(true);
      return;
    }
    if (store) pause(store);
    const next = (index: number) => {
      const paragraph = introduction.paragraphs[index];
      if (paragraph === undefined) {
        cancel.current = null;
        setState('finished');
        return;
      }
      cancel.current = speak(
        paragraph,
        { voice, rate, volume },
        {
          onStart: () => undefined,
          onEnd: () => next(index + 1),
          // Speech failed (no voice, no audio device): offer the text instead.
          onError: () => {
            cancel.current = null;
            setState('unavailable');
            setOpen(true);
          },
        },
      );
    };
    setState('speaking');
    next(0);
  };

  const speaking = state === 'speaking';
  return (
    <div className="audio-introduction" data-state={state}>
      <button
        type="button"
        className="button"
        hidden={!hydrated}
        aria-describedby={`${id}-about`}
        aria-pressed={speaking}
        onClick={() => {
          if (!speaking) return start();
          stop();
          setState('idle');
        }}
      >
        {/* A toggle named for what it is, like "Audio description": a name starting "Play" would
            read as the film's own Play button to a viewer searching the page by name. */}
        Audio introduction
      </button>
      <p id={`${id}-about`} className="audio-introduction-about" hidden={!hydrated}>
        Before the film: who is who, what the screen shows and what the sound does.
      </p>
      <p role="status" className="audio-introduction-status">
        {STATUS[state]}
      </p>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Read the audio introduction</summary>
        <div lang={introduction.srclang}>
          {introduction.paragraphs.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      </details>
    </div>
  );
}
