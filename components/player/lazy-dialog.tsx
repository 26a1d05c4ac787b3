'use client';

import { Suspense, useRef, useState, type ComponentType, type KeyboardEvent, type ReactNode } from 'react';

/** What a dialog loaded by {@link LazyDialog} gets: its state, and where focus goes when it closes. */
export interface LoadedDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** For Radix `Dialog.Content`: puts focus back on the trigger (Radix's own needs its `Dialog.Trigger`). */
  onCloseAutoFocus(event: Event): void;
}

/** Keys typed in a dialog are the dialog's: the player's single-key shortcuts must not see them. */
export function keepKeysInDialog(event: KeyboardEvent) {
  if (event.key !== 'Escape') event.stopPropagation();
}

/**
 * A dialog's trigger button, in the page's first JavaScript, and the dialog itself, rendered from
 * the first time it opens. `dialog` is a `React.lazy` component (given `props` too), so Radix and the dialog's
 * form load from a chunk of their own on first use instead of with the watch page (the JavaScript
 * budget of `npm run bench`). The button says what Radix's trigger says (a dialog pops up;
 * expanded or not) and gets focus back when the dialog closes.
 */
export function LazyDialog<P extends object>({
  open,
  onOpenChange,
  label,
  dialog: Dialog,
  props,
  className = 'dialog-trigger',
  keyShortcuts,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The button's content, which is its accessible name. */
  label: ReactNode;
  dialog: ComponentType<LoadedDialogProps & P>;
  /** The dialog's own props, beyond {@link LoadedDialogProps}. */
  props: P;
  className?: string;
  keyShortcuts?: string;
}) {
  const trigger = useRef<HTMLButtonElement>(null);
  const [used, setUsed] = useState(open);
  // Opened from elsewhere (a shortcut key) counts as a first use too.
  if (open && !used) setUsed(true);
  const onCloseAutoFocus = (event: Event) => {
    event.preventDefault();
    trigger.current?.focus();
  };
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={`button ${className}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-keyshortcuts={keyShortcuts}
        data-state={open ? 'open' : 'closed'}
        onClick={() => onOpenChange(true)}
      >
        {label}
      </button>
      {used && (
        <Suspense fallback={null}>
          <Dialog {...props} open={open} onOpenChange={onOpenChange} onCloseAutoFocus={onCloseAutoFocus} />
        </Suspense>
      )}
    </>
  );
}

/**
 * A dialog with no trigger button of its own (opened from a menu item or a key), rendered from the
 * first time it opens like {@link LazyDialog}. When it closes, focus goes to what `returnFocus`
 * gives: where it was before, or the control that opened it.
 */
export function LazyDialogContent<P extends object>({
  open,
  onOpenChange,
  dialog: Dialog,
  props,
  returnFocus,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  dialog: ComponentType<LoadedDialogProps & P>;
  props: P;
  returnFocus(): HTMLElement | null;
}) {
  const [used, setUsed] = useState(open);
  if (open && !used) setUsed(true);
  const onCloseAutoFocus = (event: Event) => {
    event.preventDefault();
    returnFocus()?.focus();
  };
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <Dialog {...props} open={open} onOpenChange={onOpenChange} onCloseAutoFocus={onCloseAutoFocus} />
    </Suspense>
  );
}
