'use client';

import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useMediaSelector, useMediaStore } from '@/components/media/media-provider';
import { keepKeysInDialog, type LoadedDialogProps } from './lazy-dialog';
import './dialog.css';

/**
 * What every dialog of the app shares, around its own content: a modal Radix dialog with a title,
 * a Close button and a description (its accessible name and description), keys kept from the
 * player's shortcuts, and focus back on the trigger when it closes. In fullscreen only the player
 * is painted, so there the dialog lives inside it.
 */
export function DialogShell({
  open,
  onOpenChange,
  onCloseAutoFocus,
  title,
  description,
  className,
  children,
}: LoadedDialogProps & {
  title: ReactNode;
  description: ReactNode;
  /** Added to `dialog-content`. */
  className: string;
  children: ReactNode;
}) {
  const store = useMediaStore();
  const fullscreen = useMediaSelector((s) => s.fullscreen);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal container={fullscreen ? store?.container : undefined}>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className={`dialog-content ${className}`}
          onKeyDown={keepKeysInDialog}
          onCloseAutoFocus={onCloseAutoFocus}
        >
          <div className="dialog-header">
            <Dialog.Title className="dialog-title">{title}</Dialog.Title>
            <Dialog.Close className="button dialog-close">Close</Dialog.Close>
          </div>
          <Dialog.Description className="dialog-description">{description}</Dialog.Description>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
