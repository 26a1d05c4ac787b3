'use client';

import { lazy, Suspense, useState } from 'react';
import { Settings } from 'lucide-react';
import { ControlButton } from './control-button';
import type { SettingsMenuProps } from './settings-menu-content';

const SettingsMenuContent = lazy(() =>
  import('./settings-menu-content').then((m) => ({ default: m.SettingsMenuContent })),
);

const LABEL = 'Settings';

/**
 * The player's one settings menu. Until first used it is a plain button; the Radix menu behind it
 * loads then, in a chunk of its own (the watch page's JavaScript budget), and renders the same
 * button as its trigger, so focus comes back to it when the menu closes.
 */
export function SettingsMenu(props: Omit<SettingsMenuProps, 'open' | 'onOpenChange' | 'label'>) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const placeholder = (
    <ControlButton
      label={LABEL}
      icon={<Settings />}
      aria-haspopup="menu"
      aria-expanded={open}
      data-settings-trigger=""
      tooltipAlign="end"
      onClick={() => {
        setUsed(true);
        setOpen(true);
      }}
    />
  );
  if (!used) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <SettingsMenuContent {...props} label={LABEL} open={open} onOpenChange={setOpen} />
    </Suspense>
  );
}
