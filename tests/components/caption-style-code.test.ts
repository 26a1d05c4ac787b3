import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTION_PRESETS } from '../../components/player/caption-style';
import {
  captionStyleLink,
  decodeCaptionStyle,
  encodeCaptionStyle,
} from '../../components/preferences/caption-style-code';
import {
  CAPTION_FONTS,
  DEFAULT_CAPTION_STYLE,
  DEFAULT_PREFERENCES,
  EDGE_STYLES,
  readPreferences,
  writePreferences,
  type CaptionStyle,
} from '../../components/preferences/preferences';

const hexColor = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
const opacity = fc.integer({ min: 0, max: 100 }).map((p) => p / 100);

/** Every style the caption settings can produce: whole-percent sizes and opacities, any colour. */
const captionStyle: fc.Arbitrary<CaptionStyle> = fc.record({
  font: fc.constantFrom(...CAPTION_FONTS),
  size: fc.integer({ min: 50, max: 400 }),
  textColor: hexColor,
  textOpacity: opacity,
  backgroundColor: hexColor,
  backgroundOpacity: opacity,
  windowColor: hexColor,
  windowOpacity: opacity,
  edge: fc.constantFrom(...EDGE_STYLES),
});

describe(encodeCaptionStyle.name, () => {
  it('should give a short, versioned, URL-safe code', () => {
    const code = encodeCaptionStyle(DEFAULT_CAPTION_STYLE);
    expect(code).toMatch(/^cs1\.[A-Za-z0-9_-]{23}$/);
    expect(encodeURIComponent(code)).toBe(code);
  });

  it('should round-trip every valid style through decodeCaptionStyle', () => {
    fc.assert(
      fc.property(captionStyle, (style) => {
        expect(decodeCaptionStyle(encodeCaptionStyle(style))).toEqual({ ok: true, style });
      }),
      { numRuns: 2000 },
    );
  });

  it('should give a style the preferences accept unchanged', () => {
    fc.assert(
      fc.property(captionStyle, (style) => {
        const decoded = decodeCaptionStyle(encodeCaptionStyle(style));
        if (!decoded.ok) throw new Error(decoded.error.message);
        const stored = writePreferences({ ...DEFAULT_PREFERENCES, captionStyle: decoded.style });
        expect(readPreferences(stored).captionStyle).toEqual(style);
      }),
      { numRuns: 300 },
    );
  });

  // A preset without a size keeps the viewer's; over the default it is a whole style.
  it.each(
    CAPTION_PRESETS.map((preset) => [preset.name, { ...DEFAULT_CAPTION_STYLE, ...preset.style }] as const),
  )('should round-trip the %s preset', (_, style) => {
    expect(decodeCaptionStyle(encodeCaptionStyle(style))).toEqual({ ok: true, style });
  });

  it('should write uppercase colours in lowercase and round finer values to whole percent', () => {
    const style = { ...DEFAULT_CAPTION_STYLE, textColor: '#FFCC00', size: 137.4, backgroundOpacity: 0.333 };
    expect(decodeCaptionStyle(encodeCaptionStyle(style))).toEqual({
      ok: true,
      style: { ...style, textColor: '#ffcc00', size: 137, backgroundOpacity: 0.33 },
    });
  });
});

describe(decodeCaptionStyle.name, () => {
  const code = encodeCaptionStyle({ ...DEFAULT_CAPTION_STYLE, size: 200, edge: 'uniform' });

  it('should find a code in a link or in pasted text around it', () => {
    const expected = { ok: true, style: { ...DEFAULT_CAPTION_STYLE, size: 200, edge: 'uniform' as const } };
    expect(
      decodeCaptionStyle(captionStyleLink('https://example.org/watch/x?t=5#old', expected.style)),
    ).toEqual(expected);
    expect(decodeCaptionStyle(`  My style: ${code}  `)).toEqual(expected);
  });

  it.each([
    ['', 'not-a-code'],
    ['hello', 'not-a-code'],
    ['cs0.AAAA', 'not-a-code'],
    ['cs1.', 'damaged'],
    ['cs1.AAAA', 'damaged'],
    [code.slice(0, -2), 'damaged'],
    [`${code}AA`, 'damaged'],
    ['cs1.!!!!', 'damaged'],
    ['cs2.AAAAAAAAAAAAAAAAAAAAAAA', 'newer-version'],
    ['cs13.x', 'newer-version'],
  ])('%j → %s', (text, kind) => {
    const result = decodeCaptionStyle(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe(kind);
  });

  it('should name the newer version and say what to do', () => {
    expect(decodeCaptionStyle('cs2.abc')).toEqual({
      ok: false,
      error: {
        kind: 'newer-version',
        message:
          'This caption style code (cs2) comes from a newer version of this site: reload the page, then try again',
      },
    });
  });

  it('should refuse a code with one character changed (checksum)', () => {
    const last = code.at(-1) === 'A' ? 'B' : 'A';
    const changed = code.slice(0, 6) + (code[6] === 'A' ? 'B' : 'A') + code.slice(7);
    expect(decodeCaptionStyle(changed).ok).toBe(false);
    expect(decodeCaptionStyle(code.slice(0, -1) + last).ok).toBe(false);
  });

  it('should never throw, and give either an error or a valid style, on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `cs1.${s}`),
          fc.base64String().map((s) => `cs1.${s}`),
        ),
        (text) => {
          const result = decodeCaptionStyle(text);
          if (result.ok) expect(decodeCaptionStyle(encodeCaptionStyle(result.style))).toEqual(result);
          else expect(result.error.message).not.toBe('');
        },
      ),
      { numRuns: 2000 },
    );
  });
});
