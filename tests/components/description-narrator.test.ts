// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediaStore } from '../../components/media/media-store';
import { narrate, type NarrationOptions } from '../../components/description/description-narrator';
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
  const store = { video, container: document.createElement('div') } as unknown as MediaStore;
  return { store, video };
}

const TEXT = 'Card: a quote from Riz Ahmed, told to EW at TIFF 2019.';
const options = (patch: Partial<NarrationOptions> = {}): NarrationOptions => ({
  output: 'speech',
  voice: '',
  rate: 1,
  volume: 1,
  extended: true,
  available: 1,
  announce: () => undefined,
  ...patch,
});

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
});
