import { describe, expect, it } from 'vitest';
import { glossaryEntryId, sortByGloss } from '../../captions/asl-glossary';
import type { AslMoment } from '../../captions/asl-moment';

const at = (startTime: number, gloss: string): AslMoment => ({
  startTime,
  endTime: startTime + 1,
  note: {
    gloss,
    title: gloss,
    body: 'b',
    handshape: 'h',
    location: 'l',
    movement: 'm',
    dictionary: { name: 'd', url: 'https://example.org/' },
  },
});

describe(sortByGloss.name, () => {
  it.each([
    [
      ['HEARING', 'DEAF', 'HEAR'],
      ['DEAF', 'HEAR', 'HEARING'],
    ],
    [
      ['SIGN NAME', 'SIGN'],
      ['SIGN', 'SIGN NAME'],
    ],
    [
      ['THANK-YOU', 'THANK'],
      ['THANK', 'THANK-YOU'],
    ],
    [
      ['CODA10', 'CODA2'],
      ['CODA2', 'CODA10'],
    ],
  ])('should order %j as %j', (glosses, expected) => {
    expect(sortByGloss(glosses.map((g, i) => at(i, g))).map((m) => m.note.gloss)).toEqual(expected);
  });

  it('should order one gloss met twice by time', () => {
    expect(sortByGloss([at(50, 'DEAF'), at(10, 'DEAF')]).map((m) => m.startTime)).toEqual([10, 50]);
  });

  it('should not modify its input', () => {
    const input = [at(1, 'SIGN'), at(2, 'DEAF')];
    sortByGloss(input);
    expect(input.map((m) => m.note.gloss)).toEqual(['SIGN', 'DEAF']);
  });
});

describe(glossaryEntryId.name, () => {
  it.each([
    [at(70.371, 'DEAF'), 'asl-deaf-70371'],
    [at(0, 'SIGN NAME'), 'asl-sign-name-0'],
    [at(1.0005, 'THANK-YOU'), 'asl-thank-you-1001'],
  ])('should name %j %s', (moment, id) => {
    expect(glossaryEntryId(moment)).toBe(id);
  });

  it('should tell apart one gloss at two moments', () => {
    expect(glossaryEntryId(at(1, 'DEAF'))).not.toBe(glossaryEntryId(at(2, 'DEAF')));
  });
});
