// What the Orca journeys wait for: an utterance that says a phrase. Orca's speech log holds one
// utterance a line, so a two-line caption arrives as one line with a space where the cue had a
// line break.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Speech } from '../../e2e/orca/speech';

let dir: string;
let log: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'speech-'));
  log = path.join(dir, 'speech.log');
  writeFileSync(log, 'Settings collapsed push button.\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('Speech.hasSaid', () => {
  it('should hear a two-line caption spoken as one utterance, whitespace aside', () => {
    const speech = new Speech(log);
    speech.clear();
    writeFileSync(log, 'Second narrator: This is a synthetic stand-in,  not the official trailer.\n', {
      flag: 'a',
    });
    expect(speech.hasSaid('This is a synthetic stand-in,\nnot the official trailer.')).toBe(true);
    expect(speech.hasSaid(/^Second narrator:/)).toBe(true);
  });

  it('should not hear what was said before the last action, or not at all', () => {
    const speech = new Speech(log);
    speech.clear();
    writeFileSync(log, 'Play push button.\n', { flag: 'a' });
    expect(speech.hasSaid('Settings')).toBe(false);
    expect(speech.hasSaid('Pause')).toBe(false);
    expect(speech.hasSaid('Play')).toBe(true);
  });
});
