'use client';

import { useEffect, useState, type RefObject } from 'react';

/** Idle time after which the controls may hide (WCAG 2.2.1 does not apply: nothing is lost). */
export const HIDE_AFTER_MS = 3000;

export interface VisibilityInputs {
  fullscreen: boolean;
  playing: boolean;
  /** The viewer's `autoHideControls` preference. */
  preference: boolean;
  /** Pause after each caption is waiting for Continue. */
  waiting: boolean;
}

/**
 * Whether the controls may hide at all. Only in fullscreen (inline they sit under the picture and
 * cover nothing), only while playing, never while waiting for Continue, never for a viewer who
 * turned auto-hide off. Focus inside the player (a control, an open menu) is checked when the
 * idle time runs out, by {@link useControlsVisibility}.
 */
export function controlsMayHide({ fullscreen, playing, preference, waiting }: VisibilityInputs): boolean {
  return fullscreen && playing && preference && !waiting;
}

/**
 * 'hidden' after {@link HIDE_AFTER_MS} without a key press or pointer movement, when
 * {@link controlsMayHide} and focus is not inside `container` (so keyboard users and open menus
 * always keep them); any key or pointer movement shows them again.
 */
export function useControlsVisibility(
  container: RefObject<HTMLElement | null>,
  inputs: VisibilityInputs,
): 'shown' | 'hidden' {
  const [idle, setIdle] = useState(false);
  const mayHide = controlsMayHide(inputs);
  useEffect(() => {
    const element = container.current;
    if (!element || !mayHide) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const focusInside = () => element.contains(document.activeElement);
    const wake = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(!focusInside()), HIDE_AFTER_MS);
    };
    const events = ['pointermove', 'pointerdown', 'keydown', 'focusin', 'focusout'] as const;
    for (const type of events) document.addEventListener(type, wake, true);
    wake();
    return () => {
      clearTimeout(timer);
      for (const type of events) document.removeEventListener(type, wake, true);
      setIdle(false);
    };
  }, [container, mayHide]);
  return mayHide && idle ? 'hidden' : 'shown';
}
