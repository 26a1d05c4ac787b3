import { describe, expect, it } from 'vitest';
import { cuePlainText } from '../../captions/cue-text-plain';
import { parseSrt } from '../../captions/srt';
import { srtTextToVtt, srtToCues } from '../../captions/srt-cues';

const SRT = `1
00:00:01,000 --> 00:00:02,500
<i>Can you hear me?</i>

2
00:00:03,000 --> 00:00:05,000
<font color="#ff0000">Red</font> & <script>alert(1)</script>
a < b --> c
`;

describe(srtTextToVtt.name, () => {
  it('keeps i, b and u, drops font, and escapes everything else', () => {
    expect(srtTextToVtt('<I>x</I> <b>y</b> <u>z</u>')).toBe('<i>x</i> <b>y</b> <u>z</u>');
    expect(srtTextToVtt('<font color="red">x</font>')).toBe('x');
    expect(srtTextToVtt('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(srtTextToVtt('Tom & Jerry --> a < b')).toBe('Tom &amp; Jerry --&gt; a &lt; b');
  });
});

describe(srtToCues.name, () => {
  const { cues, errors } = srtToCues(parseSrt(SRT).cues);

  it('gives the SubRip cues with their numbers, times and lines in the SubRip file', () => {
    expect(errors).toEqual([]);
    expect(cues.map((c) => [c.id, c.startTime, c.endTime, c.line])).toEqual([
      ['1', 1, 2.5, 2],
      ['2', 3, 5, 6],
    ]);
  });

  it('builds the text tree: markup as elements, script and arrows as plain text', () => {
    expect(cues[0]!.tree).toEqual([
      {
        type: 'element',
        name: 'i',
        classes: [],
        annotation: '',
        children: [{ type: 'text', value: 'Can you hear me?' }],
      },
    ]);
    expect(cuePlainText(cues[1]!.tree)).toBe('Red & <script>alert(1)</script>\na < b --> c');
  });

  it('maps cue-text problems to the SubRip line', () => {
    const mapped = srtToCues(
      parseSrt('7\n00:00:01,000 --> 00:00:02,000\nfine\n<i>unclosed <b>tag</i>\n').cues,
    );
    expect(mapped.errors.every((e) => e.line === 4)).toBe(true);
    expect(mapped.errors.length).toBeGreaterThan(0);
  });
});
