import { describe, expect, it } from 'vitest';
import { decodeText } from '../../captions/decode-text';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM8 = [0xef, 0xbb, 0xbf];

function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(order === 'le' ? pair : pair.reverse()));
  }
  return new Uint8Array(bytes);
}

// Non-ASCII on purpose: a wrong guess at the encoding would show as mojibake here.
const SAMPLE = 'WEBVTT\n\n00:00.000 --> 00:01.000\nCafé ♪ 🎵 ¿Qué?\n';

describe(decodeText.name, () => {
  it.each([
    ['UTF-8 without a BOM', utf8(SAMPLE), 'utf-8', false],
    ['UTF-8 with a BOM', new Uint8Array([...BOM8, ...utf8(SAMPLE)]), 'utf-8', true],
    ['UTF-16 LE with a BOM', utf16(SAMPLE, 'le'), 'utf-16le', true],
    ['UTF-16 BE with a BOM', utf16(SAMPLE, 'be'), 'utf-16be', true],
  ] as const)('reads %s, dropping the mark', (_name, bytes, encoding, bom) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text: SAMPLE, encoding, bom });
  });

  it('drops only the first BOM: a second one is content', () => {
    const result = decodeText(new Uint8Array([...BOM8, ...BOM8, ...utf8('x')]));
    expect(result).toEqual(expect.objectContaining({ ok: true, text: '\uFEFFx' }));
  });

  it('reads zero bytes as empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8', bom: false });
  });

  it.each([
    ['Windows-1252 "é" (0xE9)', new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' au lait')])],
    ['a lone continuation byte', new Uint8Array([0x41, 0x80, 0x42])],
    ['a truncated 3-byte sequence at the end', new Uint8Array([...utf8('ok '), 0xe2, 0x99])],
    ['an overlong encoding of "/"', new Uint8Array([0xc0, 0xaf])],
    ['an encoded surrogate', new Uint8Array([0xed, 0xa0, 0x80])],
  ])('refuses invalid UTF-8: %s, saying so', (_name, bytes) => {
    const result = decodeText(bytes);
    expect(result.ok).toBe(false);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/not UTF-8/) });
  });

  it('refuses binary data with NUL bytes', () => {
    const result = decodeText(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x00, 0x00, 0x01, 0x42]));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/NUL|not UTF-8/) });
    expect(decodeText(utf8('WEBVTT\0\0\0\0garbage'))).toEqual({
      ok: false,
      message: expect.stringMatching(/binary/),
    });
  });

  it('recognises UTF-16 without a BOM and says how to fix it', () => {
    for (const order of ['le', 'be'] as const) {
      expect(decodeText(utf16(SAMPLE, order, false))).toEqual({
        ok: false,
        message: expect.stringMatching(/UTF-16 .*without a byte order mark/),
      });
    }
  });

  it('refuses UTF-16 that ends halfway through a character, and unpaired surrogates', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]))).toEqual({
      ok: false,
      message: expect.stringMatching(/halfway/),
    });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toEqual({
      ok: false,
      message: expect.stringMatching(/not valid UTF-16LE/),
    });
  });
});
