import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseWebVTT } from '../../captions/parse';
import { CueText } from '../../components/cue-text';

const tree = (text: string) => parseWebVTT(`WEBVTT\n\n00:00.000 --> 00:10.000\n${text}`).cues[0]!.tree;
const html = (text: string, time?: number) =>
  renderToStaticMarkup(<CueText nodes={tree(text)} time={time} />);

describe(CueText.name, () => {
  it.each([
    ['<b>bold</b> <i>italic</i> <u>under</u>', '<b>bold</b> <i>italic</i> <u>under</u>'],
    ['<c.yellow.loud>hey</c>', '<span class="cue-yellow cue-loud">hey</span>'],
    ['<v Lou>Hi</v>', '<span data-speaker="Lou">Hi</span>'],
    ['<lang es>hola</lang>', '<span lang="es">hola</span>'],
    ['<ruby>漢<rt>kan</rt></ruby>', '<ruby>漢<rt>kan</rt></ruby>'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<script>alert(1)</script>', 'alert(1)'],
  ])('should render %s as elements', (text, expected) => {
    expect(html(text)).toBe(expected);
  });

  it('should mark karaoke text after a future timestamp', () => {
    const text = 'one <00:00:02.000>two <00:00:04.000>three';
    expect(html(text, 3)).toBe('one two <span data-cue-future="">three</span>');
    expect(html(text, 1)).toBe(
      'one <span data-cue-future="">two </span><span data-cue-future="">three</span>',
    );
    expect(html(text)).toBe('one two three');
  });
});
