import { describe, expect, it } from 'vitest';
import { isAudioFile, isMediaFile, isVideoFile } from '../../components/play/play-session';

describe(isAudioFile.name, () => {
  it.each([
    ['talk.mp3', 'audio/mpeg', true],
    ['talk.ogg', 'audio/ogg', true],
    ['talk.wav', 'audio/wav', true],
    ['talk.mp3', '', true],
    ['talk.ogg', '', true],
    ['talk.oga', '', true],
    ['talk.WAV', '', true],
    ['talk.flac', '', true],
    ['film.ogv', '', false],
    ['film.webm', 'video/webm', false],
    ['film.en.vtt', 'text/vtt', false],
    ['notes.txt', '', false],
  ])('%s (%j) → %s', (name, type, expected) => {
    expect(isAudioFile({ name, type })).toBe(expected);
  });
});

describe(isMediaFile.name, () => {
  it.each([
    ['film.webm', 'video/webm', true],
    ['film.mkv', '', true],
    ['talk.mp3', 'audio/mpeg', true],
    ['talk.ogg', '', true],
    ['film.en.srt', 'application/x-subrip', false],
    ['film.en.vtt', '', false],
  ])('%s (%j) → %s', (name, type, expected) => {
    expect(isMediaFile({ name, type })).toBe(expected);
  });

  it('should no longer take an untyped .ogg for a video', () => {
    expect(isVideoFile({ name: 'talk.ogg', type: '' })).toBe(false);
  });
});
