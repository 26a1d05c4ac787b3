import { describe, expect, it } from 'vitest';
import { captionChoices, selectedCaptionTrack } from '../../components/player/caption-tracks';
import type { PlayerTrack } from '../../components/player/player-track';

const track = (
  kind: PlayerTrack['kind'],
  srclang: string,
  extra: Partial<PlayerTrack> = {},
): PlayerTrack => ({
  kind,
  srclang,
  label: `${kind} ${srclang}`,
  url: `/captions/t/${srclang}.${kind}.vtt`,
  default: false,
  available: true,
  ...extra,
});

const en = track('captions', 'en', { default: true });
const enSubs = track('subtitles', 'en');
const es = track('subtitles', 'es');
const chapters = track('chapters', 'en');
const tracks = [enSubs, en, es, chapters];

describe(captionChoices.name, () => {
  it('should offer captions and subtitles in manifest order', () => {
    expect(captionChoices(tracks)).toEqual([enSubs, en, es]);
  });
});

describe(selectedCaptionTrack.name, () => {
  it.each<[string | null, PlayerTrack | null]>([
    [null, en],
    ['off', null],
    ['en', en],
    ['es', es],
    ['fr', null],
  ])('language %j → the right track', (language, expected) => {
    expect(selectedCaptionTrack(tracks, language)).toBe(expected);
  });

  it('should fall back to the first usable track when the default is unavailable', () => {
    expect(selectedCaptionTrack([{ ...en, available: false }, es], null)).toBe(es);
  });
});
