// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  clearMarks,
  createHighlighter,
  entrySearchText,
  markMatches,
} from '../../components/transcript/transcript-highlight';
import { foldQuery } from '../../components/transcript/transcript-search';

/** An entry as TranscriptList renders it (built with DOM calls, as the page's HTML would be). */
function entry(speaker: string, ...words: Array<string | { i: string }>): HTMLLIElement {
  const li = document.createElement('li');
  const link = li.appendChild(document.createElement('a'));
  const time = link.appendChild(document.createElement('span'));
  time.className = 'cue-time';
  time.textContent = '1:05';
  if (speaker) {
    const label = link.appendChild(document.createElement('span'));
    label.className = 'cue-speaker';
    label.textContent = `${speaker}: `;
  }
  const text = link.appendChild(document.createElement('span'));
  text.className = 'cue-words';
  for (const part of words) {
    if (typeof part === 'string') text.append(part);
    else text.appendChild(document.createElement('i')).textContent = part.i;
  }
  document.body.append(li);
  return li;
}

const marks = (li: Element) => Array.from(li.querySelectorAll('mark'), (m) => m.textContent);

describe('given a transcript entry', () => {
  it('should search its speaker and words, not its time', () => {
    expect(entrySearchText(entry('Ruben', 'Hello ', { i: 'there' }))).toBe('Ruben: Hello there');
  });

  describe(`after ${markMatches.name}`, () => {
    it('should wrap every match in a mark, ignoring case and accents, and count them', () => {
      const li = entry('Narrador', 'Ruben es Músico; un MUSICO.');
      expect(markMatches(li, foldQuery('músico'))).toBe(2);
      expect(marks(li)).toEqual(['Músico', 'MUSICO']);
      expect(li.textContent).toBe('1:05Narrador: Ruben es Músico; un MUSICO.');
    });

    it('should split a match across an element boundary into one mark per text node', () => {
      const li = entry('', 'very ', { i: 'quiet' });
      markMatches(li, foldQuery('ry qui'));
      expect(marks(li)).toEqual(['ry ', 'qui']);
    });

    it('should keep markup in the text as text', () => {
      const li = entry('', '<b>bold</b> & <script>');
      markMatches(li, foldQuery('<script>'));
      expect(li.querySelector('script')).toBeNull();
      expect(marks(li)).toEqual(['<script>']);
    });

    it(`should restore the very same text nodes after ${clearMarks.name}`, () => {
      const li = entry('Lou', 'one two one');
      const before = Array.from(li.querySelectorAll('.cue-words, .cue-speaker'), (part) => part.firstChild);
      markMatches(li, foldQuery('one'));
      markMatches(li, foldQuery('two'));
      expect(marks(li)).toEqual(['two']);
      clearMarks(li);
      expect(li.querySelectorAll('mark')).toHaveLength(0);
      expect(Array.from(li.querySelectorAll('.cue-words, .cue-speaker'), (part) => part.firstChild)).toEqual(
        before,
      );
      expect(li.querySelector('.cue-words')!.childNodes).toHaveLength(1);
    });
  });
});

describe('given many entries', () => {
  it(`should highlight the first match at once and the rest after ${createHighlighter.name} flushes`, () => {
    const entries = Array.from({ length: 50 }, (_, i) => entry('', `line ${i} drum`));
    const highlighter = createHighlighter(0);
    const q = foldQuery('drum');
    highlighter.show(entries, q, entries[10]);
    expect(marks(entries[10]!)).toEqual(['drum']);
    highlighter.flush();
    expect(entries.every((li) => li.hasAttribute('data-match') && marks(li).length === 1)).toBe(true);

    highlighter.show([entries[3]!], foldQuery('line 3 '), entries[3]);
    highlighter.flush();
    expect(entries.filter((li) => li.hasAttribute('data-match'))).toEqual([entries[3]]);
    expect(entries.flatMap(marks)).toEqual(['line 3']);
  });
});
