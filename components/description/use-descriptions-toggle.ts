'use client';

import { useCallback } from 'react';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';

/**
 * Turns audio description on or off (the `D` shortcut and the description button). Persisted
 * in the viewer's preferences, so every reader (the button's `aria-pressed`, the narrator)
 * follows.
 */
export function setDescriptionsEnabled(enabled: boolean): void {
  updatePreferences({ descriptions: { enabled } });
}

/** A callback that flips audio description, for a shortcut layer's `toggleDescriptions`. */
export function useDescriptionsToggle(): () => void {
  const enabled = usePreferences((p) => p.descriptions.enabled);
  return useCallback(() => setDescriptionsEnabled(!enabled), [enabled]);
}
