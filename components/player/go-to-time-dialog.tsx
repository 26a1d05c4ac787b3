'use client';

import { DialogShell } from './dialog-shell';
import { GoToTime } from './go-to-time';
import type { LoadedDialogProps } from './lazy-dialog';

/**
 * The "Go to time" dialog (issue #14), loaded on first use from the settings menu's "Go to time…"
 * or the T key: the field has focus at once; Enter seeks and closes the dialog, focus going back
 * to what opened it, and the player announces the new position (`onGo`). A time that is not one,
 * or past the end, keeps the dialog open with its message and changes nothing.
 */
export function GoToTimeContent({ onGo, ...props }: LoadedDialogProps & { onGo(seconds: number): void }) {
  return (
    <DialogShell
      {...props}
      className="go-to-time-dialog"
      title="Go to time"
      description="Type a time in the film and press Enter."
    >
      <GoToTime autoFocus onGo={onGo} />
    </DialogShell>
  );
}
