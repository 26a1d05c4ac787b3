'use client';

import { useId } from 'react';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import { DialogShell } from './dialog-shell';
import type { LoadedDialogProps } from './lazy-dialog';
import { ShortcutTable } from './shortcut-table';

/**
 * The keyboard shortcuts dialog, loaded on first use by {@link ShortcutsDialog}: every shortcut from
 * `SHORTCUTS` in a table, and the switch that turns single-key shortcuts off (WCAG 2.1.4), saved at once.
 */
export function ShortcutsContent(props: LoadedDialogProps) {
  const shortcuts = usePreferences((p) => p.shortcuts);
  const checkbox = useId();
  return (
    <DialogShell
      {...props}
      className="shortcuts-dialog"
      title="Keyboard shortcuts"
      description="Shortcuts work while focus is in the player, and never while you type in a field."
    >
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
          Turn them off if they get in the way of your speech input or screen reader, or if keys get pressed
          by accident. The player&apos;s buttons work either way.
        </p>
      </div>
      <ShortcutTable className="dialog-table" caption="Shortcut keys and what they do" />
    </DialogShell>
  );
}
