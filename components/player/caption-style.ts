/**
 * The viewer's caption style as CSS: custom properties that the caption overlay and the settings
 * preview both consume, the named presets, and the WCAG contrast check that keeps presets readable.
 * Pure: no React, no DOM.
 */
import {
  DEFAULT_CAPTION_STYLE,
  type CaptionFont,
  type CaptionStyle,
  type EdgeStyle,
} from '@/components/preferences/preferences';

/** The custom properties `captionStyleVars` sets, each consumed by the overlay's CSS. */
export type CaptionStyleVar =
  | '--caption-font'
  | '--caption-variant'
  | '--caption-scale'
  | '--caption-color'
  | '--caption-background'
  | '--caption-window'
  | '--caption-edge';

/**
 * A font-family stack per FCC family, from fonts found on the viewer's system only (the build
 * fetches no web fonts). Each stack names the common Linux, Windows and macOS font first and
 * ends in a generic family, so some font of the right kind always applies.
 */
export const CAPTION_FONT_STACKS: Record<CaptionFont, string> = {
  'proportional-sans': "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif",
  'monospace-sans': "'DejaVu Sans Mono', Consolas, Menlo, 'Lucida Console', monospace",
  'proportional-serif': "'DejaVu Serif', Georgia, 'Times New Roman', 'Liberation Serif', serif",
  'monospace-serif': "'Courier New', 'Liberation Mono', 'Nimbus Mono PS', Courier, monospace",
  casual: "'Comic Neue', 'Comic Sans MS', 'Comic Relief', 'Chalkboard SE', sans-serif",
  cursive: "'URW Chancery L', 'Brush Script MT', 'Apple Chancery', 'Monotype Corsiva', cursive",
  'small-capitals': "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif",
};

/** What each font family is called in the settings and the accessibility statement. */
export const CAPTION_FONT_LABELS: Record<CaptionFont, string> = {
  'proportional-sans': 'Sans serif',
  'monospace-sans': 'Sans serif, monospaced',
  'proportional-serif': 'Serif',
  'monospace-serif': 'Serif, monospaced',
  casual: 'Casual',
  cursive: 'Cursive',
  'small-capitals': 'Small capitals',
};

/** What each edge style is called in the settings. */
export const EDGE_STYLE_LABELS: Record<EdgeStyle, string> = {
  none: 'None',
  raised: 'Raised',
  depressed: 'Depressed',
  uniform: 'Outline',
  'drop-shadow': 'Drop shadow',
};

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export interface Rgba extends Rgb {
  /** 0–1. */
  a: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Reads a CSS colour as browsers serialise computed values (`rgb(r, g, b)`, `rgba(r, g, b, a)`,
 * the space-separated `rgb(r g b / a)`) or as written in preferences (`#rgb`, `#rrggbb`,
 * `#rrggbbaa`). Returns null for anything else (named colours, `transparent` excepted).
 */
export function parseColor(css: string): Rgba | null {
  const value = css.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return { r: byte(0), g: byte(2), b: byte(4), a: full.length === 8 ? byte(6) / 255 : 1 };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(value)?.[1];
  if (!fn) return null;
  const parts = fn.split(/[\s,/]+/).filter(Boolean);
  if (parts.length !== 3 && parts.length !== 4) return null;
  const numbers = parts.map((p) => (p.endsWith('%') ? (parseFloat(p) / 100) * 255 : parseFloat(p)));
  if (numbers.some((n) => Number.isNaN(n))) return null;
  const [r = 0, g = 0, b = 0] = numbers;
  const alphaPart = parts[3];
  const a =
    alphaPart === undefined
      ? 1
      : alphaPart.endsWith('%')
        ? parseFloat(alphaPart) / 100
        : parseFloat(alphaPart);
  return { r: clamp(r, 0, 255), g: clamp(g, 0, 255), b: clamp(b, 0, 255), a: clamp(a, 0, 1) };
}

/** `#rrggbb` plus an opacity (0–1) as `rgba(r, g, b, a)`, the form browsers compute. */
export function toRgba(hex: string, opacity: number): string {
  const { r, g, b } = parseColor(hex) ?? { r: 0, g: 0, b: 0 };
  const a = Math.round(clamp(opacity, 0, 1) * 1000) / 1000;
  return `rgba(${r}, ${g}, ${b}, ${a})`;
}

/** Paints `top` (with its alpha) over an opaque `bottom`. */
function composite(top: Rgba, bottom: Rgb): Rgb {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b) };
}

/** WCAG 2 relative luminance of an opaque sRGB colour (0 for black, 1 for white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * The WCAG 2 contrast ratio (1–21) of caption text `fg` on its background `bg`, as the viewer
 * sees them: the background composited over the picture (`backdrop`, black video by default),
 * then the text composited over that. Colours are any form `parseColor` reads; an unreadable
 * colour counts as black.
 */
export function contrastRatio(fg: string, bg: string, backdrop = '#000000'): number {
  const black: Rgba = { r: 0, g: 0, b: 0, a: 1 };
  const picture = composite(parseColor(backdrop) ?? black, { r: 0, g: 0, b: 0 });
  const behind = composite(parseColor(bg) ?? black, picture);
  const text = composite(parseColor(fg) ?? black, behind);
  const [light, dark] = [relativeLuminance(text), relativeLuminance(behind)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The contrast the viewer can count on whatever the picture: the lower of the ratios over a
 * black and over a white frame. Text with a see-through background needs an edge on bright video.
 */
export function worstCaseContrast(style: CaptionStyle): number {
  const fg = toRgba(style.textColor, style.textOpacity);
  const bg = toRgba(style.backgroundColor, style.backgroundOpacity);
  return Math.min(contrastRatio(fg, bg, '#000000'), contrastRatio(fg, bg, '#ffffff'));
}

/** Black edges for light text, white edges for dark text, so an edge always stands out. */
function edgeColor(textColor: string): string {
  const text = parseColor(textColor) ?? { r: 255, g: 255, b: 255 };
  return relativeLuminance(text) > 0.18 ? 'rgba(0, 0, 0, 0.9)' : 'rgba(255, 255, 255, 0.9)';
}

/**
 * A `text-shadow` per edge style, in `em` so the edge grows with the text. Raised: lit from the
 * top left, the shadow falls down and right. Depressed: the reverse. Uniform: an outline from
 * four offset shadows (a blur alone is too faint). Drop shadow: one soft shadow down and right.
 */
export function edgeShadow(edge: EdgeStyle, textColor: string): string {
  const dark = edgeColor(textColor);
  switch (edge) {
    case 'none':
      return 'none';
    case 'raised':
      return `0.03em 0.03em 0 ${dark}, 0.06em 0.06em 0 ${dark}`;
    case 'depressed':
      return `-0.03em -0.03em 0 ${dark}, 0.03em 0.03em 0 rgba(204, 204, 204, 0.9)`;
    case 'uniform':
      return `0.05em 0 0 ${dark}, -0.05em 0 0 ${dark}, 0 0.05em 0 ${dark}, 0 -0.05em 0 ${dark}`;
    case 'drop-shadow':
      return `0.06em 0.06em 0.1em ${dark}`;
  }
}

/** The CSS custom properties for a caption style; set them on the element that holds the captions. */
export function captionStyleVars(style: CaptionStyle): Record<CaptionStyleVar, string> {
  return {
    '--caption-font': CAPTION_FONT_STACKS[style.font],
    '--caption-variant': style.font === 'small-capitals' ? 'small-caps' : 'normal',
    '--caption-scale': String(style.size / 100),
    '--caption-color': toRgba(style.textColor, style.textOpacity),
    '--caption-background': toRgba(style.backgroundColor, style.backgroundOpacity),
    '--caption-window': toRgba(style.windowColor, style.windowOpacity),
    '--caption-edge': edgeShadow(style.edge, style.textColor),
  };
}

export interface CaptionPreset {
  id: 'default' | 'large' | 'high-contrast' | 'yellow-on-black';
  /** The button's name. */
  name: string;
  /**
   * The look the preset applies. `size` only where size is the point of the preset (Default,
   * Large): a colour preset keeps the size the viewer chose, since size is often the one setting
   * a viewer needs and re-finding it after every change of colour is a chore.
   */
  style: Omit<CaptionStyle, 'size'> & { size?: number };
}

/** Named looks a viewer can start from. Each keeps caption text at 4.5:1 or more on any picture. */
export const CAPTION_PRESETS: readonly CaptionPreset[] = [
  { id: 'default', name: 'Default', style: DEFAULT_CAPTION_STYLE },
  { id: 'large', name: 'Large', style: { ...DEFAULT_CAPTION_STYLE, size: 200 } },
  {
    id: 'high-contrast',
    name: 'High contrast',
    style: { ...withoutSize(DEFAULT_CAPTION_STYLE), textOpacity: 1, backgroundOpacity: 1 },
  },
  {
    id: 'yellow-on-black',
    name: 'Yellow on black',
    style: { ...withoutSize(DEFAULT_CAPTION_STYLE), textColor: '#ffff00', backgroundOpacity: 1 },
  },
];

function withoutSize(style: CaptionStyle): Omit<CaptionStyle, 'size'> {
  const { size, ...rest } = style;
  void size;
  return rest;
}

/** The style after choosing `preset`: its look, with the viewer's `current` size unless it sets one. */
export function applyPreset(current: CaptionStyle, preset: CaptionPreset): CaptionStyle {
  return { ...preset.style, size: preset.style.size ?? current.size };
}

/** Whether `style` is what choosing `preset` would give (its button is then "pressed"). */
export function isPresetStyle(style: CaptionStyle, preset: CaptionPreset): boolean {
  return sameCaptionStyle(style, applyPreset(style, preset));
}

/** Whether two styles look the same (the preset whose style equals the viewer's is "pressed"). */
export function sameCaptionStyle(a: CaptionStyle, b: CaptionStyle): boolean {
  return (Object.keys(a) as (keyof CaptionStyle)[]).every((key) => a[key] === b[key]);
}
