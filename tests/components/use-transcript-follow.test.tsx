// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMediaStore } from '../../components/media/media-store';
import {
  ENTRIES_READ_PER_FRAME,
  useTranscriptFollow,
} from '../../components/transcript/use-transcript-follow';

/** A panel holding one entry a second, as the server renders them. */
function panelWith(count: number): { panel: HTMLElement; items: HTMLElement[] } {
  const panel = document.createElement('div');
  const list = panel.appendChild(document.createElement('ol'));
  for (let i = 0; i < count; i += 1) {
    const item = list.appendChild(document.createElement('li'));
    item.setAttribute('data-start', String(i));
    item.setAttribute('data-end', String(i + 0.9));
  }
  document.body.append(panel);
  return { panel, items: Array.from(panel.querySelectorAll('li')) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

/** Waits for the next animation frame, with React's updates from it applied. */
const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

describe(`given ${useTranscriptFollow.name} over a list`, () => {
  describe('when it mounts (the page hydrating)', () => {
    it('should read and measure the lines in the next frame, not in the task that mounts it', async () => {
      const { panel, items } = panelWith(20);
      const store = createMediaStore(document.createElement('video'), document.createElement('div'));
      const entries = vi.fn(() => items);
      const measure = vi.spyOn(panel, 'getBoundingClientRect');
      renderHook(() => useTranscriptFollow({ store, panel, entries, autoScroll: true }));
      expect(entries).not.toHaveBeenCalled();
      expect(measure).not.toHaveBeenCalled();
      expect(items[0]!.getAttribute('aria-current')).toBeNull();
      await nextFrame();
      expect(entries).toHaveBeenCalledTimes(1);
      expect(items[0]!.getAttribute('aria-current')).toBe('true');
    });
  });

  describe('when it mounts over a list longer than a frame reads', () => {
    it('should read the times a slice per frame, and mark the current line once all are read', async () => {
      const { panel, items } = panelWith(2 * ENTRIES_READ_PER_FRAME + 1);
      const store = createMediaStore(document.createElement('video'), document.createElement('div'));
      const reads = vi.spyOn(Element.prototype, 'getAttribute');
      const timesRead = () => reads.mock.calls.filter(([name]) => name === 'data-start').length;
      const entries = () => items;
      renderHook(() => useTranscriptFollow({ store, panel, entries, autoScroll: true }));
      await nextFrame();
      expect(timesRead()).toBe(ENTRIES_READ_PER_FRAME);
      expect(items[0]!.getAttribute('aria-current')).toBeNull();
      await nextFrame();
      expect(timesRead()).toBe(2 * ENTRIES_READ_PER_FRAME);
      expect(items[0]!.getAttribute('aria-current')).toBeNull();
      await nextFrame();
      expect(timesRead()).toBe(2 * ENTRIES_READ_PER_FRAME + 1);
      expect(items[0]!.getAttribute('aria-current')).toBe('true');
      reads.mockRestore();
    });
  });

  describe('when the list changes while it is being read (another language)', () => {
    it('should drop the old reading and mark a line of the new list only', async () => {
      const first = panelWith(2 * ENTRIES_READ_PER_FRAME);
      const second = panelWith(3);
      const store = createMediaStore(document.createElement('video'), document.createElement('div'));
      // A new function for each list, as the transcript's controller makes.
      const { rerender } = renderHook(
        ({ entries }) => useTranscriptFollow({ store, panel: first.panel, entries, autoScroll: false }),
        { initialProps: { entries: () => first.items } },
      );
      await nextFrame();
      rerender({ entries: () => second.items });
      await nextFrame();
      await nextFrame();
      expect(second.items[0]!.getAttribute('aria-current')).toBe('true');
      expect(first.items[0]!.getAttribute('aria-current')).toBeNull();
    });
  });

  describe('after following pauses and resumes (a search, the reader scrolling)', () => {
    it('should read the entries once, and keep the current one marked', async () => {
      const { panel, items } = panelWith(20);
      const store = createMediaStore(document.createElement('video'), document.createElement('div'));
      const entries = vi.fn(() => items);
      const { result } = renderHook(() => useTranscriptFollow({ store, panel, entries, autoScroll: true }));
      await nextFrame();
      expect(items[0]!.getAttribute('aria-current')).toBe('true');
      act(() => result.current.detach());
      expect(result.current.suspended).toBe(true);
      act(() => result.current.resume());
      expect(result.current.suspended).toBe(false);
      expect(items[0]!.getAttribute('aria-current')).toBe('true');
      expect(entries).toHaveBeenCalledTimes(1);
    });
  });
});
