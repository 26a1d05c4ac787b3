// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseWebVTT } from '../../captions/parse';
import { buildTranscript } from '../../captions/transcript';
import { TranscriptList } from '../../components/transcript/transcript-list';

const CAPTIONS = `WEBVTT

00:00:01.000 --> 00:00:02.000
One

00:00:03.000 --> 00:00:04.000
Two

00:00:11.000 --> 00:00:12.000
Three
`;

const CHAPTERS = `WEBVTT

00:00:00.000 --> 00:00:10.000
Opening

00:00:10.000 --> 00:00:20.000
Ending

00:00:20.000 --> 00:00:30.000
Credits
`;

describe(TranscriptList.name, () => {
  describe('given chapters of different lengths', () => {
    it('should give each chapter its number of lines, which sizes it while the browser skips it', () => {
      const chapters = buildTranscript({
        captions: parseWebVTT(CAPTIONS).cues,
        chapters: parseWebVTT(CHAPTERS).cues,
      });
      const host = document.createElement('div');
      host.innerHTML = renderToStaticMarkup(<TranscriptList chapters={chapters} />);
      const counts = Array.from(host.querySelectorAll<HTMLElement>('.transcript-chapter'), (chapter) => [
        chapter.dataset.entries,
        chapter.querySelectorAll('li').length,
      ]);
      expect(counts).toEqual([
        ['2', 2],
        ['1', 1],
        ['0', 0],
      ]);
    });
  });

  describe('given speech, a sound and a description', () => {
    it('should mark the kind of the sound and the description only: speech is the default', () => {
      const chapters = buildTranscript({
        captions: parseWebVTT(
          'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Lou>Hello\n\n00:00:03.000 --> 00:00:04.000\n[drums]\n',
        ).cues,
        descriptions: parseWebVTT('WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nA stage.\n').cues,
      });
      const host = document.createElement('div');
      host.innerHTML = renderToStaticMarkup(<TranscriptList chapters={chapters} />);
      expect(Array.from(host.querySelectorAll('li'), (li) => li.getAttribute('data-kind'))).toEqual([
        null,
        'sound',
        'description',
      ]);
    });
  });
});
