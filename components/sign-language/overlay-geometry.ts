/**
 * Where the sign-language overlay window sits on the picture. Pure: percentages of the video's
 * box, so a position survives resizing the page and is stored as a preference.
 */

/** The window's left edge, top edge and width, each in percent (0–100) of the video's box. */
export interface OverlayRect {
  x: number;
  y: number;
  width: number;
}

/** The smallest width (percent): an interpreter's hands must stay readable. */
export const MIN_WIDTH = 15;
/** One arrow-key step, in percent. */
export const KEY_STEP = 2;

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Keeps the window inside the box: `width` between {@link MIN_WIDTH} and 100 and small enough
 * that its height fits; then `x` and `y` so that no edge leaves the box. `heightPerWidth` is the
 * window's height (percent of the box's height) per percent of width: the box's width over its
 * height times the interpreter video's height over its width. Values are rounded to 0.01.
 */
export function clampRect(rect: OverlayRect, heightPerWidth: number): OverlayRect {
  const ratio = Number.isFinite(heightPerWidth) && heightPerWidth > 0 ? heightPerWidth : 1;
  const maxWidth = Math.max(MIN_WIDTH, Math.min(100, 100 / ratio));
  const width = Math.min(maxWidth, Math.max(MIN_WIDTH, rect.width));
  const height = Math.min(100, width * ratio);
  return {
    x: round(Math.min(100 - width, Math.max(0, rect.x))),
    y: round(Math.min(100 - height, Math.max(0, rect.y))),
    width: round(width),
  };
}

/** The window moved by `dx`, `dy` percent, kept inside the box. */
export function moveRect(rect: OverlayRect, dx: number, dy: number, heightPerWidth: number): OverlayRect {
  return clampRect({ ...rect, x: rect.x + dx, y: rect.y + dy }, heightPerWidth);
}

/** The window widened by `dw` percent (narrowed when negative), its top-left corner kept. */
export function resizeRect(rect: OverlayRect, dw: number, heightPerWidth: number): OverlayRect {
  const width = clampRect({ ...rect, width: rect.width + dw }, heightPerWidth).width;
  return clampRect({ ...rect, width }, heightPerWidth);
}

/**
 * The window after a key press: arrows move it by {@link KEY_STEP}; with Shift, Right and Down
 * enlarge it and Left and Up shrink it. Null for any other key (or modifier), which the window
 * leaves alone.
 */
export function rectAfterKey(
  rect: OverlayRect,
  key: { key: string; shiftKey: boolean; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean },
  heightPerWidth: number,
): OverlayRect | null {
  if (key.ctrlKey || key.altKey || key.metaKey) return null;
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-KEY_STEP, 0],
    ArrowRight: [KEY_STEP, 0],
    ArrowUp: [0, -KEY_STEP],
    ArrowDown: [0, KEY_STEP],
  };
  const move = moves[key.key];
  if (!move) return null;
  if (key.shiftKey) {
    const grow = key.key === 'ArrowRight' || key.key === 'ArrowDown' ? KEY_STEP : -KEY_STEP;
    return resizeRect(rect, grow, heightPerWidth);
  }
  return moveRect(rect, move[0], move[1], heightPerWidth);
}
