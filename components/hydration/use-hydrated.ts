import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False in the server HTML and during hydration, true after: for controls that need JavaScript,
 * so the server leaves them out (or disabled) and hydration never mismatches. No effect and no
 * state: React reads the client snapshot once hydrated.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
