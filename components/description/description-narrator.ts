/**
 * Reads one description so that it fits the film (issue #14, "description that fits"): ducks
 * the film while a description that fits its gap is spoken, speaks faster up to the viewer's
 * maximum to make one fit, and holds the video only for what is still left (extended
 * description, WCAG 1.2.7). The plan is the core's `planDescription`; this module carries it
 * out, writing to the video only through the media commands.
 */
import { planDescription, type DescriptionPlan } from '@/captions/description-plan';
import { duck as duckFilm, pause, play } from '@/components/media/commands';
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

/** How long before its gap ends the film is held, so that the next line of dialogue is not clipped. */
export const HOLD_LEAD_MS = 100;

export interface NarrationOptions extends SpeechSettings {
  /** Speak it, or send it to the viewer's screen reader through a polite live region. */
  output: 'speech' | 'screen-reader';
  /** Pause the video for what still does not fit (extended description). */
  extended: boolean;
  /** Seconds of film the description has before dialogue (see `availableSeconds`). */
  available: number;
  /** The fastest speech rate the viewer accepts to make a description fit (0.5–2). */
  maxRate: number;
  /** The film's volume while a description is spoken over it, as a share (0–1) of its own. */
  duckLevel: number;
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
  /** How it is read: the rate, whether the film is ducked, the seconds still to hold it. */
  readonly plan: DescriptionPlan;
  /**
   * Stops reading. With `resume`, a video held for this description plays on (the viewer
   * sought elsewhere or turned descriptions off); without it the video is left as it is.
   */
  stop(options: { resume: boolean }): void;
}

/**
 * Reads `text`: spoken with the viewer's voice and volume, or announced when the viewer prefers
 * their screen reader. Speech that fails at any point (no API, an `error` event before or after
 * it started, or no start within {@link SPEECH_START_GRACE_MS}) falls back to the announcement and
 * reports the failure.
 *
 * The plan (`planDescription`, from the estimated reading time, the gap in real seconds at the
 * film's playback rate, the viewer's rate and maximum rate) decides the rest: speech at the
 * plan's rate (a screen reader's rate is its own, so an announcement is never planned faster);
 * while the film plays, it is ducked to `duckLevel` of the viewer's volume (which the player
 * keeps showing, `MediaStore.duck`) and given the viewer's volume back when the description ends,
 * one they chose meanwhile included; and when even the maximum rate does not fit, the film plays
 * on through the gap (film time: a change of speed moves its end) and is held
 * {@link HOLD_LEAD_MS} before it ends until the speech ends, or, without speech, until the
 * estimated reading time (counted from the request) has passed. If the viewer presses play meanwhile, the hold is given up and nothing
 * else happens to the video.
 */
export function narrate(store: MediaStore, text: string, options: NarrationOptions): Narration {
  const { video } = store;
  const speechSeconds = estimateSpeechSeconds(text);
  const requestedAt = Date.now();
  const rateNow = () =>
    Number.isFinite(video.playbackRate) && video.playbackRate > 0 ? video.playbackRate : 1;
  const filmRate = rateNow();
  // The gap is film time: when the viewer changes the speed, what is left of it comes sooner or
  // later (`onRateChange`). Counted in real time from `gapSince`, at `gapRate`.
  let gapLeft = Math.max(0, options.available);
  let gapSince = requestedAt;
  let gapRate = filmRate;
  const gapEndsAt = () => gapSince + (gapLeft / gapRate) * 1000;
  const planFor = (output: NarrationOptions['output']): DescriptionPlan =>
    planDescription({
      speechSeconds,
      gapSeconds: options.available / filmRate,
      rate: options.rate,
      maxRate: output === 'speech' ? options.maxRate : options.rate,
      extended: options.extended,
    });
  let plan = planFor(options.output);
  let holding = false;
  let done = false;
  let fellBack = false;
  let cancelSpeech: (() => void) | null = null;
  let holdTimer: ReturnType<typeof setTimeout> | undefined;
  const timers: ReturnType<typeof setTimeout>[] = [];
  let ducked = false;

  const onPlay = () => {
    holding = false;
  };
  const hold = () => {
    if (done || holding || video.paused || video.ended) return;
    holding = true;
    pause(store);
    video.addEventListener('play', onPlay);
  };
  /** Holds the film when the gap ends, if the plan leaves something over. */
  const scheduleHold = () => {
    clearTimeout(holdTimer);
    if (plan.pauseSeconds <= 0 || video.paused || video.ended) return;
    const delay = gapEndsAt() - HOLD_LEAD_MS - Date.now();
    if (delay <= 0) hold();
    else holdTimer = setTimeout(hold, delay);
  };
  const onRateChange = () => {
    const now = Date.now();
    gapLeft = Math.max(0, gapLeft - ((now - gapSince) / 1000) * gapRate);
    gapSince = now;
    gapRate = rateNow();
    if (!holding) scheduleHold();
  };
  video.addEventListener('ratechange', onRateChange);
  const duck = () => {
    if (!plan.duck || ducked || video.paused || video.muted || video.volume === 0) return;
    duckFilm(store, options.duckLevel);
    ducked = true;
  };
  const restoreVolume = () => {
    // The viewer's volume, including one they chose meanwhile (the store keeps it).
    if (ducked) duckFilm(store, 1);
    ducked = false;
  };
  const finish = (resume: boolean) => {
    if (done) return;
    done = true;
    clearTimeout(holdTimer);
    timers.forEach(clearTimeout);
    cancelSpeech?.();
    video.removeEventListener('play', onPlay);
    video.removeEventListener('ratechange', onRateChange);
    restoreVolume();
    if (holding && resume) play(store);
    holding = false;
  };
  const announceThenWait = () => {
    options.announce(text);
    const estimateMs = (speechSeconds / plan.rate) * 1000;
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
    // A screen reader reads at its own rate: plan again without speeding up.
    plan = planFor('screen-reader');
    duck();
    scheduleHold();
    announceThenWait();
  };

  duck();
  scheduleHold();
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
    const cancel = speak(
      text,
      { ...options, rate: plan.rate },
      {
        onStart: () => {
          started = true;
        },
        onEnd: () => finish(true),
        onError: (error) => fallBack({ reason: 'error', error }),
      },
    );
    if (!fellBack && !done) cancelSpeech = cancel;
  }

  return {
    get holding() {
      return holding;
    },
    get plan() {
      return plan;
    },
    stop: ({ resume }) => finish(resume),
  };
}
