/**
 * Conformance: all 77 web-platform-tests cue-text cases. Each input is wrapped in a one-cue file
 * exactly as WPT does, and the cue's tree, serialized as `#document-fragment`, must match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebVTT } from '../../captions/parse';
import { serializeFragment } from './support/wpt-fragment';

const folder = path.resolve(import.meta.dirname, '../fixtures/wpt-webvtt/cue-text');

interface CueTextCase {
  source: string;
  index: number;
  name: string;
  input: string;
  tree: string;
}

const files = readdirSync(folder)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
const cases = files.flatMap((file) =>
  readFileSync(path.join(folder, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ file, ...(JSON.parse(line) as CueTextCase) })),
);

describe('WPT WebVTT cue-text parsing', () => {
  it('has all 77 cases', () => {
    expect(cases).toHaveLength(77);
  });

  it.each(cases)('$file #$index $input', ({ input, tree }) => {
    const parsed = parseWebVTT(`WEBVTT\n\n00:00.000 --> 00:01.000\n${input}`, { kind: 'subtitles' });
    expect(parsed.valid).toBe(true);
    expect(parsed.cues).toHaveLength(1);
    expect(serializeFragment(parsed.cues[0]?.tree ?? [])).toBe(tree);
  });
});
