import { describe, expect, it } from 'vitest';
import { readTitleFolder, type LoadedTitle } from '../../captions/title-folder';
import { titleOffers } from '../../captions/title-offers';

const demo = (): LoadedTitle => {
  const { title } = readTitleFolder('sound-of-metal');
  if (!title) throw new Error('the demo title does not load');
  return title;
};
const ids = (title: LoadedTitle) => titleOffers(title).map((offer) => offer.id);

describe(titleOffers.name, () => {
  it('should read every offer of the demo title from its tracks, in order', () => {
    expect(ids(demo())).toEqual(['captions', 'subtitles', 'descriptions', 'transcript', 'asl-notes']);
    expect(titleOffers(demo()).map((offer) => offer.short)).toEqual([
      'CC',
      'Subtitles',
      'AD',
      'Transcript',
      'ASL notes',
    ]);
  });

  it('should name the subtitle languages', () => {
    expect(titleOffers(demo()).find((offer) => offer.id === 'subtitles')?.label).toBe('Subtitles: Español');
  });

  it('should offer a sign video only when the manifest names one', () => {
    const title = demo();
    title.manifest.signLanguageVideo = [{ src: '/media/x/interpreter.webm', type: 'video/webm' }];
    expect(ids(title)).toContain('sign-video');
    title.manifest.signLanguageVideo = [];
    expect(ids(title)).not.toContain('sign-video');
  });

  it('should offer nothing for a track that failed to parse, and no notes without notes', () => {
    const title = demo();
    for (const track of title.tracks) {
      if (track.kind !== 'descriptions') track.parsed = { ...track.parsed, valid: false };
    }
    title.aslNotes = [];
    expect(ids(title)).toEqual(['descriptions', 'transcript']);
  });

  it('should offer no transcript without captions or descriptions', () => {
    const title = demo();
    title.tracks = title.tracks.filter((t) => t.kind !== 'captions' && t.kind !== 'descriptions');
    expect(ids(title)).toEqual(['subtitles', 'asl-notes']);
  });
});
