import { describe, expect, it } from 'vitest';
import { cuePlainText, cueSpeaker } from '../../captions/cue-text-plain';
import { parseWebVTT } from '../../captions/parse';

const treeOf = (text: string) =>
  parseWebVTT(`WEBVTT\n\n00:00.000 --> 00:05.000\n${text}`).cues[0]?.tree ?? [];

describe(cuePlainText.name, () => {
  it.each([
    ['plain', 'plain'],
    ['<v Mary>No way!', 'No way!'],
    ['<v.loud Esme>It&apos;s <i>blue</i> &amp; <b>big</b></v> [laughs]', "It's blue & big [laughs]"],
    ['one\ntwo', 'one\ntwo'],
    ['<ruby>漢<rt>kan</rt>字<rt>ji</rt></ruby>', '漢字'],
    ['a<00:00:01.000>b', 'ab'],
    ['<c.yellow>♪ music ♪</c>', '♪ music ♪'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(cuePlainText(treeOf(text))).toBe(expected);
  });
});

describe(cueSpeaker.name, () => {
  it.each([
    ['<v Roger Bingham>We are in New York City', 'Roger Bingham'],
    ['<i><v Neil>Laughs</v></i>', 'Neil'],
    ['<v Esme>Hee!</v> <v Mary>Ha', 'Esme'],
    ['<v>nameless', ''],
    ['[door slams]', ''],
  ])('%j → %j', (text, expected) => {
    expect(cueSpeaker(treeOf(text))).toBe(expected);
  });
});
