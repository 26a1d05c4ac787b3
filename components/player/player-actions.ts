/**
 * What each shortcut does. Pure dispatch over the media commands and the caption time index,
 * so the key handler stays a thin layer and every action is also reachable by a button.
 */
import { CAPTION_OFFSET_STEP_MS } from '@/captions/caption-offset';
import {
  cueIndexAt,
  nextCueAfter,
  previousCueBefore,
  type TimedCue,
  type TimeIndex,
} from '@/captions/time-index';
import {
  seek,
  seekBy,
  setVolume,
  stepPlaybackRate,
  toggleFullscreen,
  toggleMute,
  togglePlay,
} from '@/components/media/commands';
import { liveCurrentTime, type MediaStore } from '@/components/media/media-store';
import type { ShortcutAction } from './shortcuts';

/** Seeks land just inside a cue, so float rounding of `currentTime` cannot miss its start. */
const INSIDE = 0.001;
/** Within this many seconds of a caption's start, "previous" goes to the one before it. */
const RESTART_WINDOW = 0.75;

export interface ActionContext {
  store: MediaStore;
  /** The showing caption track's cues as on screen (caption offset included), indexed; null when captions are off. */
  captions: TimeIndex<TimedCue> | null;
  toggleCaptions(): void;
  toggleDescriptions(): void;
  showShortcuts(): void;
  /** Moves the captions by `stepMs` milliseconds (negative: earlier), saying so. */
  moveCaptions(stepMs: number): void;
  /** Opens the "Go to time" dialog. */
  goToTime(): void;
}

export function runAction(action: ShortcutAction, ctx: ActionContext): void {
  const { store } = ctx;
  const t = liveCurrentTime(store);
  switch (action) {
    case 'toggle-play':
      return togglePlay(store);
    case 'back-10':
      return seekBy(store, -10);
    case 'forward-10':
      return seekBy(store, 10);
    case 'back-5':
      return seekBy(store, -5);
    case 'forward-5':
      return seekBy(store, 5);
    case 'volume-up':
      return setVolume(store, store.getSnapshot().volume + 0.1);
    case 'volume-down':
      return setVolume(store, store.getSnapshot().volume - 0.1);
    case 'toggle-mute':
      return toggleMute(store);
    case 'toggle-captions':
      return ctx.toggleCaptions();
    case 'toggle-fullscreen':
      return toggleFullscreen(store);
    case 'slower':
      return stepPlaybackRate(store, -1);
    case 'faster':
      return stepPlaybackRate(store, 1);
    case 'toggle-descriptions':
      return ctx.toggleDescriptions();
    case 'show-shortcuts':
      return ctx.showShortcuts();
    case 'captions-earlier':
      return ctx.moveCaptions(-CAPTION_OFFSET_STEP_MS);
    case 'captions-later':
      return ctx.moveCaptions(CAPTION_OFFSET_STEP_MS);
    case 'go-to-time':
      return ctx.goToTime();
    case 'next-caption': {
      const next = ctx.captions && nextCueAfter(ctx.captions, t);
      if (next) seek(store, next.startTime + INSIDE);
      return;
    }
    case 'previous-caption': {
      const previous = ctx.captions && previousCueBefore(ctx.captions, t - RESTART_WINDOW);
      if (previous) seek(store, previous.startTime + INSIDE);
      return;
    }
    case 'repeat-caption': {
      if (!ctx.captions) return;
      const active = cueIndexAt(ctx.captions, t);
      const cue = active >= 0 ? ctx.captions.cues[active] : previousCueBefore(ctx.captions, t);
      if (cue) seek(store, cue.startTime + INSIDE);
      return;
    }
  }
}

/** Whether a key event comes from a place where keys mean typing or operating that control. */
export function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const editable =
    target.isContentEditable ||
    target.closest('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]');
  if (editable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    return true;
  }
  if (target instanceof HTMLInputElement) {
    // A range input keeps its arrows, Page Up/Down, Home and End; other inputs keep every key.
    return (
      target.type !== 'range' ||
      ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'].includes(key)
    );
  }
  // Space and Enter activate a focused button or link.
  return (key === ' ' || key === 'Enter') && target.closest('button, a, summary, [role="button"]') !== null;
}
