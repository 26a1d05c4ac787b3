import { describe, expect, it } from 'vitest';
import { parseWebVTT } from '../../captions/parse';
import { cueBoxLayout } from '../../components/player/cue-layout';

const settingsOf = (settings: string) =>
  parseWebVTT(`WEBVTT\n\n00:00.000 --> 00:01.000 ${settings}\nx`).cues[0]!.settings;

describe(cueBoxLayout.name, () => {
  it.each<[string, Partial<ReturnType<typeof cueBoxLayout>>]>([
    ['', { flow: 'stacked', left: '0%', width: '100%', textAlign: 'center' }],
    ['size:50%', { flow: 'stacked', left: '25%', width: '50%' }],
    ['position:10% size:40% align:start', { flow: 'stacked', left: '10%', width: '40%', textAlign: 'start' }],
    ['position:90% size:40% align:end', { flow: 'stacked', left: '50%', width: '40%', textAlign: 'end' }],
    ['position:95% size:40% align:center', { left: '60%', width: '40%' }],
    ['line:0', { flow: 'placed', top: '0%' }],
    ['line:2', { flow: 'placed', top: '13.33%' }],
    ['line:-1', { flow: 'placed', bottom: '0%' }],
    ['line:10%', { flow: 'placed', top: '10%' }],
    ['line:90%,end', { flow: 'placed', bottom: '10%' }],
    ['vertical:rl', { flow: 'stacked', width: '100%' }],
  ])('"%s" → %j', (settings, expected) => {
    expect(cueBoxLayout(settingsOf(settings))).toMatchObject(expected);
  });

  it('should keep every box inside the caption area', () => {
    for (const s of [
      'position:0% size:100% align:end',
      'position:100% size:80% align:start',
      'line:400',
      'line:-400',
    ]) {
      const box = cueBoxLayout(settingsOf(s));
      expect(parseFloat(box.left) + parseFloat(box.width)).toBeLessThanOrEqual(100);
      expect(parseFloat(box.left)).toBeGreaterThanOrEqual(0);
      for (const edge of [box.top, box.bottom]) if (edge) expect(parseFloat(edge)).toBeLessThanOrEqual(100);
    }
  });
});
