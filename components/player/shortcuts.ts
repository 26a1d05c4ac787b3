/**
 * The player's keyboard shortcuts: one list that drives the key handler, the shortcuts dialog,
 * the `aria-keyshortcuts` attributes and the accessibility statement, so they cannot disagree.
 */
import { CAPTION_OFFSET_STEP_MS } from '@/captions/caption-offset';

export type ShortcutAction =
  | 'toggle-play'
  | 'back-10'
  | 'forward-10'
  | 'back-5'
  | 'forward-5'
  | 'volume-up'
  | 'volume-down'
  | 'toggle-mute'
  | 'toggle-captions'
  | 'toggle-fullscreen'
  | 'previous-caption'
  | 'next-caption'
  | 'repeat-caption'
  | 'captions-earlier'
  | 'captions-later'
  | 'slower'
  | 'faster'
  | 'toggle-descriptions'
  | 'go-to-time'
  | 'show-shortcuts';

export interface Shortcut {
  action: ShortcutAction;
  /** `KeyboardEvent.key` values that trigger it. */
  keys: readonly string[];
  /** As written for people, e.g. "Space or K". */
  label: string;
  /** What it does, as a sentence fragment: "Play or pause". */
  description: string;
  /** The `aria-keyshortcuts` value (WAI-ARIA key names). */
  aria: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    action: 'toggle-play',
    keys: [' ', 'k', 'K'],
    label: 'Space or K',
    description: 'Play or pause',
    aria: 'Space K',
  },
  { action: 'back-10', keys: ['j', 'J'], label: 'J', description: 'Back 10 seconds', aria: 'J' },
  { action: 'forward-10', keys: ['l', 'L'], label: 'L', description: 'Forward 10 seconds', aria: 'L' },
  {
    action: 'back-5',
    keys: ['ArrowLeft'],
    label: 'Left arrow',
    description: 'Back 5 seconds',
    aria: 'ArrowLeft',
  },
  {
    action: 'forward-5',
    keys: ['ArrowRight'],
    label: 'Right arrow',
    description: 'Forward 5 seconds',
    aria: 'ArrowRight',
  },
  { action: 'volume-up', keys: ['ArrowUp'], label: 'Up arrow', description: 'Volume up', aria: 'ArrowUp' },
  {
    action: 'volume-down',
    keys: ['ArrowDown'],
    label: 'Down arrow',
    description: 'Volume down',
    aria: 'ArrowDown',
  },
  { action: 'toggle-mute', keys: ['m', 'M'], label: 'M', description: 'Mute or unmute', aria: 'M' },
  { action: 'toggle-captions', keys: ['c', 'C'], label: 'C', description: 'Captions on or off', aria: 'C' },
  {
    action: 'toggle-fullscreen',
    keys: ['f', 'F'],
    label: 'F',
    description: 'Full screen on or off',
    aria: 'F',
  },
  {
    action: 'previous-caption',
    keys: [','],
    label: 'Comma',
    description: 'Go to the previous caption',
    aria: ',',
  },
  {
    action: 'next-caption',
    keys: ['.'],
    label: 'Full stop',
    description: 'Go to the next caption',
    aria: '.',
  },
  {
    action: 'repeat-caption',
    keys: ['r', 'R'],
    label: 'R',
    description: 'Repeat the current caption',
    aria: 'R',
  },
  // VLC's keys for subtitle delay (G earlier, H later), in the fine step of the caption settings.
  {
    action: 'captions-earlier',
    keys: ['g', 'G'],
    label: 'G',
    description: `Captions ${CAPTION_OFFSET_STEP_MS} ms earlier`,
    aria: 'G',
  },
  {
    action: 'captions-later',
    keys: ['h', 'H'],
    label: 'H',
    description: `Captions ${CAPTION_OFFSET_STEP_MS} ms later`,
    aria: 'H',
  },
  { action: 'slower', keys: ['<'], label: 'Less-than (<)', description: 'Slower playback', aria: 'Shift+<' },
  {
    action: 'faster',
    keys: ['>'],
    label: 'Greater-than (>)',
    description: 'Faster playback',
    aria: 'Shift+>',
  },
  {
    action: 'toggle-descriptions',
    keys: ['d', 'D'],
    label: 'D',
    description: 'Audio description on or off',
    aria: 'D',
  },
  // Go to a time (issue #14): T for time; it opens the "Go to time" dialog.
  { action: 'go-to-time', keys: ['t', 'T'], label: 'T', description: 'Go to a time you type', aria: 'T' },
  {
    action: 'show-shortcuts',
    keys: ['?'],
    label: 'Question mark (?)',
    description: 'Show these shortcuts',
    aria: 'Shift+?',
  },
];

/** The shortcut that `key` triggers, or undefined. Modifier combinations never match. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): Shortcut | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  return SHORTCUTS.find((s) => s.keys.includes(event.key));
}

/** The `aria-keyshortcuts` value of an action. */
export function ariaShortcut(action: ShortcutAction): string {
  return SHORTCUTS.find((s) => s.action === action)?.aria ?? '';
}
