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

/**
 * Speaks `text`, cancelling whatever the page was saying. `onStart` runs when speech starts,
 * `onEnd` once when it ends or fails. Returns the cancel, after which neither runs.
 */
export function speak(
  text: string,
  settings: SpeechSettings,
  callbacks: { onStart(): void; onEnd(): void },
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
  utterance.onend = utterance.onerror = () => {
    if (!live) return;
    live = false;
    callbacks.onEnd();
  };
  synth.cancel();
  synth.speak(utterance);
  return () => {
    if (!live) return;
    live = false;
    synth.cancel();
  };
}
