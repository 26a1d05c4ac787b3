// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MediaProvider } from '../../components/media/media-provider';
import { ShortcutsDialog } from '../../components/player/shortcuts-dialog';
import { SHORTCUTS } from '../../components/player/shortcuts';
import { PREFERENCES_KEY, readPreferences } from '../../components/preferences/preferences';
import { resetPreferences } from '../../components/preferences/preferences-store';
import { expectNoAxeViolations } from './axe';

/** The dialog loads on first use: its module may take a while to import on a busy machine. */
const LOADED = { timeout: 15_000 };

const stored = () => readPreferences(window.localStorage.getItem(PREFERENCES_KEY));

/** The dialog's trigger, controlled as the player controls it. */
function Trigger() {
  const [open, setOpen] = useState(false);
  return (
    <MediaProvider>
      <ShortcutsDialog open={open} onOpenChange={setOpen} />
    </MediaProvider>
  );
}

/** Opens the dialog with its trigger; the dialog loads on first use, so it is awaited. */
async function openDialog() {
  render(<Trigger />);
  fireEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
  return screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, LOADED);
}

/** What the player does: opens the dialog from its `?` key. */
function Controlled() {
  const [open, setOpen] = useState(false);
  return (
    <MediaProvider>
      <button type="button" onClick={() => setOpen(true)}>
        Press ?
      </button>
      <ShortcutsDialog open={open} onOpenChange={setOpen} />
      <p data-testid="open">{String(open)}</p>
    </MediaProvider>
  );
}

beforeEach(() => {
  window.localStorage.clear();
  resetPreferences();
});
afterEach(cleanup);

describe('given the shortcuts dialog is closed', () => {
  it('should show its trigger, declaring the ? shortcut', async () => {
    render(<Trigger />);
    const trigger = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    expect(trigger.getAttribute('aria-keyshortcuts')).toBe(
      SHORTCUTS.find((s) => s.action === 'show-shortcuts')?.aria,
    );
    expect(trigger.getAttribute('aria-haspopup')).toBe('dialog');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('dialog')).toBeNull();
    await expectNoAxeViolations('shortcuts dialog closed');
  });

  describe('after opening it', () => {
    it('should say the trigger is expanded, and give focus back to it on Close', async () => {
      const dialog = await openDialog();
      const trigger = screen.getByRole('button', { name: 'Keyboard shortcuts', hidden: true });
      expect(trigger.getAttribute('aria-expanded')).toBe('true');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(document.activeElement).toBe(trigger);
      expect(trigger.getAttribute('aria-expanded')).toBe('false');
    });

    it('should show its title and say where shortcuts work', async () => {
      const dialog = await openDialog();
      await expectNoAxeViolations('shortcuts dialog open');
      within(dialog).getByRole('heading', { name: 'Keyboard shortcuts' });
      const description = document.getElementById(dialog.getAttribute('aria-describedby')!);
      expect(description?.textContent).toMatch(/while focus is in the player/);
    });

    it('should list every shortcut with its key and action', async () => {
      const table = within(await openDialog()).getByRole('table');
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toEqual(['Key', 'Action']);
      const rows = within(table).getAllByRole('row').slice(1);
      expect(
        rows.map((row) =>
          within(row)
            .getAllByRole('cell')
            .map((c) => c.textContent),
        ),
      ).toEqual(SHORTCUTS.map((s) => [s.label, s.description]));
    });

    it('should show single-key shortcuts as on', async () => {
      const box = within(await openDialog()).getByRole('checkbox', {
        name: 'Single-key shortcuts',
      }) as HTMLInputElement;
      expect(box.checked).toBe(true);
    });
  });

  describe('after unticking single-key shortcuts', () => {
    it('should save them as off, drop the declared shortcut, and tick back on', async () => {
      const box = within(await openDialog()).getByRole('checkbox', {
        name: 'Single-key shortcuts',
      }) as HTMLInputElement;
      fireEvent.click(box);
      expect(stored().shortcuts).toBe(false);
      expect(box.checked).toBe(false);
      await expectNoAxeViolations('single-key shortcuts off');
      expect(
        screen
          .getByRole('button', { name: 'Keyboard shortcuts', hidden: true })
          .hasAttribute('aria-keyshortcuts'),
      ).toBe(false);
      fireEvent.click(box);
      expect(stored().shortcuts).toBe(true);
    });
  });
});

describe('given the dialog is controlled by the player', () => {
  describe('after the player opens it', () => {
    it('should open, and report closing through onOpenChange', async () => {
      render(<Controlled />);
      fireEvent.click(screen.getByRole('button', { name: 'Press ?' }));
      const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, LOADED);
      fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(screen.getByTestId('open').textContent).toBe('false');
    });
  });
});
