/**
 * Conformance: every web-platform-tests WebVTT file-parsing case (tests/fixtures/wpt-webvtt)
 * must give the same validity, cue count and asserted cue properties as a browser, including
 * region identity (`ref`) and `-0` versus `0`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cue, Region } from '../../captions/model';
import { parseWebVTT } from '../../captions/parse';

const root = path.resolve(import.meta.dirname, '../fixtures/wpt-webvtt');

interface IndexEntry {
  name: string;
  vtt: string;
  expected: string;
  valid: boolean;
  cueCount: number | null;
}

type ExpectedRegion = Partial<Region> & { ref?: string };
type ExpectedCue = Record<string, unknown> & { region?: ExpectedRegion | null };

interface Expected {
  valid: boolean;
  cueCount?: number;
  cues?: ExpectedCue[];
}

const index = JSON.parse(readFileSync(path.join(root, 'file-parsing.index.json'), 'utf8')) as IndexEntry[];

/** A cue as the VTTCue DOM exposes it, settings flattened. */
function domView(cue: Cue): Record<string, unknown> {
  const { settings, ...rest } = cue;
  return { ...rest, ...settings };
}

describe('WPT WebVTT file parsing', () => {
  it('has all 49 cases', () => {
    expect(index).toHaveLength(49);
  });

  describe.each(index)('$name', (entry) => {
    const expected = JSON.parse(
      readFileSync(path.join(root, 'file-parsing', entry.expected), 'utf8'),
    ) as Expected;
    const parsed = parseWebVTT(readFileSync(path.join(root, 'file-parsing', entry.vtt), 'utf8'));

    it(`is ${expected.valid ? 'accepted' : 'rejected'}`, () => {
      expect(parsed.valid).toBe(expected.valid);
      expect(entry.valid).toBe(expected.valid);
      if (!expected.valid) {
        expect(parsed.cues).toEqual([]);
        expect(parsed.errors.some((e) => e.severity === 'error' && e.line === 1)).toBe(true);
      }
    });

    if (expected.cueCount !== undefined) {
      it(`has ${expected.cueCount} cues`, () => {
        expect(parsed.cues).toHaveLength(expected.cueCount ?? -1);
      });
    }

    if (expected.cues && expected.cues.length > 0) {
      it('has every asserted cue property', () => {
        expected.cues?.forEach((want, i) => {
          const cue = parsed.cues[i];
          expect(cue, `cue ${i}`).toBeDefined();
          if (!cue) return;
          const got = domView(cue);
          for (const [key, value] of Object.entries(want)) {
            if (key === 'region') continue;
            // Object.is tells -0 from 0, as WPT's assert_equals does.
            expect(
              Object.is(got[key], value),
              `cue ${i} ${key}: got ${String(got[key])}, want ${String(value)}`,
            ).toBe(true);
          }
          if (!('region' in want)) return;
          if (want.region === null || want.region === undefined) {
            expect(cue.settings.region, `cue ${i} region`).toBeNull();
            return;
          }
          expect(cue.settings.region, `cue ${i} region`).not.toBeNull();
          const region = cue.settings.region as unknown as Record<string, unknown>;
          for (const [key, value] of Object.entries(want.region)) {
            if (key === 'ref') continue;
            expect(
              Object.is(region[key], value),
              `cue ${i} region.${key}: got ${String(region[key])}, want ${String(value)}`,
            ).toBe(true);
          }
        });
      });

      const refs = expected.cues.map((c) => c.region?.ref);
      if (refs.some((r) => r !== undefined)) {
        it('shares one region object per ref, and distinct objects across refs', () => {
          refs.forEach((a, i) => {
            refs.forEach((b, j) => {
              if (a === undefined || b === undefined) return;
              const same = parsed.cues[i]?.settings.region === parsed.cues[j]?.settings.region;
              expect(same, `cues ${i} and ${j} (refs ${a}, ${b})`).toBe(a === b);
            });
          });
        });
      }
    }
  });
});
