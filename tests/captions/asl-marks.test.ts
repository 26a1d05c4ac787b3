import { describe, expect, it } from 'vitest';
import { aslMarks } from '../../captions/asl-marks';
import { aslMoments, type AslMoment } from '../../captions/asl-moment';
import type { AslNote } from '../../captions/model';
import { readTitleFolder } from '../../captions/title-folder';

const note = (gloss: string, title = gloss.toLowerCase()): AslNote => ({
  gloss,
  title,
  body: 'b',
  handshape: 'h',
  location: 'l',
  movement: 'm',
  dictionary: { name: 'd', url: 'https://example.org/' },
});
const at = (startTime: number, gloss: string): AslMoment => ({
  startTime,
  endTime: startTime + 2,
  note: note(gloss),
});

describe(aslMarks.name, () => {
  it('should give one mark per note at its start, in time order, labelled gloss and title', () => {
    expect(aslMarks([at(30, 'DEAF'), at(10, 'SIGN')])).toEqual([
      { time: 10, label: 'SIGN: sign', kind: 'asl' },
      { time: 30, label: 'DEAF: deaf', kind: 'asl' },
    ]);
  });

  it.each([
    ['a negative start', -1],
    ['a NaN start', Number.NaN],
    ['an infinite start', Number.POSITIVE_INFINITY],
    ['a start at the duration', 60],
    ['a start past the duration', 61],
  ])('should leave out a note with %s', (_, startTime) => {
    expect(aslMarks([at(startTime, 'DEAF'), at(5, 'SIGN')], 60).map((m) => m.time)).toEqual([5]);
  });

  it('should keep every finite note when the duration is unknown (0)', () => {
    expect(aslMarks([at(500, 'DEAF')], 0)).toHaveLength(1);
  });

  it('should not modify its input', () => {
    const input = [at(30, 'DEAF'), at(10, 'SIGN')];
    aslMarks(input);
    expect(input.map((m) => m.startTime)).toEqual([30, 10]);
  });

  it('should mark every note of the demo title, each at its cue', () => {
    const { title } = readTitleFolder('sound-of-metal');
    const notes = title?.aslNotes ?? [];
    expect(notes.length).toBeGreaterThan(0);
    const marks = aslMarks(aslMoments(notes), title?.manifest.duration);
    expect(marks.map((m) => m.time)).toEqual(notes.map((n) => n.cue.startTime).sort((a, b) => a - b));
  });
});

describe(aslMoments.name, () => {
  it('should keep the note and only the times of its cue', () => {
    const moment = aslMoments([{ cue: { startTime: 1, endTime: 2 }, note: note('DEAF') }]);
    expect(moment).toEqual([{ startTime: 1, endTime: 2, note: note('DEAF') }]);
  });
});
