/**
 * The `TextTrack`s of the page's `<track>` elements, for the media layer's hooks and commands:
 * the only code that looks inside the `<video>` for them.
 */
import type { MediaStore } from './media-store';

/** The video's `<track>` element with this `src`, or null before it exists. */
export function findTrackElement(store: MediaStore, url: string): HTMLTrackElement | null {
  for (const element of Array.from(store.video.querySelectorAll('track'))) {
    if (element.getAttribute('src') === url) return element;
  }
  return null;
}

/** The `TextTrack` of the video's `<track>` element with this `src`, or null before it exists. */
export function findTextTrack(store: MediaStore, url: string): TextTrack | null {
  return findTrackElement(store, url)?.track ?? null;
}
