import { describe, expect, it } from 'vitest';
import { showTrackInNativeFullscreen } from '../../components/media/commands';
import type { MediaStore } from '../../components/media/media-store';

/** A video that only dispatches events, and a store around it: what iOS Safari gives us. */
function fakePlayer() {
  const video = new EventTarget() as HTMLVideoElement;
  const store = { video, container: {} as HTMLElement } as MediaStore;
  const textTrack = { mode: 'hidden' } as TextTrack;
  return { video, store, textTrack };
}

describe(showTrackInNativeFullscreen.name, () => {
  it('should show the chosen track in native fullscreen and hide it again after', () => {
    const { video, store, textTrack } = fakePlayer();
    showTrackInNativeFullscreen(store, textTrack);
    video.dispatchEvent(new Event('webkitbeginfullscreen'));
    expect(textTrack.mode).toBe('showing');
    video.dispatchEvent(new Event('webkitendfullscreen'));
    expect(textTrack.mode).toBe('hidden');
  });

  it('should leave the track alone after the undo', () => {
    const { video, store, textTrack } = fakePlayer();
    const undo = showTrackInNativeFullscreen(store, textTrack);
    undo();
    video.dispatchEvent(new Event('webkitbeginfullscreen'));
    expect(textTrack.mode).toBe('hidden');
  });

  it('should ignore other fullscreen events', () => {
    const { video, store, textTrack } = fakePlayer();
    showTrackInNativeFullscreen(store, textTrack);
    video.dispatchEvent(new Event('fullscreenchange'));
    video.dispatchEvent(new Event('enterpictureinpicture'));
    expect(textTrack.mode).toBe('hidden');
  });
});
