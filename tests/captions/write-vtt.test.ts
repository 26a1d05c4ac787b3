import { describe, expect, it } from 'vitest';
import { parseWebVTT } from '../../captions/parse';
import { formatCueSettings, toWebVTT } from '../../captions/write-vtt';

const SOURCE = `WEBVTT

intro
00:00:01.000 --> 00:00:02.500 line:0 position:10%,line-left align:start size:80%
<v Ruben>Can you <i>hear</i> me?</v>

00:00:03.000 --> 00:00:04.000 line:90%,end vertical:rl
[ringing] &amp; silence

00:01:05.250 --> 00:01:07.000
`;

describe(toWebVTT.name, () => {
  it('writes cues that parse back to the same cues: ids, times, settings and text', () => {
    const { cues } = parseWebVTT(SOURCE);
    const again = parseWebVTT(toWebVTT(cues));
    expect(again.errors).toEqual([]);
    const fields = (c: (typeof cues)[number]) => [c.id, c.startTime, c.endTime, c.text, c.tree, c.settings];
    expect(again.cues.map(fields)).toEqual(cues.map(fields));
  });

  it('writes the signature, one blank line after each block, and no id line for cues without one', () => {
    const { cues } = parseWebVTT('WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n');
    expect(toWebVTT(cues)).toBe('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHi\n\n');
    expect(toWebVTT([])).toBe('WEBVTT\n\n');
  });
});

describe(formatCueSettings.name, () => {
  it('writes only the settings that differ from the defaults', () => {
    const [placed, vertical, plain] = parseWebVTT(SOURCE).cues;
    expect(formatCueSettings(placed!.settings)).toBe('line:0 position:10%,line-left size:80% align:start');
    expect(formatCueSettings(vertical!.settings)).toBe('vertical:rl line:90%,end');
    expect(formatCueSettings(plain!.settings)).toBe('');
  });
});
