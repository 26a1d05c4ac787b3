/**
 * Where a cue box goes over the video, from its WebVTT settings (a simplified form of the
 * WebVTT rendering rules: https://www.w3.org/TR/webvtt1/#processing-cue-settings).
 * Cues with `line: auto` are stacked at the bottom by the overlay (so simultaneous cues never
 * overlap); cues with an explicit line are placed absolutely. Vertical cues are laid out
 * horizontally, which keeps them readable at the cost of their direction.
 */
import type { CueSettings } from '@/captions/model';

export interface CueBoxLayout {
  /** 'stacked' cues flow in the bottom stack; 'placed' ones are absolutely positioned. */
  flow: 'stacked' | 'placed';
  /** CSS values in percent of the caption area, or undefined to leave to the stylesheet. */
  top?: string;
  bottom?: string;
  left: string;
  width: string;
  textAlign: 'left' | 'center' | 'right' | 'start' | 'end';
}

/** Height of one caption line in percent of the caption area (about 5.33 % = 1/18.75). */
export const LINE_PERCENT = 100 / 15;

const ALIGN: Record<CueSettings['align'], CueBoxLayout['textAlign']> = {
  start: 'start',
  center: 'center',
  end: 'end',
  left: 'left',
  right: 'right',
};

/** Computes the box of one cue. Pure; every output is a CSS percentage string. */
export function cueBoxLayout(settings: CueSettings): CueBoxLayout {
  const size = Math.max(0, Math.min(100, settings.size));
  // The position defaults depend on the alignment (WebVTT "computed position").
  const position =
    settings.position !== 'auto'
      ? settings.position
      : settings.align === 'left' || settings.align === 'start'
        ? 0
        : settings.align === 'right' || settings.align === 'end'
          ? 100
          : 50;
  const anchor =
    settings.positionAlign !== 'auto'
      ? settings.positionAlign
      : settings.align === 'left' || settings.align === 'start'
        ? 'line-left'
        : settings.align === 'right' || settings.align === 'end'
          ? 'line-right'
          : 'center';
  let left =
    anchor === 'line-left' ? position : anchor === 'line-right' ? position - size : position - size / 2;
  left = Math.max(0, Math.min(100 - size, left));
  const base = { left: `${round(left)}%`, width: `${round(size)}%`, textAlign: ALIGN[settings.align] };

  if (settings.line === 'auto') return { flow: 'stacked', ...base };
  if (!settings.snapToLines) {
    const line = Math.max(0, Math.min(100, settings.line));
    if (settings.lineAlign === 'end') return { flow: 'placed', bottom: `${round(100 - line)}%`, ...base };
    return { flow: 'placed', top: `${round(line)}%`, ...base };
  }
  // Line numbers: 0 is the top line, -1 the bottom line.
  return settings.line >= 0
    ? { flow: 'placed', top: `${round(Math.min(settings.line * LINE_PERCENT, 90))}%`, ...base }
    : { flow: 'placed', bottom: `${round(Math.min((-settings.line - 1) * LINE_PERCENT, 90))}%`, ...base };
}

const round = (n: number) => Math.round(n * 100) / 100;
