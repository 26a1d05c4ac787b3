// @vitest-environment jsdom
// The player reads cues from the browser's VTTCue (the page sends none): the tree made from
// `getCueAsHTML()`'s fragment must be the one the core's parser makes from the same cue text.
import { describe, expect, it } from 'vitest';
import { parseWebVTT } from '../../captions/parse';
import { cueSettingsOf, cueTreeOf, trackCueOf } from '../../components/media/track-cue';

const parsed = (text: string) => parseWebVTT(`WEBVTT\n\n00:00.000 --> 00:10.000\n${text}`).cues[0]!;

/** What the HTML spec's "WebVTT cue text DOM construction rules" give for `text`, written out. */
function fragment(build: (doc: Document, root: DocumentFragment) => void): DocumentFragment {
  const root = document.createDocumentFragment();
  build(document, root);
  return root;
}

const span = (doc: Document, attributes: Record<string, string>, ...children: (Node | string)[]) => {
  const element = doc.createElement('span');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
};

describe(cueTreeOf.name, () => {
  it('should read a voice, classes, a language span and plain tags as the core parser does', () => {
    const text = '<v.loud Ruben>Hi <i>there</i> <c.yellow.big>you</c> <lang es>hola</lang> <b>b</b><u>u</u>';
    const html = fragment((doc, root) => {
      const italic = doc.createElement('i');
      italic.append('there');
      const bold = doc.createElement('b');
      bold.append('b');
      const under = doc.createElement('u');
      under.append('u');
      root.append(
        span(
          doc,
          { title: 'Ruben', class: 'loud' },
          'Hi ',
          italic,
          ' ',
          span(doc, { class: 'yellow big' }, 'you'),
          ' ',
          span(doc, { lang: 'es' }, 'hola'),
          ' ',
          bold,
          under,
        ),
      );
    });
    expect(cueTreeOf(html)).toEqual(parsed(text).tree);
  });

  it('should read ruby and karaoke timestamps (processing instructions)', () => {
    const text = 'one <00:00:01.500>two <ruby>x<rt>y</rt></ruby>';
    const html = fragment((doc, root) => {
      const ruby = doc.createElement('ruby');
      const rt = doc.createElement('rt');
      rt.append('y');
      ruby.append('x', rt);
      root.append('one ', doc.createProcessingInstruction('timestamp', '00:00:01.500'), 'two ', ruby);
    });
    expect(cueTreeOf(html)).toEqual(parsed(text).tree);
  });

  it('should drop a timestamp it cannot read and keep the children of an unknown element', () => {
    const html = fragment((doc, root) => {
      const unknown = doc.createElement('em');
      unknown.append('kept');
      root.append(doc.createProcessingInstruction('timestamp', 'soon'), unknown);
    });
    expect(cueTreeOf(html)).toEqual([{ type: 'text', value: 'kept' }]);
  });
});

describe(cueSettingsOf.name, () => {
  it('should take VTTCue’s settings, with the defaults where the browser has none (Chromium: lineAlign, positionAlign)', () => {
    const cue = { vertical: 'rl', line: 10, snapToLines: false, position: 20, size: 50, align: 'start' };
    expect(cueSettingsOf(cue as unknown as VTTCue)).toEqual({
      vertical: 'rl',
      line: 10,
      snapToLines: false,
      lineAlign: 'start',
      position: 20,
      positionAlign: 'auto',
      size: 50,
      align: 'start',
      region: null,
    });
  });
});

describe(trackCueOf.name, () => {
  const browserCue = (startTime: number) =>
    ({
      id: '7',
      startTime,
      endTime: startTime + 1,
      text: '<v Ruben>Hi',
      line: 'auto',
      position: 'auto',
      size: 100,
      align: 'center',
      vertical: '',
      snapToLines: true,
      getCueAsHTML: () => fragment((doc, root) => root.append(span(doc, { title: 'Ruben' }, 'Hi'))),
    }) as unknown as VTTCue;

  it('should make the cue once, and again after its times move (a timing offset shifts cues in place)', () => {
    const cue = browserCue(1);
    const first = trackCueOf(cue);
    expect(first).toMatchObject({ id: '7', startTime: 1, endTime: 2, text: '<v Ruben>Hi' });
    expect(first.tree).toEqual(parsed('<v Ruben>Hi').tree);
    expect(trackCueOf(cue)).toBe(first);
    (cue as { startTime: number }).startTime = 1.5;
    expect(trackCueOf(cue)).toMatchObject({ startTime: 1.5 });
  });
});
