import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EMBED_OPTIONS,
  embedSearch,
  parseEmbedOptions,
} from '../../../components/embed/embed-options';

const title = { duration: 117.184, captionLanguages: ['en', 'es'] };
const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query), title);

describe(parseEmbedOptions.name, () => {
  it('should give the defaults for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it('should read every option', () => {
    expect(parse('t=83.5&captions=es&ad=1&muted=1')).toEqual({
      startTime: 83.5,
      captions: 'es',
      descriptions: true,
      muted: true,
    });
  });

  it.each([
    ['t=-1', 'a negative time'],
    ['t=500', 'a time past the end'],
    ['t=1e2', 'an exponent'],
    ['t=3&t=4', 'a repeated time'],
    ['captions=fr', 'a language the title lacks'],
    ['captions=<script>', 'markup as a language'],
    ['ad=true', 'a flag other than 1'],
    ['muted=yes&ad=0', 'flags other than 1'],
  ])('should ignore %s (%s)', (query) => {
    expect(parse(query)).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it('should accept captions=off', () => {
    expect(parse('captions=off').captions).toBe('off');
  });
});

describe(embedSearch.name, () => {
  it.each([
    [DEFAULT_EMBED_OPTIONS, ''],
    [{ ...DEFAULT_EMBED_OPTIONS, startTime: 0 }, ''],
    [{ ...DEFAULT_EMBED_OPTIONS, startTime: 12.3456 }, '?t=12.346'],
    [{ startTime: 5, captions: 'off', descriptions: true, muted: true }, '?t=5&captions=off&ad=1&muted=1'],
  ])('%j → %s', (options, expected) => {
    expect(embedSearch(options)).toBe(expected);
  });

  it('should round-trip through parseEmbedOptions', () => {
    const options = { startTime: 42.5, captions: 'es', descriptions: true, muted: false };
    expect(parse(embedSearch(options).slice(1))).toEqual(options);
  });
});
