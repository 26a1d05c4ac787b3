// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  searchStatus,
  TranscriptSearchField,
  TYPING_PAUSE_MS,
} from '../../components/transcript/transcript-search-field';
import type { SearchSnapshot } from '../../components/transcript/transcript-search-session';
import { expectNoAxeViolations } from './axe';

const noop = () => undefined;
const field = (search: SearchSnapshot) => (
  <TranscriptSearchField
    search={search}
    filter={false}
    onQuery={noop}
    onStep={noop}
    onFocus={noop}
    onFilter={noop}
  />
);
/** The visible count, hidden from screen readers (they hear the status). */
const shown = () => document.querySelector('.transcript-search-status')!.textContent;
const announced = () => screen.getByRole('status').textContent;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('given a search being typed', () => {
  it('should show each count at once but announce only the count when typing pauses', () => {
    const { rerender } = render(field({ query: '', count: 0, current: -1 }));
    rerender(field({ query: 'r', count: 33, current: 0 }));
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS / 2));
    rerender(field({ query: 'ru', count: 7, current: 0 }));
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS / 2));
    rerender(field({ query: 'rub', count: 5, current: 0 }));
    expect(shown()).toBe('1 of 5 matching lines');
    expect(announced()).toBe('');

    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS - 1));
    expect(announced()).toBe('');
    act(() => vi.advanceTimersByTime(1));
    expect(announced()).toBe('1 of 5 matching lines');
  });

  it('should announce a step to another match without waiting', () => {
    const { rerender } = render(field({ query: 'rub', count: 5, current: 0 }));
    act(() => vi.advanceTimersByTime(0));
    expect(announced()).toBe('1 of 5 matching lines');
    rerender(field({ query: 'rub', count: 5, current: 1 }));
    act(() => vi.advanceTimersByTime(0));
    expect(announced()).toBe('2 of 5 matching lines');
    expect(shown()).toBe('2 of 5 matching lines');
  });
});

describe('given the search field', () => {
  it('should show the count without making it the field description, and keep it out of the reading order', async () => {
    vi.useRealTimers();
    render(field({ query: 'rub', count: 5, current: 2 }));
    const input = screen.getByRole('searchbox', { name: 'Search the transcript' });
    // A description changes on every keystroke, and Orca speaks each change of the focused
    // field's description (e2e/orca/watch.spec.ts): the count is heard from the status instead.
    expect(input.getAttribute('aria-describedby')).toBeNull();
    expect(shown()).toBe('3 of 5 matching lines');
    expect(document.querySelector('.transcript-search-status')!.getAttribute('aria-hidden')).toBe('true');
    await expectNoAxeViolations('searching');
  });
});

describe(searchStatus.name, () => {
  it.each([
    [{ query: '', count: 0, current: -1 }, ''],
    [{ query: 'zzq', count: 0, current: -1 }, 'No matching lines'],
    [{ query: 'rub', count: 1, current: 0 }, '1 of 1 matching line'],
    [{ query: 'rub', count: 5, current: 2 }, '3 of 5 matching lines'],
  ])('should count lines, the unit Next, Previous and the filter use: %o → %j', (search, expected) => {
    expect(searchStatus(search)).toBe(expected);
  });
});
