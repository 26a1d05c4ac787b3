/**
 * Reads one description and, for extended description (WCAG 1.2.7), holds the video while it
 * is read. Writes to the video only through the media commands.
 */
import { pause, play } from '@/components/media/commands';
import type { MediaStore } from '@/components/media/media-store';
import { speak, speechAvailable, type SpeechSettings } from './description-speech';
import { estimateSpeechSeconds } from './description-timing';

/** If speech has not started this long after it was asked for, the browser cannot speak. */
export const SPEECH_START_GRACE_MS = 1500;

export interface NarrationOptions extends SpeechSettings {
  /** Speak it, or send it to the viewer's screen reader through a polite live region. */
  output: 'speech' | 'screen-reader';
  /** Pause the video while a description that does not fit is read. */
  extended: boolean;
  /** Seconds the description has before dialogue (see `availableSeconds`). */
  available: number;
  /** Puts the text in the polite live region. */
  announce(text: string): void;
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
 * prefers their screen reader, when the browser has no speech, or when speech has not started
 * within {@link SPEECH_START_GRACE_MS}. When `extended` is on, the video is playing and the
 * estimated reading time exceeds `available`, the video pauses now and plays again when the
 * speech ends, or, without speech, when the estimated reading time has passed. If the viewer
 * presses play meanwhile, the hold is given up and nothing else happens to the video.
 */
export function narrate(store: MediaStore, text: string, options: NarrationOptions): Narration {
  const { video } = store;
  const estimateMs = estimateSpeechSeconds(text, options.rate) * 1000;
  let holding = options.extended && !video.paused && !video.ended && estimateMs > options.available * 1000;
  let done = false;
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
  const announceThenWait = (elapsedMs: number) => {
    options.announce(text);
    timers.push(setTimeout(() => finish(true), Math.max(0, estimateMs - elapsedMs)));
  };

  if (holding) {
    pause(store);
    video.addEventListener('play', onPlay);
  }
  if (options.output === 'speech' && speechAvailable()) {
    let started = false;
    cancelSpeech = speak(text, options, {
      onStart: () => {
        started = true;
      },
      onEnd: () => finish(true),
    });
    timers.push(
      setTimeout(() => {
        if (started) return;
        cancelSpeech?.();
        cancelSpeech = null;
        announceThenWait(SPEECH_START_GRACE_MS);
      }, SPEECH_START_GRACE_MS),
    );
  } else {
    announceThenWait(0);
  }

  return {
    get holding() {
      return holding;
    },
    stop: ({ resume }) => finish(resume),
  };
}
