// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CaptionOffsetControl } from '../../components/caption-offset/caption-offset-control';
import { MediaProvider } from '../../components/media/media-provider';
import type { MediaStore } from '../../components/media/media-store';
import { CaptionSettingsContent } from '../../components/player/caption-settings-content';
import { runAction, type ActionContext } from '../../components/player/player-actions';
import { shortcutFor } from '../../components/player/shortcuts';
import {
  CAPTION_OFFSET_LIMIT_MS,
  PREFERENCES_KEY,
  readPreferences,
} from '../../components/preferences/preferences';
import { resetPreferences, updatePreferences } from '../../components/preferences/preferences-store';
import { expectNoAxeViolations } from './axe';

const stored = () => readPreferences(window.localStorage.getItem(PREFERENCES_KEY));

/** The shared control as /play holds it: its own state, here ±2 s. */
function Controlled({ onChange = () => {} }: { onChange?: (ms: number) => void }) {
  const [offset, setOffset] = useState(0);
  return (
    <CaptionOffsetControl
      id="offset"
      offsetMs={offset}
      limitMs={2000}
      onChange={(ms) => {
        onChange(ms);
        setOffset(ms);
      }}
    />
  );
}

const status = () => document.getElementById('offset-status')!;
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

beforeEach(() => {
  window.localStorage.clear();
  resetPreferences();
});
afterEach(cleanup);

describe('given the caption offset control', () => {
  it('should say there is no offset, label its field and describe it', async () => {
    render(<Controlled />);
    expect(status().textContent).toBe('Captions: no offset');
    const field = screen.getByRole('spinbutton', { name: 'Offset in milliseconds' });
    expect(field.getAttribute('aria-describedby')).toBe('offset-hint offset-status');
    expect(document.getElementById('offset-hint')!.textContent).toMatch(/Up to 2 s either way/);
    await expectNoAxeViolations('offset control, no offset');
  });

  describe('after steps later and earlier', () => {
    it.each<[string[], number, string]>([
      [['100 ms later', '100 ms later', '100 ms later'], 300, 'Captions: 300 ms later'],
      [['1 s earlier', '100 ms earlier'], -1100, 'Captions: 1.1 s earlier'],
      [['1 s later', '100 ms earlier'], 900, 'Captions: 900 ms later'],
    ])('%j → %d', async (steps, expected, words) => {
      const onChange = vi.fn();
      render(<Controlled onChange={onChange} />);
      for (const step of steps) press(step);
      expect(onChange).toHaveBeenLastCalledWith(expected);
      expect(status().textContent).toBe(words);
      expect((screen.getByRole('spinbutton') as HTMLInputElement).value).toBe(String(expected));
      await expectNoAxeViolations(`offset ${expected}`);
    });
  });

  describe('after steps past the limit', () => {
    it('should stop at it and say so, until the offset moves back', () => {
      render(<Controlled />);
      for (let i = 0; i < 3; i += 1) press('1 s later');
      expect(status().textContent).toBe('Captions: 2 s later, the most allowed');
      press('100 ms earlier');
      expect(status().textContent).toBe('Captions: 1.9 s later');
    });
  });

  describe('after typing a number', () => {
    it.each<[string, string, string]>([
      ['-250', '-250', 'Captions: 250 ms earlier'],
      ['12.6', '12.6', 'Captions: 13 ms later'],
      ['-99999', '-2000', 'Captions: 2 s earlier, the most allowed'],
    ])('%j shows %j and says %j', (typed, value, words) => {
      render(<Controlled />);
      const field = screen.getByRole('spinbutton') as HTMLInputElement;
      fireEvent.change(field, { target: { value: typed } });
      expect(status().textContent).toBe(words);
      expect(field.value).toBe(value);
    });

    it('should keep a field being typed ("-" or empty) without changing the offset', () => {
      const onChange = vi.fn();
      render(<Controlled onChange={onChange} />);
      const field = screen.getByRole('spinbutton') as HTMLInputElement;
      fireEvent.change(field, { target: { value: '' } });
      expect(onChange).not.toHaveBeenCalled();
      expect(status().textContent).toBe('Captions: no offset');
    });
  });

  describe('after Reset', () => {
    it('should go back to no offset, Reset staying enabled so focus stays on it', () => {
      render(<Controlled />);
      press('1 s later');
      const reset = screen.getByRole('button', { name: 'Reset' });
      reset.focus();
      fireEvent.click(reset);
      expect(status().textContent).toBe('Captions: no offset');
      expect(reset.hasAttribute('disabled')).toBe(false);
      expect(document.activeElement).toBe(reset);
    });
  });
});

/** The dialog content as the player opens it for a title. */
function openSettings(titleSlug?: string) {
  render(
    <MediaProvider>
      <CaptionSettingsContent
        open
        onOpenChange={() => {}}
        onCloseAutoFocus={() => {}}
        titleSlug={titleSlug}
      />
    </MediaProvider>,
  );
  return screen.getByRole('dialog', { name: 'Caption settings' });
}

describe('given the caption settings of a title', () => {
  it('should offer Caption timing, declaring the G and H keys on the 100 ms steps', async () => {
    const timing = within(openSettings('sound-of-metal')).getByRole('group', { name: 'Caption timing' });
    expect(
      within(timing).getByRole('button', { name: '100 ms earlier' }).getAttribute('aria-keyshortcuts'),
    ).toBe('G');
    expect(
      within(timing).getByRole('button', { name: '100 ms later' }).getAttribute('aria-keyshortcuts'),
    ).toBe('H');
    await expectNoAxeViolations('caption settings with timing');
  });

  it('should not declare the keys with single-key shortcuts off', () => {
    updatePreferences({ shortcuts: false });
    const timing = within(openSettings('sound-of-metal')).getByRole('group', { name: 'Caption timing' });
    expect(
      within(timing).getByRole('button', { name: '100 ms later' }).hasAttribute('aria-keyshortcuts'),
    ).toBe(false);
  });

  describe('after three steps later', () => {
    it('should save 300 ms for this title only, leaving the others', async () => {
      updatePreferences({ captionOffsets: { other: -500 } });
      const timing = within(openSettings('sound-of-metal')).getByRole('group', { name: 'Caption timing' });
      for (let i = 0; i < 3; i += 1)
        fireEvent.click(within(timing).getByRole('button', { name: '100 ms later' }));
      expect(stored().captionOffsets).toEqual({ other: -500, 'sound-of-metal': 300 });
      expect(within(timing).getByRole('status').textContent).toBe('Captions: 300 ms later');
      await expectNoAxeViolations('caption settings with an offset');
    });

    it(`should keep within ±${CAPTION_OFFSET_LIMIT_MS} ms when typed past it`, () => {
      const timing = within(openSettings('sound-of-metal')).getByRole('group', { name: 'Caption timing' });
      fireEvent.change(within(timing).getByRole('spinbutton'), { target: { value: '-70000' } });
      expect(stored().captionOffsets).toEqual({ 'sound-of-metal': -CAPTION_OFFSET_LIMIT_MS });
    });
  });

  it('should have no Caption timing without a title (on /play, which has its own)', () => {
    expect(within(openSettings()).queryByRole('group', { name: 'Caption timing' })).toBeNull();
  });
});

describe(resetPreferences.name, () => {
  it('should clear every title’s caption offset', () => {
    updatePreferences({ captionOffsets: { 'sound-of-metal': 300, other: -500 } });
    resetPreferences();
    expect(stored().captionOffsets).toEqual({});
  });
});

describe('given the G and H keys', () => {
  it.each<[string, number]>([
    ['g', -100],
    ['G', -100],
    ['h', 100],
    ['H', 100],
  ])('%j moves the captions by %d ms', (key, step) => {
    const shortcut = shortcutFor({ key, ctrlKey: false, metaKey: false, altKey: false })!;
    const moveCaptions = vi.fn();
    const ctx = {
      store: { video: { currentTime: 0 } } as MediaStore,
      moveCaptions,
    } as unknown as ActionContext;
    runAction(shortcut.action, ctx);
    expect(moveCaptions).toHaveBeenCalledWith(step);
  });

  it('should not take G or H with a modifier (the browser keeps Ctrl+H)', () => {
    expect(shortcutFor({ key: 'h', ctrlKey: true, metaKey: false, altKey: false })).toBeUndefined();
  });
});
