import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../components/embed/image-size';
import { embedSize, oembedAnswer, type OembedTitle } from '../../../components/embed/oembed';

const SITE = 'https://captions.example';
const TITLE: OembedTitle = {
  slug: 'sound-of-metal',
  title: 'Sound of "Metal" & <Friends>',
  duration: 117.184,
  captionLanguages: ['en', 'es'],
  poster: { src: '/media/sound-of-metal/poster.jpg', width: 854, height: 480 },
};
const site = {
  origins: [SITE, 'http://127.0.0.1:3700'],
  title: (slug: string) => (slug === TITLE.slug ? TITLE : null),
};
const answer = (query: Record<string, string>) => oembedAnswer(new URLSearchParams(query), site);
const ok = (query: Record<string, string>) => {
  const result = answer(query);
  if (result.status !== 200) throw new Error(`expected 200, got ${result.status}: ${result.body.error}`);
  return result.body;
};

describe(oembedAnswer.name, () => {
  describe('given a watch page of this site', () => {
    const body = ok({ url: `${SITE}/watch/sound-of-metal`, format: 'json' });

    it('should answer a video with every field the spec asks for', () => {
      expect(body).toMatchObject({
        type: 'video',
        version: '1.0',
        title: TITLE.title,
        provider_name: 'Caption Companion',
        provider_url: `${SITE}/`,
        width: 640,
        height: 360,
        thumbnail_url: `${SITE}/media/sound-of-metal/poster.jpg`,
        thumbnail_width: 854,
        thumbnail_height: 480,
      });
    });

    it('should embed an iframe of the embed page, sized and named after the title', () => {
      expect(body.html).toBe(
        `<iframe src="${SITE}/embed/sound-of-metal" width="640" height="360" ` +
          'title="Sound of &quot;Metal&quot; &amp; &lt;Friends&gt;: accessible trailer player" ' +
          'allow="fullscreen; picture-in-picture" allowfullscreen loading="lazy" ' +
          'referrerpolicy="strict-origin-when-cross-origin" style="border:0;max-width:100%"></iframe>',
      );
    });
  });

  it('should accept an embed page and format left out', () => {
    expect(ok({ url: `${SITE}/embed/sound-of-metal` }).type).toBe('video');
  });

  it('should answer for the other origin it serves, with links on that origin', () => {
    const body = ok({ url: 'http://127.0.0.1:3700/watch/sound-of-metal' });
    expect(body.html).toContain('src="http://127.0.0.1:3700/embed/sound-of-metal"');
    expect(body.provider_url).toBe('http://127.0.0.1:3700/');
  });

  it("should carry the page's embed options over, ignoring unusable ones", () => {
    const body = ok({ url: `${SITE}/watch/sound-of-metal?t=83.5&captions=es&ad=1&muted=1&x=<y>` });
    expect(body.html).toContain(
      `src="${SITE}/embed/sound-of-metal?t=83.5&amp;captions=es&amp;ad=1&amp;muted=1"`,
    );
  });

  describe('given size limits', () => {
    it.each([
      [{}, 640, 360],
      [{ maxwidth: '480' }, 480, 270],
      [{ maxwidth: '1000' }, 1000, 563],
      [{ maxwidth: '5000' }, 1280, 720],
      [{ maxheight: '180' }, 320, 180],
      [{ maxwidth: '1280', maxheight: '400' }, 711, 400],
      [{ maxwidth: '200' }, 200, 113],
    ])('%j → %i×%i', (limits, width, height) => {
      const body = ok({ url: `${SITE}/watch/sound-of-metal`, ...limits });
      expect([body.width, body.height]).toEqual([width, height]);
      expect(body.html).toContain(`width="${width}" height="${height}"`);
    });

    it.each([
      ['maxwidth', '-5'],
      ['maxwidth', 'wide'],
      ['maxheight', '0'],
      ['maxheight', '1e3'],
    ])('should refuse %s=%s with a 400 naming it', (name, value) => {
      const result = answer({ url: `${SITE}/watch/sound-of-metal`, [name]: value });
      expect(result.status).toBe(400);
      expect(result.body).toEqual({ error: expect.stringContaining(name) });
    });
  });

  describe('given bad or foreign URLs', () => {
    it.each([
      ['another site', 'https://evil.example/watch/sound-of-metal'],
      ['another port', 'https://captions.example:8443/watch/sound-of-metal'],
      ['a title that does not exist', `${SITE}/watch/no-such-title`],
      ['a page that is not a watch page', `${SITE}/accessibility`],
      ['the transcript page', `${SITE}/watch/sound-of-metal/transcript`],
      ['a relative URL', '/watch/sound-of-metal'],
      ['not a URL', 'http://'],
      ['a javascript: URL', 'javascript:alert(1)'],
      ['a path with traversal', `${SITE}/watch/../embed/sound-of-metal/..%2F..`],
    ])('should answer 404 with a JSON error for %s', (_name, url) => {
      const result = answer({ url });
      expect(result.status).toBe(404);
      expect(result.body).toEqual({ error: expect.any(String) });
    });

    it('should answer 400 when url is missing', () => {
      expect(answer({}).status).toBe(400);
    });

    it('should answer 501 for a format other than json', () => {
      expect(answer({ url: `${SITE}/watch/sound-of-metal`, format: 'xml' })).toEqual({
        status: 501,
        body: { error: expect.stringContaining('xml') },
      });
    });

    it('should never throw, whatever the parameters', () => {
      for (const url of ['', ' ', '%', '\u0000', 'http://[::1', `${SITE}/watch/${'a'.repeat(10_000)}`])
        expect(() => answer({ url, maxwidth: url, maxheight: url, format: 'json' })).not.toThrow();
    });
  });
});

describe(embedSize.name, () => {
  it('should keep 16:9 at every width', () => {
    for (const max of [320, 333, 640, 999, 1280]) {
      const { width, height } = embedSize(max, null);
      expect(Math.abs(height - (width * 9) / 16)).toBeLessThanOrEqual(0.5);
    }
  });
});

describe(imageSize.name, () => {
  it("should read the shipped poster's size", () => {
    const poster = readFileSync(path.join(process.cwd(), 'public/media/sound-of-metal/poster.jpg'));
    expect(imageSize(poster)).toEqual({ width: 854, height: 480 });
  });

  it('should read a PNG header', () => {
    const png = new Uint8Array(24);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    png.set([0, 0, 1, 0], 16);
    png.set([0, 0, 0, 200], 20);
    expect(imageSize(png)).toEqual({ width: 256, height: 200 });
  });

  it.each([
    ['no bytes', new Uint8Array()],
    ['text', new TextEncoder().encode('not an image at all')],
    ['a truncated JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00])],
  ])('should give null for %s', (_name, bytes) => {
    expect(imageSize(bytes)).toBeNull();
  });
});
