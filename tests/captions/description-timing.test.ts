import { describe, expect, it } from 'vitest';
import { cuePlainText } from '../../captions/cue-text-plain';
import { readTitleFolder } from '../../captions/title-folder';
import { isSoundCue } from '../../captions/transcript';
import {
  availableSeconds,
  dialogueIndex,
  estimateSpeechSeconds,
  needsExtendedPause,
  WORDS_PER_MINUTE,
} from '../../captions/description-timing';

const cue = (startTime: number, endTime: number) => ({ startTime, endTime });

describe(estimateSpeechSeconds.name, () => {
  const perWord = 60 / WORDS_PER_MINUTE;
  it.each([
    ['', 1, 0],
    ['   \n ', 1, 0],
    ['one', 1, perWord],
    ['one two  three\nfour', 1, 4 * perWord],
    ['one two', 2, perWord],
    ['one two', 0.5, 4 * perWord],
    ['one', 0, perWord],
    ['one', -1, perWord],
    ['one', Number.NaN, perWord],
  ])('should estimate %j at rate %d as %d seconds', (text, rate, seconds) => {
    expect(estimateSpeechSeconds(text, rate)).toBeCloseTo(seconds, 9);
  });
});

describe(availableSeconds.name, () => {
  const dialogue = dialogueIndex([cue(5, 8), cue(20, 22)]);
  it.each([
    ['up to the next dialogue when it comes before the end', cue(1, 10), 4],
    ['up to its end when dialogue comes later', cue(10, 15), 5],
    ['up to dialogue starting exactly at its end', cue(15, 20), 5],
    ['nothing when dialogue is under way at its start', cue(6, 9), 0],
    ['the whole gap when dialogue ended exactly at its start (half-open)', cue(8, 12), 4],
    ['up to its end after the last dialogue', cue(30, 33), 3],
  ])('should give %s', (_, description, seconds) => {
    expect(availableSeconds(description, dialogue)).toBeCloseTo(seconds, 9);
  });

  it('should give its whole length without dialogue', () => {
    expect(availableSeconds(cue(2, 4.5), dialogueIndex([]))).toBe(2.5);
  });
});

describe(needsExtendedPause.name, () => {
  const dialogue = dialogueIndex([cue(3, 6)]);
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  it('should not pause for a description read within its gap', () => {
    expect(needsExtendedPause({ ...cue(0, 10), text: words(7) }, dialogue)).toBe(false);
  });
  it('should pause for one that runs into dialogue', () => {
    expect(needsExtendedPause({ ...cue(0, 10), text: words(9) }, dialogue)).toBe(true);
  });
  it('should not pause for it when spoken twice as fast', () => {
    expect(needsExtendedPause({ ...cue(0, 10), text: words(9) }, dialogue, 2)).toBe(false);
  });

  it('should find that a slower voice needs more pauses in the demo title than the default one', () => {
    const { title } = readTitleFolder('sound-of-metal');
    const kind = (k: string) => title?.tracks.find((t) => t.kind === k)?.parsed.cues ?? [];
    const speech = dialogueIndex(kind('captions').filter((c) => !isSoundCue(cuePlainText(c.tree))));
    const descriptions = kind('descriptions').map((c) => ({ ...c, text: cuePlainText(c.tree) }));
    expect(descriptions.length).toBeGreaterThan(0);
    const pauses = (rate: number) => descriptions.filter((d) => needsExtendedPause(d, speech, rate)).length;
    expect(pauses(0.5)).toBeGreaterThan(pauses(1));
    expect(pauses(2)).toBeLessThanOrEqual(pauses(1));
  });
});
