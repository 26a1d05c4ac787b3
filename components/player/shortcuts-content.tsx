'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useId } from 'react';
import { useMediaSelector, useMediaStore } from '@/components/media/media-provider';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import { keepKeysInDialog, type LoadedDialogProps } from './lazy-dialog';
import { ShortcutTable } from './shortcut-table';
import './dialog.css';

/**
 * The keyboard shortcuts dialog, loaded on first use by {@link ShortcutsDialog}: every shortcut from
 * `SHORTCUTS` in a table, and the switch that turns single-key shortcuts off (WCAG 2.1.4), saved at once.
 */
export function ShortcutsContent({ open, onOpenChange, onCloseAutoFocus }: LoadedDialogProps) {
  const store = useMediaStore();
  // In fullscreen only the player is painted, so the dialog has to live inside it.
  const fullscreen = useMediaSelector((s) => s.fullscreen);
  const shortcuts = usePreferences((p) => p.shortcuts);
  const checkbox = useId();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal container={fullscreen ? store?.container : undefined}>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-content shortcuts-dialog" onKeyDown={keepKeysInDialog} onCloseAutoFocus={onCloseAutoFocus}>
          <div className="dialog-header">
            <Dialog.Title className="dialog-title">Keyboard shortcuts</Dialog.Title>
            <Dialog.Close className="dialog-close">Close</Dialog.Close>
          </div>
          <Dialog.Description className="dialog-description">
            Shortcuts work while focus is in the player, and never while you type in a field.
          </Dialog.Description>
          <div className="dialog-check">
            <input
              id={checkbox}
              type="checkbox"
              checked={shortcuts}
              aria-describedby={`${checkbox}-hint`}
              onChange={(e) => updatePreferences({ shortcuts: e.target.checked })}
            />
            <label htmlFor={checkbox}>Single-key shortcuts</label>
            <p id={`${checkbox}-hint`} className="dialog-hint">
              Turn them off if they get in the way of your speech input or screen reader, or if keys get pressed by
              accident. The player&apos;s buttons work either way.
            </p>
          </div>
          <ShortcutTable className="dialog-table" caption="Shortcut keys and what they do" />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
