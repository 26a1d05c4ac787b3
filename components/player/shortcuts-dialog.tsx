'use client';

import { lazy } from 'react';
import { usePreferences } from '@/components/preferences/preferences-store';
import { LazyDialog } from './lazy-dialog';
import { ariaShortcut } from './shortcuts';

const ShortcutsContent = lazy(() =>
  import('./shortcuts-content').then((m) => ({ default: m.ShortcutsContent })),
);

/**
 * The "Keyboard shortcuts" button; the dialog it opens loads on first use (`shortcuts-content.tsx`).
 * Controlled, since the `?` key opens it too.
 */
export function ShortcutsDialog({
  open,
  onOpenChange,
  className,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  className?: string;
}) {
  const shortcuts = usePreferences((p) => p.shortcuts);
  return (
    <LazyDialog
      open={open}
      onOpenChange={onOpenChange}
      className={className}
      label="Keyboard shortcuts"
      keyShortcuts={shortcuts ? ariaShortcut('show-shortcuts') : undefined}
      dialog={ShortcutsContent}
      props={{}}
    />
  );
}
