import { describe, expect, it } from 'vitest';
import {
  clampRect,
  KEY_STEP,
  MIN_WIDTH,
  moveRect,
  rectAfterKey,
  resizeRect,
} from '../../components/sign-language/overlay-geometry';

// A 16:9 box and a 3:4 portrait interpreter: height% = width% × (16/9) × (4/3).
const RATIO = (16 / 9) * (4 / 3);
const rect = { x: 50, y: 10, width: 25 };

describe(clampRect.name, () => {
  it.each([
    ['inside', rect, rect],
    ['past the right edge', { x: 90, y: 10, width: 25 }, { x: 75, y: 10, width: 25 }],
    ['past the left and top edges', { x: -5, y: -5, width: 25 }, { x: 0, y: 0, width: 25 }],
    ['past the bottom edge', { x: 0, y: 80, width: 25 }, { x: 0, y: 40.74, width: 25 }],
    ['too narrow', { x: 0, y: 0, width: 1 }, { x: 0, y: 0, width: MIN_WIDTH }],
    ['too tall to fit', { x: 0, y: 0, width: 90 }, { x: 0, y: 0, width: 42.19 }],
  ])('should keep a window %s in the box', (_, input, expected) => {
    expect(clampRect(input, RATIO)).toEqual(expected);
  });

  it('should treat an unusable ratio as square', () => {
    expect(clampRect({ x: 0, y: 90, width: 20 }, Number.NaN)).toEqual({ x: 0, y: 80, width: 20 });
  });
});

describe(moveRect.name, () => {
  it('should move by the given percentages', () => {
    expect(moveRect(rect, -10, 5, RATIO)).toEqual({ x: 40, y: 15, width: 25 });
  });
});

describe(resizeRect.name, () => {
  it('should widen from the top-left corner', () => {
    expect(resizeRect(rect, 5, RATIO)).toEqual({ x: 50, y: 10, width: 30 });
  });
  it('should push the window back inside when it grows past an edge', () => {
    expect(resizeRect({ x: 70, y: 0, width: 25 }, 10, RATIO)).toEqual({ x: 65, y: 0, width: 35 });
  });
});

describe(rectAfterKey.name, () => {
  const press = (
    key: string,
    shiftKey = false,
    extra: { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {},
  ) => rectAfterKey(rect, { key, shiftKey, ...extra }, RATIO);
  it.each([
    ['ArrowLeft', { x: 50 - KEY_STEP, y: 10, width: 25 }],
    ['ArrowRight', { x: 50 + KEY_STEP, y: 10, width: 25 }],
    ['ArrowUp', { x: 50, y: 10 - KEY_STEP, width: 25 }],
    ['ArrowDown', { x: 50, y: 10 + KEY_STEP, width: 25 }],
  ])('should move with %s', (key, expected) => {
    expect(press(key)).toEqual(expected);
  });
  it.each([
    ['ArrowRight', 25 + KEY_STEP],
    ['ArrowDown', 25 + KEY_STEP],
    ['ArrowLeft', 25 - KEY_STEP],
    ['ArrowUp', 25 - KEY_STEP],
  ])('should resize with Shift+%s', (key, width) => {
    expect(press(key, true)).toEqual({ x: 50, y: 10, width });
  });
  it.each(['Enter', ' ', 'a', 'Tab'])('should leave %j alone', (key) => {
    expect(press(key)).toBeNull();
  });
  it('should leave arrows with Ctrl, Alt or Meta alone', () => {
    expect(press('ArrowLeft', false, { ctrlKey: true })).toBeNull();
    expect(press('ArrowLeft', false, { altKey: true })).toBeNull();
    expect(press('ArrowLeft', false, { metaKey: true })).toBeNull();
  });
});
