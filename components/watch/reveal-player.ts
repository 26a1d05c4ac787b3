/**
 * Brings the player into view after a seek made from outside it (a transcript line, an ASL
 * note's time link or its dialog's "Watch this moment"): on a phone those sit far below the
 * video, and a seek the viewer cannot see gives no feedback.
 *
 * Scrolling, not a sticky mini player: a player pinned over a 390 × 844 screen would cover a
 * third of every page below it (and all of it with 200 % text or in landscape), hiding the very
 * line the viewer is reading or has focused (WCAG 2.4.11). Scrolling leaves the layout alone,
 * never moves focus (the viewer's next Tab continues from the link they used), is instant with
 * `prefers-reduced-motion`, and does nothing when the video is already in view (the side-by-side
 * layout on wide screens).
 */
import type { MediaStore } from '@/components/media/media-store';

/** How much of the picture's height must be on screen to count as seen. */
const SEEN = 0.5;

/** Whether at least half of the picture's height is inside the viewport. */
export function pictureInView(rect: { top: number; bottom: number; height: number }, viewportHeight: number) {
  if (rect.height <= 0) return true;
  const visible = Math.min(rect.bottom, viewportHeight) - Math.max(rect.top, 0);
  return visible >= rect.height * SEEN;
}

/** Scrolls the player's top into view unless the picture is already seen. Focus stays where it is. */
export function revealPlayer(store: MediaStore): void {
  // Geometry only: the picture's box, never its media state.
  if (pictureInView(store.video.getBoundingClientRect(), window.innerHeight)) return;
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  store.container.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
}
