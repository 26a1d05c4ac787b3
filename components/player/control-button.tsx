'use client';

import { forwardRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { usePreferences } from '@/components/preferences/preferences-store';
import { SHORTCUTS, type ShortcutAction } from './shortcuts';

/** The key a tooltip names for an action, from the one list in `shortcuts.ts`. */
export function tooltipKey(action: ShortcutAction | undefined): string | undefined {
  return action ? SHORTCUTS.find((s) => s.action === action)?.label : undefined;
}

/**
 * An icon button of the player's bar. Its accessible name is `label`; the tooltip, shown on hover
 * and on keyboard focus, repeats it with the shortcut key (both from `shortcuts.ts`) and is hidden
 * from assistive technology, which gets the same from the name and `aria-keyshortcuts`.
 * Escape hides the tooltip until the pointer or focus leaves (WCAG 1.4.13, dismissible).
 */
export const ControlButton = forwardRef<
  HTMLButtonElement,
  Omit<ComponentPropsWithoutRef<'button'>, 'children'> & {
    label: string;
    icon: ReactNode;
    action?: ShortcutAction;
    /** Which edge the tooltip lines up with: the bar's first and last buttons keep it on screen. */
    tooltipAlign?: 'start' | 'center' | 'end';
  }
>(function ControlButton({ label, icon, action, tooltipAlign = 'center', className, ...rest }, ref) {
  const shortcuts = usePreferences((p) => p.shortcuts);
  const [dismissed, setDismissed] = useState(false);
  const key = shortcuts ? tooltipKey(action) : undefined;
  const ariaKeys = shortcuts && action ? SHORTCUTS.find((s) => s.action === action)?.aria : undefined;
  return (
    <button
      ref={ref}
      type="button"
      aria-label={label}
      aria-keyshortcuts={ariaKeys}
      className={`control-button${className ? ` ${className}` : ''}`}
      data-tooltip={dismissed ? 'dismissed' : 'auto'}
      {...rest}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !dismissed) setDismissed(true);
        rest.onKeyDown?.(event);
      }}
      onBlur={(event) => {
        setDismissed(false);
        rest.onBlur?.(event);
      }}
      onPointerLeave={(event) => {
        setDismissed(false);
        rest.onPointerLeave?.(event);
      }}
    >
      <span className="control-icon" aria-hidden="true">
        {icon}
      </span>
      <span className="control-tooltip" aria-hidden="true" data-align={tooltipAlign}>
        {label}
        {key && <kbd>{key}</kbd>}
      </span>
    </button>
  );
});
