import { describe, expect, it } from 'vitest';
import { embedFrameAncestors, isEmbedPath, parseEmbedOrigins } from '../../../components/embed/embed-origins';

describe(parseEmbedOrigins.name, () => {
  it.each([undefined, '', '  ', '*'])('should allow any site for %j', (value) => {
    expect(parseEmbedOrigins(value)).toEqual({ allowed: 'any', problems: [] });
  });

  it('should read origins separated by spaces or commas', () => {
    expect(parseEmbedOrigins('https://news.example, http://localhost:4000 https://blog.example/')).toEqual({
      allowed: ['https://news.example', 'http://localhost:4000', 'https://blog.example'],
      problems: [],
    });
  });

  it.each(['news.example', 'https://news.example/path', 'javascript:alert(1)', "'none'", 'ftp://x.example'])(
    'should leave out and name %s',
    (entry) => {
      const { allowed, problems } = parseEmbedOrigins(`https://ok.example ${entry}`);
      expect(allowed).toEqual(['https://ok.example']);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(entry);
    },
  );
});

describe(embedFrameAncestors.name, () => {
  it('should allow any site with *', () => {
    expect(embedFrameAncestors({ allowed: 'any', problems: [] })).toEqual(['*']);
  });

  it('should list the site itself and the allowed origins', () => {
    expect(embedFrameAncestors({ allowed: ['https://news.example'], problems: [] })).toEqual([
      "'self'",
      'https://news.example',
    ]);
  });

  it('should allow only the site itself when no origin was usable', () => {
    expect(embedFrameAncestors({ allowed: [], problems: ['x'] })).toEqual(["'self'"]);
  });
});

describe(isEmbedPath.name, () => {
  it.each([
    ['/embed/sound-of-metal', true],
    ['/embed/', true],
    ['/embed', false],
    ['/embedded', false],
    ['/watch/sound-of-metal', false],
    ['/', false],
  ])('%s → %s', (path, expected) => {
    expect(isEmbedPath(path)).toBe(expected);
  });
});
