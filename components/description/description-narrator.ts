/**
 * Reads one description and, for extended description (WCAG 1.2.7), holds the video while it
 * is read. Writes to the video only through the media commands.
 */
import { pause, play } from '@/components/media/commands';
import type { MediaStore } from '@/components/media/media-store';
import { hasVoices, speak, speechAvailable, type SpeechSettings } from './description-speech';
import { estimateSpeechSeconds } from './description-timing';

/** If speech has not started this long after it was asked for, the browser cannot speak. */
export const SPEECH_START_GRACE_MS = 1500;

/**
 * Why speech did not work: the browser has no Web Speech API, it has no voice, speech never
 * started (headless Chromium), or it reported an error (`synthesis-failed`, …).
 */
export type SpeechFailure =
  | { reason: 'unsupported' }
  | { reason: 'no-voices' }
  | { reason: 'not-started' }
  | { reason: 'error'; error: string };

/** A short, plain reason for the visible note, e.g. "the browser’s speech engine reported “synthesis-failed”". */
export function describeSpeechFailure(failure: SpeechFailure): string {
  switch (failure.reason) {
    case 'unsupported':
      return 'this browser has no speech synthesis';
    case 'no-voices':
      return 'this browser has no voice installed';
    case 'not-started':
      return 'the browser did not start speaking';
    case 'error':
      return `the browser’s speech engine reported “${failure.error}”`;
  }
}

export interface NarrationOptions extends SpeechSettings {
  /** Speak it, or send it to the viewer's screen reader through a polite live region. */
  output: 'speech' | 'screen-reader';
  /** Pause the video while a description that does not fit is read. */
  extended: boolean;
  /** Seconds the description has before dialogue (see `availableSeconds`). */
  available: number;
  /** Puts the text in the polite live region. */
  announce(text: string): void;
  /**
   * Called once when speech was asked for and failed; the description has then been announced
   * instead. The caller should ask for `output: 'screen-reader'` from then on.
   */
  onSpeechFailure?(failure: SpeechFailure): void;
}

export interface Narration {
  /** Whether the video is being held for this description. */
  readonly holding: boolean;
  /**
   * Stops reading. With `resume`, a video held for this description plays on (the viewer
   * sought elsewhere or turned descriptions off); without it the video is left as it is.
   */
  stop(options: { resume: boolean }): void;
}

/**
 * Reads `text`: spoken with the viewer's voice, rate and volume, or announced when the viewer
 * prefers their screen reader. Speech that fails at any point (no API, an `error` event before
 * or after it started, or no start within {@link SPEECH_START_GRACE_MS}) falls back to the
 * announcement and reports the failure. When `extended` is on, the video is playing and the
 * estimated reading time exceeds `available`, the video pauses now and plays again when the
 * speech ends, or, without speech, when the estimated reading time (counted from the request)
 * has passed. If the viewer presses play meanwhile, the hold is given up and nothing else
 * happens to the video.
 */
export function narrate(store: MediaStore, text: string, options: NarrationOptions): Narration {
  const { video } = store;
  const estimateMs = estimateSpeechSeconds(text, options.rate) * 1000;
  const requestedAt = Date.now();
  let holding = options.extended && !video.paused && !video.ended && estimateMs > options.available * 1000;
  let done = false;
  let fellBack = false;
  let cancelSpeech: (() => void) | null = null;
  const timers: ReturnType<typeof setTimeout>[] = [];

  const onPlay = () => {
    holding = false;
  };
  const finish = (resume: boolean) => {
    if (done) return;
    done = true;
    timers.forEach(clearTimeout);
    cancelSpeech?.();
    video.removeEventListener('play', onPlay);
    if (holding && resume) play(store);
    holding = false;
  };
  const announceThenWait = () => {
    options.announce(text);
    const elapsedMs = Date.now() - requestedAt;
    timers.push(setTimeout(() => finish(true), Math.max(0, estimateMs - elapsedMs)));
  };
  const fallBack = (failure: SpeechFailure) => {
    if (done || fellBack) return;
    fellBack = true;
    timers.forEach(clearTimeout);
    cancelSpeech?.();
    cancelSpeech = null;
    const noVoice = failure.reason !== 'unsupported' && speechAvailable() && !hasVoices();
    options.onSpeechFailure?.(noVoice ? { reason: 'no-voices' } : failure);
    announceThenWait();
  };

  if (holding) {
    pause(store);
    video.addEventListener('play', onPlay);
  }
  if (options.output === 'screen-reader') {
    announceThenWait();
  } else if (!speechAvailable()) {
    fallBack({ reason: 'unsupported' });
  } else {
    let started = false;
    timers.push(
      setTimeout(() => {
        if (!started) fallBack({ reason: 'not-started' });
      }, SPEECH_START_GRACE_MS),
    );
    const cancel = speak(text, options, {
      onStart: () => {
        started = true;
      },
      onEnd: () => finish(true),
      onError: (error) => fallBack({ reason: 'error', error }),
    });
    if (!fellBack && !done) cancelSpeech = cancel;
  }

  return {
    get holding() {
      return holding;
    },
    stop: ({ resume }) => finish(resume),
  };
}
