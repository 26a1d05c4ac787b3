import { describe, expect, it } from 'vitest';
import {
  CAPTION_FONT_LABELS,
  CAPTION_FONT_STACKS,
  applyPreset,
  CAPTION_PRESETS,
  captionStyleVars,
  contrastRatio,
  edgeShadow,
  EDGE_STYLE_LABELS,
  isPresetStyle,
  parseColor,
  sameCaptionStyle,
  toRgba,
  worstCaseContrast,
} from '../../components/player/caption-style';
import {
  applyPatch,
  CAPTION_FONTS,
  DEFAULT_CAPTION_STYLE,
  DEFAULT_PREFERENCES,
  EDGE_STYLES,
} from '../../components/preferences/preferences';

const GENERIC_FAMILIES = ['sans-serif', 'serif', 'monospace', 'cursive'];

describe(captionStyleVars.name, () => {
  it('should set exactly the custom properties the overlay consumes', () => {
    expect(Object.keys(captionStyleVars(DEFAULT_CAPTION_STYLE)).sort()).toEqual(
      [
        '--caption-background',
        '--caption-color',
        '--caption-edge',
        '--caption-font',
        '--caption-scale',
        '--caption-variant',
        '--caption-window',
      ].sort(),
    );
  });

  it.each(CAPTION_FONTS)('should give %s a local font stack that ends in a generic family', (font) => {
    const vars = captionStyleVars({ ...DEFAULT_CAPTION_STYLE, font });
    expect(vars['--caption-font']).toBe(CAPTION_FONT_STACKS[font]);
    expect(GENERIC_FAMILIES).toContain(vars['--caption-font'].split(',').at(-1)?.trim());
    expect(vars['--caption-font']).not.toMatch(/url\(|https?:/);
    expect(CAPTION_FONT_LABELS[font]).toBeTruthy();
  });

  it('should give the seven families different stacks, except small capitals which differs by variant', () => {
    const stacks = CAPTION_FONTS.filter((f) => f !== 'small-capitals').map((f) => CAPTION_FONT_STACKS[f]);
    expect(new Set(stacks).size).toBe(stacks.length);
  });

  it.each(CAPTION_FONTS)('should set the small-caps variant only for small capitals (%s)', (font) => {
    const vars = captionStyleVars({ ...DEFAULT_CAPTION_STYLE, font });
    expect(vars['--caption-variant']).toBe(font === 'small-capitals' ? 'small-caps' : 'normal');
  });

  it.each([
    [50, '0.5'],
    [100, '1'],
    [150, '1.5'],
    [400, '4'],
  ])('should turn size %i%% into the scale %s', (size, scale) => {
    expect(captionStyleVars({ ...DEFAULT_CAPTION_STYLE, size })['--caption-scale']).toBe(scale);
  });

  it('should turn each colour and its opacity into rgba', () => {
    const vars = captionStyleVars({
      ...DEFAULT_CAPTION_STYLE,
      textColor: '#ffff00',
      textOpacity: 0.75,
      backgroundColor: '#102030',
      backgroundOpacity: 0.5,
      windowColor: '#ff0000',
      windowOpacity: 0,
    });
    expect(vars['--caption-color']).toBe('rgba(255, 255, 0, 0.75)');
    expect(vars['--caption-background']).toBe('rgba(16, 32, 48, 0.5)');
    expect(vars['--caption-window']).toBe('rgba(255, 0, 0, 0)');
  });

  it.each(EDGE_STYLES)('should map the %s edge to its own text-shadow', (edge) => {
    const shadow = captionStyleVars({ ...DEFAULT_CAPTION_STYLE, edge })['--caption-edge'];
    expect(shadow).toBe(edgeShadow(edge, DEFAULT_CAPTION_STYLE.textColor));
    expect(EDGE_STYLE_LABELS[edge]).toBeTruthy();
    if (edge === 'none') expect(shadow).toBe('none');
    else expect(shadow).toMatch(/em/);
  });

  it('should give each edge style a different shadow', () => {
    const shadows = EDGE_STYLES.map((edge) => edgeShadow(edge, '#ffffff'));
    expect(new Set(shadows).size).toBe(EDGE_STYLES.length);
  });

  it('should outline uniform edges with four shadows', () => {
    expect(edgeShadow('uniform', '#ffffff').split(/,(?![^(]*\))/)).toHaveLength(4);
  });

  it('should draw edges in a colour that stands out from the text', () => {
    expect(edgeShadow('drop-shadow', '#ffffff')).toContain('rgba(0, 0, 0');
    expect(edgeShadow('drop-shadow', '#000000')).toContain('rgba(255, 255, 255');
  });
});

describe(parseColor.name, () => {
  it.each([
    ['#fff', { r: 255, g: 255, b: 255, a: 1 }],
    ['#0080ff', { r: 0, g: 128, b: 255, a: 1 }],
    ['#00000080', { r: 0, g: 0, b: 0, a: 128 / 255 }],
    ['rgb(1, 2, 3)', { r: 1, g: 2, b: 3, a: 1 }],
    ['rgba(255, 255, 0, 0.8)', { r: 255, g: 255, b: 0, a: 0.8 }],
    ['rgb(10 20 30 / 50%)', { r: 10, g: 20, b: 30, a: 0.5 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
  ])('should read %s', (css, rgba) => {
    expect(parseColor(css)).toEqual(rgba);
  });

  it.each(['red', '#ggg', 'rgb(1, 2)', 'hsl(0 0% 0%)', ''])('should give null for %j', (css) => {
    expect(parseColor(css)).toBeNull();
  });
});

describe(toRgba.name, () => {
  it('should write the form browsers compute', () => {
    expect(toRgba('#ffffff', 0.8)).toBe('rgba(255, 255, 255, 0.8)');
    expect(toRgba('#000000', 1)).toBe('rgba(0, 0, 0, 1)');
  });
});

describe(contrastRatio.name, () => {
  it.each([
    ['#ffffff', '#000000', 21],
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#ffff00', '#000000', 19.56],
    ['rgb(0, 0, 255)', 'rgb(255, 255, 255)', 8.59],
  ])('should give %s on %s a ratio of %f', (fg, bg, ratio) => {
    expect(contrastRatio(fg, bg)).toBeCloseTo(ratio, 2);
  });

  it('should composite a see-through background over the black picture', () => {
    // White text on a fully transparent white box over black video is white on black.
    expect(contrastRatio('#ffffff', 'rgba(255, 255, 255, 0)')).toBeCloseTo(21, 5);
    // The same box over white video hides the text.
    expect(contrastRatio('#ffffff', 'rgba(255, 255, 255, 0)', '#ffffff')).toBeCloseTo(1, 5);
  });

  it('should composite see-through text over its background', () => {
    // Half-transparent white over black is #808080 (4.5-ish against black), not white.
    expect(contrastRatio('rgba(255, 255, 255, 0.5)', '#000000')).toBeCloseTo(
      contrastRatio('#808080', '#000000'),
      1,
    );
  });
});

describe('CAPTION_PRESETS', () => {
  it('should offer Default, Large, High contrast and Yellow on black', () => {
    expect(CAPTION_PRESETS.map((p) => p.name)).toEqual([
      'Default',
      'Large',
      'High contrast',
      'Yellow on black',
    ]);
  });

  it.each(CAPTION_PRESETS.map((p) => [p.name, applyPreset(DEFAULT_CAPTION_STYLE, p)] as const))(
    'should keep %s text at 4.5:1 or more on its background over black and over white video',
    (_, style) => {
      const vars = captionStyleVars(style);
      expect(contrastRatio(vars['--caption-color'], vars['--caption-background'])).toBeGreaterThanOrEqual(
        4.5,
      );
      expect(worstCaseContrast(style)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(CAPTION_PRESETS.map((p) => [p.name, applyPreset(DEFAULT_CAPTION_STYLE, p)] as const))(
    'should survive validation as %s',
    (_, style) => {
      expect(applyPatch(DEFAULT_PREFERENCES, { captionStyle: style }).captionStyle).toEqual(style);
    },
  );

  it('should make the default preset the default style, and every preset distinct', () => {
    expect(CAPTION_PRESETS[0]?.style).toEqual(DEFAULT_CAPTION_STYLE);
    const looks = CAPTION_PRESETS.map((p) => applyPreset(DEFAULT_CAPTION_STYLE, p));
    for (const [i, a] of looks.entries()) {
      for (const b of looks.slice(i + 1)) expect(sameCaptionStyle(a, b)).toBe(false);
    }
  });
});

describe(applyPreset.name, () => {
  const custom = { ...DEFAULT_CAPTION_STYLE, size: 175, textColor: '#00ffff', font: 'casual' as const };
  const preset = (id: string) => CAPTION_PRESETS.find((p) => p.id === id)!;

  it.each(['high-contrast', 'yellow-on-black'])("should keep the viewer's size with %s", (id) => {
    const style = applyPreset(custom, preset(id));
    expect(style.size).toBe(175);
    expect(style.font).toBe(DEFAULT_CAPTION_STYLE.font);
    expect(isPresetStyle(style, preset(id))).toBe(true);
  });

  it.each([
    ['default', 100],
    ['large', 200],
  ])('should set the size that %s is about (%i %%)', (id, size) => {
    expect(applyPreset(custom, preset(id))).toEqual({ ...preset(id).style, size });
  });

  it('should not count a style with another colour as the preset', () => {
    expect(isPresetStyle(custom, preset('yellow-on-black'))).toBe(false);
    expect(isPresetStyle({ ...custom, size: 100 }, preset('default'))).toBe(false);
  });
});
