import { describe, expect, it } from 'vitest';
import { MAX_CUE_TEXT_WARNINGS, parseWebVTT } from '../../captions/parse';

const ONE_CUE = 'WEBVTT\n\n00:00.000 --> 00:01.000\nHello';

describe(parseWebVTT.name, () => {
  describe('signature', () => {
    it.each([
      ['empty file', ''],
      ['lower case', 'webvtt\n'],
      ['missing space', 'WEBVTTX\n'],
      ['partial', 'WEBVT'],
      ['two BOMs', '\uFEFF\uFEFFWEBVTT\n'],
      ['form feed', 'WEBVTT\f\n'],
      ['leading blank line', '\nWEBVTT\n'],
    ])('rejects %s', (_name, text) => {
      const parsed = parseWebVTT(text);
      expect(parsed.valid).toBe(false);
      expect(parsed.cues).toEqual([]);
      expect(parsed.errors).toEqual([expect.objectContaining({ severity: 'error', line: 1, column: 1 })]);
      expect(parsed.errors[0]?.message).toMatch(/No valid signature/);
    });

    it.each([
      ['just the signature', 'WEBVTT'],
      ['one BOM', '\uFEFFWEBVTT\n'],
      ['a title after a space', 'WEBVTT - trailer captions\n'],
      ['a title after a tab', 'WEBVTT\tx\n'],
    ])('accepts %s', (_name, text) => {
      const parsed = parseWebVTT(text);
      expect(parsed.valid).toBe(true);
      expect(parsed.errors).toEqual([]);
    });
  });

  it('reads one cue with its timing line number', () => {
    const parsed = parseWebVTT(ONE_CUE);
    expect(parsed.cues).toEqual([
      expect.objectContaining({
        id: '',
        startTime: 0,
        endTime: 1,
        text: 'Hello',
        line: 3,
        tree: [{ type: 'text', value: 'Hello' }],
      }),
    ]);
    expect(parsed.errors).toEqual([]);
  });

  it('reads the BOM, CRLF and CR line endings alike', () => {
    const lf = parseWebVTT(
      'WEBVTT\n\nintro\n00:01.000 --> 00:02.000\none\ntwo\n\n00:03.000 --> 00:04.000\nthree\n',
    );
    const crlf = parseWebVTT(
      '\uFEFFWEBVTT\r\n\r\nintro\r\n00:01.000 --> 00:02.000\r\none\r\ntwo\r\n\r\n00:03.000 --> 00:04.000\r\nthree\r\n',
    );
    const cr = parseWebVTT(
      'WEBVTT\r\rintro\r00:01.000 --> 00:02.000\rone\rtwo\r\r00:03.000 --> 00:04.000\rthree\r',
    );
    expect(crlf).toEqual(lf);
    expect(cr).toEqual(lf);
    expect(lf.cues.map((c) => [c.id, c.text, c.line])).toEqual([
      ['intro', 'one\ntwo', 4],
      ['', 'three', 8],
    ]);
  });

  it('replaces NUL with U+FFFD', () => {
    const parsed = parseWebVTT('WEBVTT\n\n00:00.000 --> 00:01.000\na\0b');
    expect(parsed.cues[0]?.text).toBe('a\uFFFDb');
  });

  it('accepts hours above 99', () => {
    const parsed = parseWebVTT('WEBVTT\n\n100:00:00.000 --> 1000:00:00.500\nlate');
    expect(parsed.cues[0]).toMatchObject({ startTime: 360000, endTime: 3600000.5 });
  });

  it('accepts an hour field of one digit', () => {
    expect(parseWebVTT('WEBVTT\n\n1:02:03.004 --> 1:02:04.000\nx').cues[0]?.startTime).toBeCloseTo(
      3723.004,
      9,
    );
  });

  it('sorts cues by start time, longer first, and warns about file order', () => {
    const parsed = parseWebVTT(
      'WEBVTT\n\n00:05.000 --> 00:06.000\nlater\n\n00:01.000 --> 00:02.000\nshort\n\n00:01.000 --> 00:03.000\nlong',
    );
    expect(parsed.cues.map((c) => c.text)).toEqual(['long', 'short', 'later']);
    expect(parsed.errors).toEqual([expect.objectContaining({ severity: 'warning', line: 6, column: 1 })]);
  });

  describe('error positions', () => {
    it('points at the bad part of a timing line and drops the cue', () => {
      const parsed = parseWebVTT('WEBVTT\n\n00:00.000 --> 00:0x.000\nlost\n\n00:02.000 --> 00:03.000\nkept');
      expect(parsed.cues.map((c) => c.text)).toEqual(['kept']);
      expect(parsed.errors).toEqual([expect.objectContaining({ severity: 'error', line: 3, column: 18 })]);
    });

    it('rejects minutes or seconds above 59', () => {
      const parsed = parseWebVTT('WEBVTT\n\n00:60.000 --> 01:00.000\nx\n\n00:00:60.000 --> 00:01:00.000\ny');
      expect(parsed.cues).toEqual([]);
      expect(parsed.errors.map((e) => [e.line, e.severity])).toEqual([
        [3, 'error'],
        [6, 'error'],
      ]);
    });

    it('reports a cue that ends before it starts as an error on its timing line', () => {
      const parsed = parseWebVTT('WEBVTT\n\n00:02.000 --> 00:01.000\nbackwards');
      expect(parsed.cues).toHaveLength(1);
      expect(parsed.errors).toEqual([expect.objectContaining({ severity: 'error', line: 3, column: 1 })]);
    });

    it('points at an ignored setting', () => {
      const parsed = parseWebVTT('WEBVTT\n\n00:00.000 --> 00:01.000 align:middle size:50%\nx');
      expect(parsed.cues[0]?.settings).toMatchObject({ align: 'center', size: 50 });
      expect(parsed.errors).toEqual([expect.objectContaining({ severity: 'warning', line: 3, column: 25 })]);
    });

    it('reports a stray block as an error at its first line', () => {
      const parsed = parseWebVTT('WEBVTT\n\nan id\nnot a timing line\n\n00:00.000 --> 00:01.000\nx');
      expect(parsed.cues).toHaveLength(1);
      expect(parsed.errors).toEqual([expect.objectContaining({ severity: 'error', line: 3, column: 1 })]);
    });

    it('warns about header text and a missing blank line before a cue', () => {
      const parsed = parseWebVTT(
        'WEBVTT\nKind: captions\n\n00:00.000 --> 00:01.000\na\n00:01.000 --> 00:02.000\nb',
      );
      expect(parsed.cues.map((c) => c.text)).toEqual(['a', 'b']);
      expect(parsed.errors.map((e) => [e.severity, e.line, e.column])).toEqual([
        ['warning', 2, 1],
        ['warning', 6, 1],
      ]);
    });

    it('locates cue-text markup problems on the cue text line', () => {
      const parsed = parseWebVTT('WEBVTT\n\n00:00.000 --> 00:01.000\nfirst line\nsecond </i> line');
      expect(parsed.errors).toHaveLength(1);
      expect(parsed.errors[0]).toMatchObject({ severity: 'warning', line: 5 });
      expect(parsed.errors[0]?.column).toBeGreaterThan(1);
    });

    it('does not check metadata cue text as caption markup', () => {
      const json = '{"gloss":"DEAF","body":"a & b < c"}';
      const parsed = parseWebVTT(`WEBVTT\n\n00:00.000 --> 00:01.000\n${json}`, { kind: 'metadata' });
      expect(parsed.cues[0]?.text).toBe(json);
      expect(parsed.errors).toEqual([]);
    });

    it('keeps NOTE blocks silent and ignores them', () => {
      const parsed = parseWebVTT('WEBVTT\n\nNOTE a comment\nacross lines\n\n00:00.000 --> 00:01.000\nx');
      expect(parsed.cues).toHaveLength(1);
      expect(parsed.errors).toEqual([]);
    });
  });

  describe('regions', () => {
    const file = [
      'WEBVTT',
      '',
      'REGION',
      'id:left width:40% lines:3 regionanchor:0%,100%',
      'viewportanchor:10%,90% scroll:up',
      '',
      '00:00.000 --> 00:01.000 region:left',
      'one',
      '',
      '00:01.000 --> 00:02.000 region:left',
      'two',
      '',
      '00:02.000 --> 00:03.000 region:left line:0',
      'three',
      '',
      '00:03.000 --> 00:04.000 region:nowhere',
      'four',
    ].join('\n');
    const parsed = parseWebVTT(file);

    it('parses REGION settings', () => {
      expect(parsed.regions).toEqual([
        {
          id: 'left',
          width: 40,
          lines: 3,
          regionAnchorX: 0,
          regionAnchorY: 100,
          viewportAnchorX: 10,
          viewportAnchorY: 90,
          scroll: 'up',
        },
      ]);
    });

    it('shares one Region object between the cues that name it', () => {
      expect(parsed.cues[0]?.settings.region).toBe(parsed.regions[0]);
      expect(parsed.cues[1]?.settings.region).toBe(parsed.regions[0]);
    });

    it('takes a cue with a line setting out of its region, and nulls unknown regions', () => {
      expect(parsed.cues[2]?.settings.region).toBeNull();
      expect(parsed.cues[3]?.settings.region).toBeNull();
      expect(parsed.errors.map((e) => e.line)).toEqual([13, 16]);
    });

    it('ignores a REGION block after the first cue, with an error', () => {
      const late = parseWebVTT(
        'WEBVTT\n\n00:00.000 --> 00:01.000\nx\n\nREGION\nid:late\n\n00:01.000 --> 00:02.000 region:late\ny',
      );
      expect(late.regions).toEqual([]);
      expect(late.cues[1]?.settings.region).toBeNull();
      expect(late.errors[0]).toMatchObject({ severity: 'error', line: 6 });
    });
  });

  it('lists the first cue-text warnings of a cue and counts the rest in one', () => {
    const unclosed = 50;
    const parsed = parseWebVTT(`WEBVTT\n\n00:00.000 --> 00:01.000\n${'<b>'.repeat(unclosed)}deep`);
    const cueText = parsed.errors.filter((e) => e.message.startsWith('Cue text:'));
    expect(cueText).toHaveLength(MAX_CUE_TEXT_WARNINGS + 1);
    const listed = cueText.filter((e) => e.message === 'Cue text: Required end tag missing.');
    expect(listed).toHaveLength(MAX_CUE_TEXT_WARNINGS);
    expect(cueText).toContainEqual({
      severity: 'warning',
      line: 4,
      column: 1,
      message: `Cue text: ${unclosed - MAX_CUE_TEXT_WARNINGS} more problems in this cue, not listed.`,
    });
    expect(parsed.cues).toHaveLength(1);
  });

  it('never throws on a non-string passed from untyped code', () => {
    const parsed = parseWebVTT(undefined as unknown as string);
    expect(parsed.valid).toBe(false);
    expect(parsed.errors).toHaveLength(1);
  });
});
