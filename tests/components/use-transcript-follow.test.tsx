// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMediaStore } from '../../components/media/media-store';
import { useTranscriptFollow } from '../../components/transcript/use-transcript-follow';

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
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(entries).toHaveBeenCalledTimes(1);
      expect(items[0]!.getAttribute('aria-current')).toBe('true');
    });
  });

  describe('after following pauses and resumes (a search, the reader scrolling)', () => {
    it('should read the entries once, and keep the current one marked', async () => {
      const { panel, items } = panelWith(20);
      const store = createMediaStore(document.createElement('video'), document.createElement('div'));
      const entries = vi.fn(() => items);
      const { result } = renderHook(() => useTranscriptFollow({ store, panel, entries, autoScroll: true }));
      await vi.waitFor(() => expect(items[0]!.getAttribute('aria-current')).toBe('true'));
      act(() => result.current.detach());
      expect(result.current.suspended).toBe(true);
      act(() => result.current.resume());
      expect(result.current.suspended).toBe(false);
      expect(items[0]!.getAttribute('aria-current')).toBe('true');
      expect(entries).toHaveBeenCalledTimes(1);
    });
  });
});
