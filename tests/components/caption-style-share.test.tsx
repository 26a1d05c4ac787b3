// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CaptionStyleShare } from '../../components/player/caption-style-share';
import { encodeCaptionStyle } from '../../components/preferences/caption-style-code';
import { codeFromHash } from '../../components/preferences/caption-style-fragment';
import {
  DEFAULT_CAPTION_STYLE,
  PREFERENCES_KEY,
  readPreferences,
} from '../../components/preferences/preferences';
import { resetPreferences } from '../../components/preferences/preferences-store';
import { expectNoAxeViolations } from './axe';

const LARGE = { ...DEFAULT_CAPTION_STYLE, size: 200, textColor: '#ffff00' };
/** The section's polite live region. */
const shareStatus = () => {
  const region = document.querySelector('[data-caption-style-share-status]')!;
  expect(region.getAttribute('aria-live')).toBe('polite');
  return region;
};
const stored = () => readPreferences(window.localStorage.getItem(PREFERENCES_KEY));
const codeField = () => screen.getByRole('textbox', { name: 'Caption style code or link' });
const preview = (text: string) => {
  fireEvent.change(codeField(), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
};

beforeEach(() => {
  window.localStorage.clear();
  act(() => resetPreferences());
  window.history.replaceState(null, '', '/watch/x');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe(codeFromHash.name, () => {
  it.each([
    ['#caption-style=cs1.abc', 'cs1.abc'],
    ['#t=5&caption-style=cs1.abc', 'cs1.abc'],
    ['#other', ''],
    ['', ''],
  ])('%j → %j', (hash, code) => {
    expect(codeFromHash(hash)).toBe(code);
  });
});

describe('given the viewer’s own style', () => {
  it('should show its code and copy it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    render(<CaptionStyleShare />);
    const own = screen.getByRole<HTMLInputElement>('textbox', { name: 'Your caption style code' });
    expect(own.value).toBe(encodeCaptionStyle(DEFAULT_CAPTION_STYLE));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy code' })));
    expect(writeText).toHaveBeenCalledWith(own.value);
    expect(shareStatus().textContent).toBe('Copied the code.');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).toHaveBeenLastCalledWith(`http://localhost:3000/watch/x#caption-style=${own.value}`);
    await expectNoAxeViolations('own code');
  });
});

describe('given a code from another device', () => {
  describe('after Preview', () => {
    it('should show a preview and ask, changing nothing until Apply', async () => {
      render(<CaptionStyleShare />);
      preview(`my style: ${encodeCaptionStyle(LARGE)}`);
      expect(screen.getByRole('figure', { name: 'Preview of the style from the code' })).toBeTruthy();
      expect(stored().captionStyle).toEqual(DEFAULT_CAPTION_STYLE);
      await expectNoAxeViolations('preview');

      fireEvent.click(screen.getByRole('button', { name: 'Apply this style' }));
      expect(stored().captionStyle).toEqual(LARGE);
      expect(shareStatus().textContent).toBe('Applied the caption style from the code.');
      expect(screen.queryByRole('figure')).toBeNull();
    });

    it('should keep the viewer’s style on Keep mine', () => {
      render(<CaptionStyleShare />);
      preview(encodeCaptionStyle(LARGE));
      fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
      expect(stored().captionStyle).toEqual(DEFAULT_CAPTION_STYLE);
      expect(stored().declinedStyleCode).toBe(encodeCaptionStyle(LARGE));
    });
  });

  describe('after Preview of a bad or newer code', () => {
    it.each([
      ['hello', 'That is not a caption style code: a code starts with cs1.'],
      [
        'cs2.AAAA',
        'This caption style code (cs2) comes from a newer version of this site: reload the page, then try again',
      ],
    ])('%j should say %j, marked invalid, and change nothing', async (text, message) => {
      render(<CaptionStyleShare />);
      preview(text);
      expect(codeField().getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(codeField().getAttribute('aria-describedby')!)!.textContent).toBe(
        message,
      );
      expect(screen.queryByRole('figure')).toBeNull();
      expect(stored().captionStyle).toEqual(DEFAULT_CAPTION_STYLE);
      await expectNoAxeViolations('invalid code');
    });
  });
});
