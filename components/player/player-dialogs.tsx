'use client';

import { lazy } from 'react';
import { LazyDialogContent } from './lazy-dialog';
import type { PlayerDialog } from './settings-menu-content';

const CaptionSettingsContent = lazy(() =>
  import('./caption-settings-content').then((m) => ({ default: m.CaptionSettingsContent })),
);
const ShortcutsContent = lazy(() =>
  import('./shortcuts-content').then((m) => ({ default: m.ShortcutsContent })),
);

/**
 * The player's dialogs (caption style, keyboard shortcuts), opened from the settings menu or by
 * `?`, each loaded on first use. `returnFocus` says where focus goes when one closes.
 */
export function PlayerDialogs({
  open,
  onClose,
  returnFocus,
  titleSlug,
}: {
  open: PlayerDialog | null;
  onClose(): void;
  returnFocus(): HTMLElement | null;
  /** The title whose caption timing the caption settings set; none on /play. */
  titleSlug?: string;
}) {
  const onOpenChange = (next: boolean) => {
    if (!next) onClose();
  };
  return (
    <>
      <LazyDialogContent
        open={open === 'caption-style'}
        onOpenChange={onOpenChange}
        dialog={CaptionSettingsContent}
        props={{ titleSlug }}
        returnFocus={returnFocus}
      />
      <LazyDialogContent
        open={open === 'shortcuts'}
        onOpenChange={onOpenChange}
        dialog={ShortcutsContent}
        props={{}}
        returnFocus={returnFocus}
      />
    </>
  );
}
