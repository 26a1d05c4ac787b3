'use client';

import { useSyncExternalStore } from 'react';
import {
  applyPatch,
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  readPreferences,
  writePreferences,
  type Preferences,
  type PreferencesPatch,
} from './preferences';

/**
 * The page's preferences, read once from `localStorage` and kept in step with other tabs
 * (`storage` events). Writes go through `updatePreferences`.
 */
let current: Preferences | null = null;
const listeners = new Set<() => void>();

function load(): Preferences {
  if (current) return current;
  try {
    current = readPreferences(window.localStorage.getItem(PREFERENCES_KEY));
  } catch {
    // Storage can be blocked (privacy settings): defaults, silently.
    current = DEFAULT_PREFERENCES;
  }
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== PREFERENCES_KEY) return;
    current = readPreferences(event.newValue);
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Changes and persists preferences; every `usePreferences` reader re-renders. */
export function updatePreferences(patch: PreferencesPatch): void {
  save(applyPatch(load(), patch));
}

function save(preferences: Preferences): void {
  current = preferences;
  try {
    window.localStorage.setItem(PREFERENCES_KEY, writePreferences(current));
  } catch {
    // Not persisted (storage full or blocked); still applied for this page.
  }
  for (const listener of listeners) listener();
}

/**
 * Puts every preference back to its default. Not a patch: a patch adds to per-title records
 * (caption offsets) instead of clearing them.
 */
export function resetPreferences(): void {
  save(DEFAULT_PREFERENCES);
}

/**
 * Reads a part of the preferences. Select a primitive or a stored object (not a new one) so that
 * `Object.is` comparison holds. The server render and first hydration use the defaults.
 */
export function usePreferences<T>(selector: (preferences: Preferences) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => selector(load()),
    () => selector(DEFAULT_PREFERENCES),
  );
}
