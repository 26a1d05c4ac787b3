'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import { formatSpokenDuration } from '@/captions/format';
import { codeFromHash } from '@/components/preferences/caption-style-fragment';
import { LazyDialogContent } from './lazy-dialog';
import type { PlayerDialog } from './settings-menu-content';

const CaptionSettingsContent = lazy(() =>
  import('./caption-settings-content').then((m) => ({ default: m.CaptionSettingsContent })),
);
const ShortcutsContent = lazy(() =>
  import('./shortcuts-content').then((m) => ({ default: m.ShortcutsContent })),
);
// Loaded only when the page was opened from a link carrying a caption style.
const CaptionStyleLink = lazy(() =>
  import('./caption-style-link').then((m) => ({ default: m.CaptionStyleLink })),
);
const GoToTimeContent = lazy(() =>
  import('./go-to-time-dialog').then((m) => ({ default: m.GoToTimeContent })),
);

/**
 * The player's dialogs (caption style, keyboard shortcuts, go to time), opened from the settings
 * menu or by `?` and T, each loaded on first use. `returnFocus` says where focus goes when one
 * closes. The new position after "Go to time" is announced from here, politely, since the dialog
 * that asked for it is gone by then. A link carrying a caption style opens its own dialog here.
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
  const [wentTo, setWentTo] = useState<number | null>(null);
  const [styleLink, setStyleLink] = useState(false);
  useEffect(() => {
    // Reading the URL is an external system: once, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStyleLink(codeFromHash(window.location.hash) !== '');
  }, []);
  // Emptied while the dialog is open, so going to the same time twice is announced twice.
  const announcement =
    wentTo !== null && open !== 'go-to-time' ? `Went to ${formatSpokenDuration(wentTo)}` : '';
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
      <LazyDialogContent
        open={open === 'go-to-time'}
        onOpenChange={onOpenChange}
        dialog={GoToTimeContent}
        props={{
          onGo: (seconds: number) => {
            setWentTo(seconds);
            onClose();
          },
        }}
        returnFocus={returnFocus}
      />
      <p className="visually-hidden" role="status" data-go-to-time-status="">
        {announcement}
      </p>
      {styleLink && (
        <Suspense fallback={null}>
          <CaptionStyleLink returnFocus={returnFocus} />
        </Suspense>
      )}
    </>
  );
}
