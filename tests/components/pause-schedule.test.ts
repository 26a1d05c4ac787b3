import { describe, expect, it } from 'vitest';
import { createTimeIndex } from '../../captions/time-index';
import { delayUntil, nextPausePoint, PAUSE_LEAD } from '../../components/player/pause-schedule';
import { marksAt, previewText, type SeekMark } from '../../components/player/seek-bar';

const cue = (startTime: number, endTime: number) => ({ startTime, endTime });
const index = createTimeIndex([cue(1, 3), cue(3, 5), cue(4, 4.5), cue(8, 9)]);

describe(nextPausePoint.name, () => {
  it.each([
    ['inside a caption: its end', 2, -1, { kind: 'end', time: 3 }],
    ['at a back-to-back start: the new caption’s end', 3, -1, { kind: 'end', time: 5 }],
    ['with overlapping captions: the earliest end', 4.2, -1, { kind: 'end', time: 4.5 }],
    ['between captions: the next start', 6, -1, { kind: 'start', time: 8 }],
    ['before the first caption: its start', 0, -1, { kind: 'start', time: 1 }],
    ['just before an end already paused at: the next start', 2.95, 3, { kind: 'start', time: 3 }],
    ['after the last caption: nothing', 9.5, -1, null],
  ])('should give, %s', (_, t, handledEnd, expected) => {
    expect(nextPausePoint(index, t, handledEnd)).toEqual(expected);
  });
});

describe(delayUntil.name, () => {
  it('should aim one lead before a caption’s end, scaled by the rate', () => {
    expect(delayUntil({ kind: 'end', time: 3 }, 2, 1)).toBeCloseTo((1 - PAUSE_LEAD) * 1000);
    expect(delayUntil({ kind: 'end', time: 3 }, 2, 2)).toBeCloseTo(((1 - PAUSE_LEAD) / 2) * 1000);
  });

  it('should aim at a start itself, and never be negative', () => {
    expect(delayUntil({ kind: 'start', time: 8 }, 6, 1)).toBeCloseTo(2000);
    expect(delayUntil({ kind: 'end', time: 3 }, 2.99, 1)).toBe(0);
  });
});

describe(previewText.name, () => {
  const marks: SeekMark[] = [
    { time: 0, label: 'Opening', kind: 'chapter' },
    { time: 30, label: 'The letter', kind: 'chapter' },
    { time: 31, label: 'HELLO', kind: 'asl' },
  ];

  it('should name the time and the chapter it falls in', () => {
    expect(previewText(12, 100, marks)).toBe('0:12 · Opening');
  });

  it('should name an ASL note near the time', () => {
    expect(previewText(31.5, 100, marks)).toBe('0:31 · The letter · ASL: HELLO');
  });

  it('should give the time alone without marks', () => {
    expect(previewText(65, 100, [])).toBe('1:05');
  });
});

describe(marksAt.name, () => {
  const marks: SeekMark[] = [
    { time: 30, label: 'The letter', kind: 'chapter' },
    { time: 31, label: 'HELLO', kind: 'asl' },
  ];

  it('should move ASL notes with the caption offset, and keep chapters where the video has them', () => {
    expect(marksAt(marks, 1500)).toEqual([
      { time: 30, label: 'The letter', kind: 'chapter' },
      { time: 32.5, label: 'HELLO', kind: 'asl' },
    ]);
    expect(marksAt(marks, -2000)[1]!.time).toBe(29);
  });

  it('should give the marks as they are without an offset', () => {
    expect(marksAt(marks, 0)).toBe(marks);
  });
});
