'use client';

import { useSyncExternalStore } from 'react';
import { speechAvailable } from './description-speech';

const NONE: readonly SpeechSynthesisVoice[] = [];
let voices: readonly SpeechSynthesisVoice[] = NONE;

function read() {
  const next = window.speechSynthesis.getVoices();
  if (next.length !== voices.length || next.some((v, i) => v !== voices[i]))
    voices = next.length ? next : NONE;
}

function subscribe(onChange: () => void) {
  if (!speechAvailable()) return () => undefined;
  const onVoicesChanged = () => {
    read();
    onChange();
  };
  // Chromium fills the list asynchronously and says so with `voiceschanged`.
  window.speechSynthesis.addEventListener('voiceschanged', onVoicesChanged);
  read();
  return () => window.speechSynthesis.removeEventListener('voiceschanged', onVoicesChanged);
}

/** The browser's speech voices (none without the Web Speech API or before they load). */
export function useSpeechVoices(): readonly SpeechSynthesisVoice[] {
  return useSyncExternalStore(
    subscribe,
    () => voices,
    () => NONE,
  );
}
