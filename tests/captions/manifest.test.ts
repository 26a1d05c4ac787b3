import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../captions/manifest';

const valid = () => ({
  slug: 'demo',
  title: 'Demo',
  year: 2020,
  synopsis: 'A film.',
  credits: [{ role: 'Director', name: 'Someone' }],
  poster: '/media/demo/poster.jpg',
  posterAlt: 'A poster',
  duration: 60,
  sources: [{ src: '/media/demo/a.webm', type: 'video/webm' }],
  tracks: [{ kind: 'captions', src: 'en.captions.vtt', srclang: 'en', label: 'English', default: true }],
});

describe(validateManifest.name, () => {
  it('should accept a complete manifest', () => {
    expect(validateManifest(valid(), 'demo')).toEqual({ manifest: valid(), errors: [] });
  });

  it('should accept an audio introduction', () => {
    const manifest = { ...valid(), audioIntroduction: { src: 'audio-introduction.txt', srclang: 'en' } };
    expect(validateManifest(manifest, 'demo')).toEqual({ manifest, errors: [] });
  });

  it.each<[string, (m: ReturnType<typeof valid>) => unknown, string]>([
    ['not an object', () => [], '(root)'],
    [
      'an audio introduction that is a string',
      (m) => ({ ...m, audioIntroduction: 'intro.txt' }),
      'audioIntroduction',
    ],
    [
      'an audio introduction that is not a .txt file',
      (m) => ({ ...m, audioIntroduction: { src: 'intro.vtt', srclang: 'en' } }),
      'audioIntroduction.src',
    ],
    [
      'an audio introduction outside the title folder',
      (m) => ({ ...m, audioIntroduction: { src: '../intro.txt', srclang: 'en' } }),
      'audioIntroduction.src',
    ],
    [
      'an audio introduction without a language',
      (m) => ({ ...m, audioIntroduction: { src: 'intro.txt' } }),
      'audioIntroduction.srclang',
    ],
    ['a slug that differs from the folder', (m) => ({ ...m, slug: 'other' }), 'slug'],
    ['an empty title', (m) => ({ ...m, title: ' ' }), 'title'],
    ['a year that is not an integer', (m) => ({ ...m, year: '2020' }), 'year'],
    ['a zero duration', (m) => ({ ...m, duration: 0 }), 'duration'],
    ['a poster outside the title media folder', (m) => ({ ...m, poster: '/elsewhere.jpg' }), 'poster'],
    ['no sources', (m) => ({ ...m, sources: [] }), 'sources'],
    [
      'a source without a type',
      (m) => ({ ...m, sources: [{ src: '/media/demo/a.webm' }] }),
      'sources[0].type',
    ],
    [
      'an unknown track kind',
      (m) => ({ ...m, tracks: [{ ...m.tracks[0], kind: 'audio' }] }),
      'tracks[0].kind',
    ],
    [
      'a track path that leaves the folder',
      (m) => ({ ...m, tracks: [{ ...m.tracks[0], src: '../x.vtt' }] }),
      'tracks[0].src',
    ],
    [
      'a bad language tag',
      (m) => ({ ...m, tracks: [{ ...m.tracks[0], srclang: 'english!' }] }),
      'tracks[0].srclang',
    ],
    [
      'two default captions tracks',
      (m) => ({ ...m, tracks: [m.tracks[0], { ...m.tracks[0], src: 'b.vtt' }] }),
      'tracks[1].default',
    ],
    ['no captions track', (m) => ({ ...m, tracks: [{ ...m.tracks[0], kind: 'chapters' }] }), 'tracks'],
    ['a credit without a name', (m) => ({ ...m, credits: [{ role: 'Director' }] }), 'credits[0].name'],
  ])('should name the field of %s', (_, change, field) => {
    const { manifest, errors } = validateManifest(change(valid()), 'demo');
    expect(manifest).toBeNull();
    expect(errors.map((e) => e.field)).toContain(field);
  });
});
