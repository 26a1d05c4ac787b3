import { describe, expect, it } from 'vitest';
import { readCaptionFile } from '../../captions/caption-file';
import type { PlayCaption, RefusedCaption } from '../../components/play/play-captions';
import { captionFilesStatus } from '../../components/play/play-session';

const read = (name: string, text: string): PlayCaption => {
  const file = readCaptionFile(name, new TextEncoder().encode(text));
  if (!file.ok) throw new Error(`${name} should be read: ${file.message}`);
  return { key: name, file, kind: 'captions', srclang: 'en' };
};
const GOOD = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nA fine cue.\n';
// Line 6 holds a timestamp that is not one; line 9 a cue that ends before it starts.
const BROKEN = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:03.000',
  'A fine cue.',
  '',
  '00:00:0x.000 --> 00:00:05.000',
  'Lost cue.',
  '',
  '00:00:09.000 --> 00:00:08.000',
  'Backwards cue.',
  '',
].join('\n');
const refused: RefusedCaption = { key: 'r', name: 'film.mp3', message: 'Not a caption file.' };

describe(captionFilesStatus.name, () => {
  it('should say how many files were read when none has errors', () => {
    expect(captionFilesStatus([read('good.vtt', GOOD)])).toBe('Read 1 caption file.');
  });

  it('should name a file with errors, how many, and the first with its line', () => {
    const broken = read('broken.vtt', BROKEN);
    const errors = broken.file.errors.filter((e) => e.severity === 'error');
    expect(errors.length).toBeGreaterThan(1);
    expect(errors[0]!.line).toBe(6);
    expect(captionFilesStatus([read('good.vtt', GOOD), broken])).toBe(
      `Read 2 caption files. broken.vtt has ${errors.length} errors; the first, line 6: ${errors[0]!.message}.`,
    );
  });

  it('should say how many files were refused, after what was read', () => {
    expect(captionFilesStatus([read('good.vtt', GOOD), refused])).toBe(
      'Read 1 caption file. Refused 1 file: see the report.',
    );
    expect(captionFilesStatus([refused])).toBe('Refused 1 file: see the report.');
  });
});
