// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { duck, setVolume } from '../../components/media/commands';
import { createMediaStore } from '../../components/media/media-store';

/** The element's `volumechange` is dispatched later (a task), as in a browser. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function storeAt(volume: number) {
  const video = document.createElement('video');
  video.volume = volume;
  const store = createMediaStore(video, document.createElement('div'));
  return { store, video };
}

describe('the media store while the film is ducked under a description', () => {
  it("should play the film at the duck level's share and keep showing the viewer's volume", async () => {
    const { store, video } = storeAt(0.8);
    duck(store, 0.3);
    await settle();
    expect(video.volume).toBeCloseTo(0.24, 2);
    expect(store.getSnapshot().volume).toBe(0.8);
    duck(store, 1);
    await settle();
    expect(video.volume).toBe(0.8);
    expect(store.getSnapshot().volume).toBe(0.8);
  });

  it('should take a volume the viewer sets meanwhile as theirs, and play the film at its share', async () => {
    const { store, video } = storeAt(1);
    duck(store, 0.5);
    setVolume(store, 0.6);
    await settle();
    expect(store.getSnapshot().volume).toBe(0.6);
    expect(video.volume).toBeCloseTo(0.3, 2);
    duck(store, 1);
    await settle();
    expect(video.volume).toBe(0.6);
  });

  it('should show a volume the viewer changes while the film is ducked to silence', async () => {
    const { store, video } = storeAt(1);
    duck(store, 0);
    setVolume(store, 0.4);
    await settle();
    expect(video.volume).toBe(0);
    expect(store.getSnapshot().volume).toBe(0.4);
  });

  it('should end the ducking when something else sets the volume on the element', async () => {
    const { store, video } = storeAt(1);
    duck(store, 0.3);
    await settle();
    video.volume = 0.5;
    await settle();
    expect(store.getSnapshot().volume).toBe(0.5);
    duck(store, 1);
    await settle();
    expect(video.volume).toBe(0.5);
  });
});
