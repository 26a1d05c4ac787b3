// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  followsCaptionOffset,
  keepCaptionOffset,
  shiftTextTrack,
} from '../../components/media/caption-offset';

type FakeCue = { startTime: number; endTime: number; text: string };

/** A TextTrack as the media layer sees it: a kind and a list of cues whose times can be set. */
function fakeTrack(
  kind: string,
  times: [number, number][],
): TextTrack & { list: FakeCue[]; changes: number } {
  const list = times.map(([startTime, endTime], i) => ({ startTime, endTime, text: `cue ${i}` }));
  const track = Object.assign(new EventTarget(), { kind, cues: list, list, changes: 0 });
  track.addEventListener('cuechange', () => (track.changes += 1));
  return track as unknown as TextTrack & { list: FakeCue[]; changes: number };
}

const timesOf = (track: { list: FakeCue[] }) => track.list.map((c) => [c.startTime, c.endTime]);

describe(shiftTextTrack.name, () => {
  it.each<[string, number, [number, number][]]>([
    [
      'later',
      300,
      [
        [1.3, 2.3],
        [3.481, 4.3],
      ],
    ],
    [
      'earlier',
      -300,
      [
        [0.7, 1.7],
        [2.881, 3.7],
      ],
    ],
    [
      'earlier than the start',
      -1500,
      [
        [0, 0.5],
        [1.681, 2.5],
      ],
    ],
    [
      'so early a cue ends before 0',
      -2500,
      [
        [0, 0],
        [0.681, 1.5],
      ],
    ],
    [
      'by nothing',
      0,
      [
        [1, 2],
        [3.181, 4],
      ],
    ],
  ])('should move the cues %s (%d ms) from their file times', (_, offset, expected) => {
    const track = fakeTrack('captions', [
      [1, 2],
      [3.181, 4],
    ]);
    shiftTextTrack(track, offset);
    expect(timesOf(track)).toEqual(expected);
  });

  it('should apply each offset to the file times, so steps never accumulate and Reset is exact', () => {
    const track = fakeTrack('captions', [[8.181, 9.019]]);
    for (let step = 1; step <= 30; step += 1) shiftTextTrack(track, step * 100);
    expect(timesOf(track)).toEqual([[11.181, 12.019]]);
    shiftTextTrack(track, -2500);
    shiftTextTrack(track, -9000);
    shiftTextTrack(track, 0);
    expect(timesOf(track)).toEqual([[8.181, 9.019]]);
  });

  it('should leave a track without cues alone', () => {
    expect(() => shiftTextTrack({ kind: 'captions', cues: null } as TextTrack, 300)).not.toThrow();
  });

  it('should fire cuechange when a cue moved (Chromium may not, while paused), and only then', () => {
    const track = fakeTrack('captions', [[1, 2]]);
    shiftTextTrack(track, 0);
    expect(track.changes).toBe(0);
    shiftTextTrack(track, 300);
    expect(track.changes).toBe(1);
    shiftTextTrack(track, 300);
    expect(track.changes).toBe(1);
    shiftTextTrack(track, 0);
    expect(track.changes).toBe(2);
  });
});

describe(followsCaptionOffset.name, () => {
  it.each<[string, boolean]>([
    ['captions', true],
    ['subtitles', true],
    ['descriptions', false],
    ['chapters', false],
    ['metadata', false],
  ])('%s → %s', (kind, expected) => {
    expect(followsCaptionOffset({ kind } as TextTrack)).toBe(expected);
  });
});

describe(keepCaptionOffset.name, () => {
  /** A <video> with two loaded tracks and a <track> whose cues arrive later. */
  function player() {
    const video = document.createElement('video');
    const captions = fakeTrack('captions', [[1, 2]]);
    const descriptions = fakeTrack('descriptions', [[1, 2]]);
    const late = fakeTrack('subtitles', []);
    const lateElement = document.createElement('track');
    Object.defineProperty(lateElement, 'track', { value: late });
    video.append(lateElement);
    Object.defineProperty(video, 'textTracks', { value: [captions, descriptions, late] });
    return { video, captions, descriptions, late, lateElement };
  }

  it('should move the caption and subtitle tracks only, also one that loads later', () => {
    const { video, captions, descriptions, late, lateElement } = player();
    keepCaptionOffset(video, 500);
    expect(timesOf(captions)).toEqual([[1.5, 2.5]]);
    expect(timesOf(descriptions)).toEqual([[1, 2]]);
    late.list.push({ startTime: 4, endTime: 5, text: 'loaded' });
    lateElement.dispatchEvent(new Event('load'));
    expect(timesOf(late)).toEqual([[4.5, 5.5]]);
  });

  it('should stop following loads after the undo', () => {
    const { video, late, lateElement } = player();
    keepCaptionOffset(video, 500)();
    late.list.push({ startTime: 4, endTime: 5, text: 'loaded' });
    lateElement.dispatchEvent(new Event('load'));
    expect(timesOf(late)).toEqual([[4, 5]]);
  });
});
