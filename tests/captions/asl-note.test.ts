import { describe, expect, it } from 'vitest';
import { parseAslNote } from '../../captions/asl-note';
import type { AslNote } from '../../captions/model';

const note: AslNote = {
  gloss: 'DEAF',
  title: 'Deaf, as an identity',
  body: 'Signed with pride at the dinner table.',
  handshape: 'Index finger',
  location: 'Cheek near the ear, then the chin',
  movement: 'Touches twice',
  dictionary: { name: 'Handspeak', url: 'https://www.handspeak.com/word/1/' },
};

const withField = (field: string, value: unknown) => JSON.stringify({ ...note, [field]: value });

describe(parseAslNote.name, () => {
  it('accepts a complete note', () => {
    expect(parseAslNote(JSON.stringify(note))).toEqual({ ok: true, note });
  });

  it.each(['DEAF', 'THANK-YOU', 'SIGN NAME', 'A', 'CODA2', 'FS-JOHN'])('accepts the gloss %s', (gloss) => {
    expect(parseAslNote(withField('gloss', gloss)).ok).toBe(true);
  });

  it.each(['deaf', 'Deaf', ' DEAF', 'DEAF ', 'SIGN  NAME', '1DEAF', '-DEAF', 'DÉAF', 'DEAF_NOW', ''])(
    'rejects the gloss %j',
    (gloss) => {
      const result = parseAslNote(withField('gloss', gloss));
      expect(result).toMatchObject({ ok: false });
      if (!result.ok) expect(result.message).toContain('"gloss"');
    },
  );

  it.each(['title', 'body', 'handshape', 'location', 'movement'])(
    'rejects an empty or missing %s',
    (field) => {
      for (const value of ['', '   ', 3, null, undefined]) {
        const result = parseAslNote(withField(field, value));
        expect(result).toMatchObject({ ok: false, message: expect.stringContaining(`"${field}"`) });
      }
    },
  );

  it.each([
    ['http URL', { name: 'Handspeak', url: 'http://www.handspeak.com/' }],
    ['relative URL', { name: 'Handspeak', url: '/word/1' }],
    ['javascript URL', { name: 'x', url: 'javascript:alert(1)' }],
    ['empty name', { name: '', url: 'https://www.handspeak.com/' }],
    ['missing url', { name: 'Handspeak' }],
    ['extra key', { name: 'Handspeak', url: 'https://www.handspeak.com/', id: 1 }],
    ['string', 'https://www.handspeak.com/'],
    ['array', []],
  ])('rejects a dictionary with %s', (_name, dictionary) => {
    const result = parseAslNote(withField('dictionary', dictionary));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('dictionary') });
  });

  it.each([
    ['not JSON', '{gloss: DEAF}'],
    ['empty text', ''],
    ['an array', '[]'],
    ['null', 'null'],
    ['a string', '"DEAF"'],
    ['an unknown field', withField('handShape', 'x')],
  ])('rejects %s without throwing', (_name, text) => {
    expect(parseAslNote(text)).toMatchObject({ ok: false, message: expect.any(String) });
  });
});
