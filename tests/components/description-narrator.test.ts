// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMediaStore, type MediaStore } from '../../components/media/media-store';
import {
  describeSpeechFailure,
  HOLD_LEAD_MS,
  narrate,
  SPEECH_START_GRACE_MS,
  type NarrationOptions,
  type SpeechFailure,
} from '../../components/description/description-narrator';
import { estimateSpeechSeconds } from '../../components/description/description-timing';

/** A video that plays and pauses like the element does, minus the media. jsdom has no speech. */
function fakeStore(): { store: MediaStore; video: HTMLVideoElement } {
  const video = document.createElement('video');
  let paused = false;
  Object.defineProperty(video, 'paused', { get: () => paused });
  video.play = () => {
    paused = false;
    video.dispatchEvent(new Event('play'));
    return Promise.resolve();
  };
  video.pause = () => {
    paused = true;
    video.dispatchEvent(new Event('pause'));
  };
  const store = createMediaStore(video, document.createElement('div'));
  return { store, video };
}

const TEXT = 'Card: a quote from Riz Ahmed, told to EW at TIFF 2019.';
const options = (patch: Partial<NarrationOptions> = {}): NarrationOptions => ({
  output: 'speech',
  voice: '',
  rate: 1,
  volume: 1,
  extended: true,
  // No gap: dialogue is under way, so a hold starts at once.
  available: 0,
  maxRate: 1,
  duckLevel: 0.3,
  announce: () => undefined,
  ...patch,
});

/** The utterance of the fake Web Speech APIs below: what the narrator sets on it, and its events. */
class FakeUtterance extends EventTarget {
  onstart: ((event: Event) => void) | null = null;
  onend: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  rate = 1;
  volume = 1;
  constructor(public text: string) {
    super();
  }
}

describe(narrate.name, () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  describe('given a browser without speech', () => {
    it('should announce the text and hold the video for its estimated reading time', () => {
      const { store, video } = fakeStore();
      const announced: string[] = [];
      narrate(store, TEXT, options({ announce: (t) => announced.push(t) }));
      expect(announced).toEqual([TEXT]);
      expect(video.paused).toBe(true);
      vi.advanceTimersByTime(estimateSpeechSeconds(TEXT) * 1000 - 10);
      expect(video.paused).toBe(true);
      vi.advanceTimersByTime(20);
      expect(video.paused).toBe(false);
    });

    it('should not hold when the description fits', () => {
      const { store, video } = fakeStore();
      narrate(store, TEXT, options({ available: 60 }));
      expect(video.paused).toBe(false);
    });

    it('should not hold with extended description off', () => {
      const { store, video } = fakeStore();
      narrate(store, TEXT, options({ extended: false }));
      expect(video.paused).toBe(false);
    });

    it('should give up the hold when the viewer plays, and not touch the video after', () => {
      const { store, video } = fakeStore();
      narrate(store, TEXT, options());
      void video.play();
      video.pause();
      vi.runAllTimers();
      expect(video.paused).toBe(true);
    });

    it('should resume when stopped with resume, and leave the video paused without', () => {
      const first = fakeStore();
      narrate(first.store, TEXT, options()).stop({ resume: true });
      expect(first.video.paused).toBe(false);
      const second = fakeStore();
      narrate(second.store, TEXT, options()).stop({ resume: false });
      vi.runAllTimers();
      expect(second.video.paused).toBe(true);
    });
  });

  describe('given a browser whose speech fails', () => {
    /** A Web Speech API whose `speak` does what `behaviour` says with each utterance. */
    function fakeSpeech(behaviour: (utterance: SpeechSynthesisUtterance) => void, voices = ['Alex']) {
      vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
      vi.stubGlobal('speechSynthesis', {
        cancel: () => undefined,
        getVoices: () => voices.map((name) => ({ name, lang: 'en-US' })),
        speak: behaviour,
      });
    }
    const fail = (error: string, after: 'start' | 'now') => (u: SpeechSynthesisUtterance) => {
      if (after === 'start') u.onstart?.(new Event('start') as SpeechSynthesisEvent);
      u.onerror?.(Object.assign(new Event('error'), { error }) as SpeechSynthesisErrorEvent);
    };
    afterEach(() => vi.unstubAllGlobals());

    function run(behaviour: (u: SpeechSynthesisUtterance) => void, voices?: string[]) {
      fakeSpeech(behaviour, voices);
      const { store, video } = fakeStore();
      const announced: string[] = [];
      const failures: SpeechFailure[] = [];
      narrate(
        store,
        TEXT,
        options({ announce: (t) => announced.push(t), onSpeechFailure: (f) => failures.push(f) }),
      );
      return { video, announced, failures };
    }

    it.each([
      ['with synthesis-failed before speaking', fail('synthesis-failed', 'now')],
      ['with an audio-hardware error after starting', fail('audio-hardware', 'start')],
    ])('should announce instead %s, and hold for the reading time', (_, behaviour) => {
      const { video, announced, failures } = run(behaviour);
      expect(announced).toEqual([TEXT]);
      expect(failures).toHaveLength(1);
      expect(failures[0]?.reason).toBe('error');
      expect(video.paused).toBe(true);
      vi.advanceTimersByTime(estimateSpeechSeconds(TEXT) * 1000 - 10);
      expect(video.paused).toBe(true);
      vi.advanceTimersByTime(20);
      expect(video.paused).toBe(false);
    });

    it('should announce when speech never starts, and hold for the rest of the reading time', () => {
      const { video, announced, failures } = run(() => undefined);
      expect(announced).toEqual([]);
      vi.advanceTimersByTime(SPEECH_START_GRACE_MS);
      expect(announced).toEqual([TEXT]);
      expect(failures).toEqual([{ reason: 'not-started' }]);
      vi.advanceTimersByTime(estimateSpeechSeconds(TEXT) * 1000 - SPEECH_START_GRACE_MS - 10);
      expect(video.paused).toBe(true);
      vi.advanceTimersByTime(20);
      expect(video.paused).toBe(false);
    });

    it('should name a missing voice as the reason when the browser has none', () => {
      const { failures } = run(fail('synthesis-failed', 'now'), []);
      expect(failures).toEqual([{ reason: 'no-voices' }]);
    });

    it('should treat speech cut short by other speech as ended, not failed', () => {
      const { video, announced, failures } = run(fail('interrupted', 'start'));
      expect(announced).toEqual([]);
      expect(failures).toEqual([]);
      expect(video.paused).toBe(false);
    });

    it('should report once, not again when the grace time passes', () => {
      const { failures } = run(fail('synthesis-failed', 'now'));
      vi.runAllTimers();
      expect(failures).toHaveLength(1);
    });
  });
});

describe(`${narrate.name} fitting the film`, () => {
  /** A Web Speech API that records each utterance and ends it only when told. */
  function heldSpeech() {
    const utterances: { text: string; rate: number; end(): void }[] = [];
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    vi.stubGlobal('speechSynthesis', {
      cancel: () => undefined,
      getVoices: () => [{ name: 'Alex', lang: 'en-US' }],
      speak: (u: FakeUtterance) => {
        u.onstart?.(new Event('start'));
        utterances.push({ text: u.text, rate: u.rate, end: () => u.onend?.(new Event('end')) });
      },
    });
    return utterances;
  }
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const seconds = estimateSpeechSeconds(TEXT);

  describe("given a description that fits its gap at the viewer's rate", () => {
    it('should speak at that rate over the playing film, ducked to the duck level, and restore it after', () => {
      const utterances = heldSpeech();
      const { store, video } = fakeStore();
      video.volume = 0.8;
      const narration = narrate(store, TEXT, options({ available: seconds + 1, maxRate: 1.5 }));
      expect(utterances.map((u) => u.rate)).toEqual([1]);
      expect(narration.plan).toEqual({ rate: 1, duck: true, pauseSeconds: 0 });
      expect(video.volume).toBeCloseTo(0.24, 2);
      vi.advanceTimersByTime((seconds + 1) * 1000);
      expect(video.paused).toBe(false);
      utterances[0]!.end();
      expect(video.volume).toBeCloseTo(0.8, 2);
      expect(video.paused).toBe(false);
    });

    it('should keep a volume the viewer chose while it was spoken', () => {
      const utterances = heldSpeech();
      const { store, video } = fakeStore();
      narrate(store, TEXT, options({ available: seconds + 1 }));
      video.volume = 0.5;
      utterances[0]!.end();
      expect(video.volume).toBe(0.5);
    });

    it('should not touch the volume of a muted film', () => {
      heldSpeech();
      const { store, video } = fakeStore();
      video.muted = true;
      narrate(store, TEXT, options({ available: seconds + 1 }));
      expect(video.volume).toBe(1);
    });
  });

  describe('given a description that fits only when spoken faster', () => {
    it('should speak at the slowest rate that fits, ducked, without holding the film', () => {
      const utterances = heldSpeech();
      const { store, video } = fakeStore();
      narrate(store, TEXT, options({ available: seconds / 1.25, maxRate: 2 }));
      expect(utterances[0]!.rate).toBeCloseTo(1.25, 2);
      expect(video.volume).toBeCloseTo(0.3, 2);
      vi.runOnlyPendingTimers();
      expect(video.paused).toBe(false);
    });

    it('should speak faster for a film played faster, whose gap passes sooner', () => {
      const utterances = heldSpeech();
      const { store, video } = fakeStore();
      video.playbackRate = 2;
      narrate(store, TEXT, options({ available: seconds, maxRate: 2 }));
      expect(utterances[0]!.rate).toBeCloseTo(2, 2);
    });
  });

  describe('given a description that does not fit even at the maximum rate', () => {
    it('should play through the gap, hold the film just before it ends, and resume when speech ends', () => {
      const utterances = heldSpeech();
      const { store, video } = fakeStore();
      narrate(store, TEXT, options({ available: 1, maxRate: 1.5 }));
      expect(utterances[0]!.rate).toBe(1.5);
      expect(video.paused).toBe(false);
      vi.advanceTimersByTime(1000 - HOLD_LEAD_MS - 10);
      expect(video.paused).toBe(false);
      vi.advanceTimersByTime(20);
      expect(video.paused).toBe(true);
      utterances[0]!.end();
      expect(video.paused).toBe(false);
      expect(video.volume).toBe(1);
    });

    it('should hold sooner when the viewer speeds the film up during the gap, and later when they slow it', () => {
      for (const [rate, heldAfter] of [
        [2, 250 + 750 / 2 - HOLD_LEAD_MS],
        [0.5, 250 + 750 * 2 - HOLD_LEAD_MS],
      ] as const) {
        const utterances = heldSpeech();
        const { store, video } = fakeStore();
        narrate(store, TEXT, options({ available: 1, maxRate: 1.5 }));
        vi.advanceTimersByTime(250);
        video.playbackRate = rate;
        video.dispatchEvent(new Event('ratechange'));
        vi.advanceTimersByTime(heldAfter - 250 - 10);
        expect(video.paused, `at ${rate}x, not yet`).toBe(false);
        vi.advanceTimersByTime(20);
        expect(video.paused, `at ${rate}x, held`).toBe(true);
        utterances[0]!.end();
      }
    });

    it('should speak the rest over the film, never holding it, with extended description off', () => {
      const utterances = heldSpeech();
      const { store, video } = fakeStore();
      narrate(store, TEXT, options({ available: 1, maxRate: 1.5, extended: false }));
      vi.runOnlyPendingTimers();
      expect(video.paused).toBe(false);
      utterances[0]!.end();
    });

    it("should hold, announced, for the reading time at the viewer's own rate when it goes to a screen reader", () => {
      heldSpeech();
      const { store, video } = fakeStore();
      const narration = narrate(store, TEXT, options({ available: 1, maxRate: 2, output: 'screen-reader' }));
      expect(narration.plan.rate).toBe(1);
      vi.advanceTimersByTime(1000);
      expect(video.paused).toBe(true);
      vi.advanceTimersByTime(seconds * 1000 - 1000 + 10);
      expect(video.paused).toBe(false);
    });
  });
});

describe(describeSpeechFailure.name, () => {
  it.each<[SpeechFailure, string]>([
    [{ reason: 'unsupported' }, 'this browser has no speech synthesis'],
    [{ reason: 'no-voices' }, 'this browser has no voice installed'],
    [{ reason: 'not-started' }, 'the browser did not start speaking'],
    [
      { reason: 'error', error: 'synthesis-failed' },
      'the browser’s speech engine reported “synthesis-failed”',
    ],
  ])('should say why for %j', (failure, text) => {
    expect(describeSpeechFailure(failure)).toBe(text);
  });
});
