/**
 * Properties of the parser over arbitrary input: it never throws, every tree holds only
 * WebVTT element names, and every cue-text timestamp outside its cue is reported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CueNode } from '../../captions/model';
import { parseWebVTT } from '../../captions/parse';

const PREFIX = 'WEBVTT\n\n00:00.000 --> 00:01.000\n';
const ELEMENTS = new Set(['c', 'i', 'b', 'u', 'ruby', 'rt', 'v', 'lang']);

function* walk(nodes: readonly CueNode[]): Generator<CueNode> {
  for (const node of nodes) {
    yield node;
    if (node.type === 'element') yield* walk(node.children);
  }
}

// Strings biased towards WebVTT syntax, so the parser's branches are reached, not just garbage.
const vttish = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '\n',
        '\r\n',
        '\r',
        '\0',
        '\uFEFF',
        '-->',
        ' --> ',
        '00:00.000',
        '00:00:01.500',
        '99:59:59.999',
        '<',
        '>',
        '</',
        '<v Ann>',
        '<c.a.b>',
        '<i>',
        '</i>',
        '<b>',
        '<u>',
        '<ruby>',
        '<rt>',
        '</ruby>',
        '<lang en>',
        '<00:00.500>',
        '<01:00:00.000>',
        '&amp;',
        '&lt;',
        '&#x41;',
        '&',
        'REGION\n',
        'id:r width:50%',
        ' region:r',
        ' line:0',
        ' size:50%',
        ' vertical:lr',
        'NOTE ',
        'STYLE\n',
        '\n\n',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('parseWebVTT properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), vttish), (text) => {
        const parsed = parseWebVTT(text);
        expect(typeof parsed.valid).toBe('boolean');
        if (!parsed.valid) expect(parsed.cues).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary WebVTT signatures and headers', () => {
    fc.assert(
      fc.property(vttish, (text) => {
        const parsed = parseWebVTT(`WEBVTT\n${text}`);
        expect(parsed.valid).toBe(true);
        for (const error of parsed.errors) {
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('builds trees of allowed elements only, with timestamps inside the cue or reported', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), vttish), (text) => {
        const parsed = parseWebVTT(PREFIX + text);
        expect(parsed.valid).toBe(true);
        for (const cue of parsed.cues) {
          for (const node of walk(cue.tree)) {
            if (node.type === 'element') expect(ELEMENTS.has(node.name)).toBe(true);
            if (node.type === 'text') expect(node.value).not.toBe('');
            if (node.type === 'timestamp') {
              expect(Number.isFinite(node.time)).toBe(true);
              expect(node.time).toBeGreaterThanOrEqual(0);
              if (node.time <= cue.startTime || node.time >= cue.endTime) {
                const textLines = new Set(cue.text.split('\n').map((_, i) => cue.line + 1 + i));
                expect(parsed.errors.some((e) => e.severity === 'warning' && textLines.has(e.line))).toBe(
                  true,
                );
              }
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('survives deeply nested markup', () => {
    const parsed = parseWebVTT(PREFIX + '<b>'.repeat(50_000) + 'deep');
    expect(parsed.valid).toBe(true);
    expect(parsed.cues).toHaveLength(1);
  });
});
