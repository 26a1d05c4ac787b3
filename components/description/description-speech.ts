/**
 * Speaking a description with the Web Speech API. A thin wrapper that reports start and end
 * once each, and whose cancel detaches the callbacks first, so cancelling one description never
 * reads as the end of the next.
 */

export interface SpeechSettings {
  /** A `SpeechSynthesisVoice.name`, or '' for the browser's default voice. */
  voice: string;
  /** 0.5–2, as on `SpeechSynthesisUtterance.rate`. */
  rate: number;
  /** 0–1. */
  volume: number;
}

/** Whether this browser can speak (the Web Speech API's synthesis half is present). */
export function speechAvailable(): boolean {
  return (
    typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof SpeechSynthesisUtterance === 'function'
  );
}

/** Whether the browser has any voice to speak with (Chromium fills the list asynchronously). */
export function hasVoices(): boolean {
  return speechAvailable() && window.speechSynthesis.getVoices().length > 0;
}

/**
 * `SpeechSynthesisErrorEvent.error` codes that mean the utterance was cut short by another one,
 * not that speech failed: https://webaudio.github.io/web-speech-api/#speechsynthesiserrorevent
 */
const CUT_SHORT = new Set(['canceled', 'interrupted']);

/**
 * Speaks `text`, cancelling whatever the page was saying. `onStart` runs when speech starts;
 * then exactly one of `onEnd` (spoken, or cut short by other speech) or `onError` with the
 * event's error code (`synthesis-failed`, `audio-hardware`, …). Returns the cancel, after which
 * none runs.
 */
export function speak(
  text: string,
  settings: SpeechSettings,
  callbacks: { onStart(): void; onEnd(): void; onError(error: string): void },
): () => void {
  const synth = window.speechSynthesis;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = settings.rate;
  utterance.volume = settings.volume;
  const voice = settings.voice ? synth.getVoices().find((v) => v.name === settings.voice) : undefined;
  if (voice) {
    utterance.voice = voice;
    utterance.lang = voice.lang;
  }
  let live = true;
  utterance.onstart = () => {
    if (live) callbacks.onStart();
  };
  utterance.onend = () => {
    if (!live) return;
    live = false;
    callbacks.onEnd();
  };
  utterance.onerror = (event) => {
    if (!live) return;
    live = false;
    // A stub or an old engine may fire a plain `error` Event without a code.
    const error = (event as Partial<SpeechSynthesisErrorEvent>).error ?? 'unknown';
    if (CUT_SHORT.has(error)) callbacks.onEnd();
    else callbacks.onError(error);
  };
  try {
    synth.cancel();
    synth.speak(utterance);
  } catch {
    live = false;
    callbacks.onError('exception');
  }
  return () => {
    if (!live) return;
    live = false;
    synth.cancel();
  };
}
