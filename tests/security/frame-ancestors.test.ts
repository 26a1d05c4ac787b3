import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, frameAncestorsFor } from '../../proxy';

const frameAncestors = (policy: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith('frame-ancestors '))
    ?.slice('frame-ancestors '.length);

describe(frameAncestorsFor.name, () => {
  it.each(['/', '/watch/sound-of-metal', '/watch/sound-of-metal/transcript', '/play', '/embed', '/embedded'])(
    'should let no site frame %s',
    (path) => {
      expect(frameAncestorsFor(path, undefined)).toEqual(["'none'"]);
      expect(frameAncestorsFor(path, 'https://news.example')).toEqual(["'none'"]);
    },
  );

  it('should let any site frame an embed page by default', () => {
    expect(frameAncestorsFor('/embed/sound-of-metal', undefined)).toEqual(['*']);
  });

  it('should let only EMBED_ORIGINS (and the site) frame an embed page when it is set', () => {
    expect(frameAncestorsFor('/embed/sound-of-metal', 'https://news.example https://bad/path')).toEqual([
      "'self'",
      'https://news.example',
    ]);
  });
});

describe(contentSecurityPolicy.name, () => {
  it("should keep frame-ancestors 'none' unless told otherwise", () => {
    expect(frameAncestors(contentSecurityPolicy(["'nonce-x'"]))).toBe("'none'");
  });

  it('should change only frame-ancestors for an embed page', () => {
    const page = contentSecurityPolicy(["'nonce-x'"]);
    const embed = contentSecurityPolicy(["'nonce-x'"], { frameAncestors: ['*'] });
    expect(frameAncestors(embed)).toBe('*');
    expect(embed.replace('frame-ancestors *', "frame-ancestors 'none'")).toBe(page);
  });
});
