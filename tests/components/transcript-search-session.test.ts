// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSearchSession } from '../../components/transcript/transcript-search-session';

/** A transcript list of `texts`, one entry each, as the server renders it. */
function entries(texts: readonly string[]): HTMLElement[] {
  const list = document.createElement('ol');
  list.innerHTML = texts
    .map(() => `<li data-start="0"><a href="?t=0"><span class="cue-time">0:00, </span></a></li>`)
    .join('');
  const items = Array.from(list.querySelectorAll<HTMLElement>('li'));
  items.forEach((item, i) => item.querySelector('a')!.append(texts[i]!));
  document.body.append(list);
  return items;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('given a search session over a list', () => {
  describe('after several keystrokes in one frame', () => {
    it('should count matching lines, mark the first at once and reveal it only in the next frame, once', () => {
      const items = entries(['a drum, a drum', 'silence', 'the drummer']);
      const reveal = vi.fn();
      const session = createSearchSession();
      session.connect({ entries: () => items, reveal });
      session.setQuery('d');
      session.setQuery('dr');
      session.setQuery('dru');
      expect(session.getSnapshot()).toEqual({ query: 'dru', count: 2, current: 0 });
      expect(items[0]!.hasAttribute('data-current-match')).toBe(true);
      expect(reveal).not.toHaveBeenCalled();
      vi.advanceTimersToNextFrame();
      expect(reveal).toHaveBeenCalledTimes(1);
      expect(reveal).toHaveBeenCalledWith(items[0]);
    });
  });

  describe('after disconnecting before the frame', () => {
    it('should not reveal anything', () => {
      const items = entries(['drum']);
      const reveal = vi.fn();
      const session = createSearchSession();
      const disconnect = session.connect({ entries: () => items, reveal });
      session.setQuery('drum');
      disconnect();
      vi.advanceTimersToNextFrame();
      expect(reveal).not.toHaveBeenCalled();
    });
  });

  describe('with only the first line laid out, after stepping to the next match', () => {
    it('should highlight the first match at once, and the next one when it becomes current', () => {
      const items = entries(['a drum', 'silence', 'the drummer', 'drums']);
      const watched: Array<readonly Element[]> = [];
      const laidOut = {
        watch: (all: readonly Element[]) => void watched.push(all),
        now: () => [items[0]!],
        subscribe: () => () => {},
      };
      const session = createSearchSession(() => laidOut);
      session.connect({ entries: () => items, reveal: vi.fn() });
      session.setQuery('drum');
      const highlighted = () => items.filter((item) => item.querySelector('mark'));
      expect(highlighted()).toEqual([items[0]]);
      expect(watched).toEqual([items]);
      session.step(1);
      expect(session.getSnapshot()).toEqual({ query: 'drum', count: 3, current: 1 });
      expect(highlighted()).toEqual([items[0], items[2]]);
    });
  });
});
