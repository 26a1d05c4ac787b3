// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ownsKey } from '../../components/player/player-actions';

const element = (html: string) => {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
};

describe(ownsKey.name, () => {
  it.each<[string, string, boolean]>([
    ['<input type="search">', 'm', true],
    ['<input type="text">', ' ', true],
    ['<textarea></textarea>', 'k', true],
    ['<select><option>a</option></select>', 'ArrowDown', true],
    ['<div contenteditable="true"></div>', 'j', true],
    ['<input type="range">', 'ArrowLeft', true],
    ['<input type="range">', 'Home', true],
    ['<input type="range">', ' ', false],
    ['<input type="range">', 'm', false],
    ['<button>Play</button>', ' ', true],
    ['<button>Play</button>', 'Enter', true],
    ['<button>Play</button>', 'm', false],
    ['<a href="#">x</a>', ' ', true],
    ['<div tabindex="0"></div>', ' ', false],
  ])('%s with %j → %s', (html, key, expected) => {
    expect(ownsKey(element(html), key)).toBe(expected);
  });

  it('should not own keys of non-elements', () => {
    expect(ownsKey(null, 'm')).toBe(false);
  });
});
