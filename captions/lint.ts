/**
 * Caption quality lint: line count, line length, reading speed, duration, gaps and overlaps,
 * checked per track kind against published caption style guides.
 */
import { cuePlainText } from './cue-text-plain';
import {
  availableSeconds,
  dialogueIndex,
  estimateSpeechSeconds,
  WORDS_PER_MINUTE,
} from './description-timing';
import type { TrackKind } from './manifest';
import type { Cue } from './model';
import { isSoundCue } from './transcript';

const FRAME = 1 / 24;

/** The names of the lint profiles: who the captions are for. */
export type LintProfileName = 'adult' | 'children';

/** A set of thresholds. Times are seconds, reading speeds characters a second. */
export interface LintProfile {
  name: LintProfileName;
  /** Lines per cue. */
  maxLines: number;
  /** Characters per line (code points, markup excluded). */
  maxCharsPerLine: number;
  /** Characters per second above which a warning is given. */
  readingSpeedWarning: number;
  /** Characters per second above which strict mode gives an error. */
  readingSpeedError: number;
  /** Seconds. */
  minDuration: number;
  /** The minimum duration as people say it, for messages ("5/6 s (20 frames)"). */
  minDurationLabel: string;
  /** Seconds. */
  maxDuration: number;
  /** Seconds between one cue's end and the next one's start. */
  minGap: number;
  /** Frame rate the frame-based thresholds assume. */
  framesPerSecond: number;
}

/**
 * The thresholds for programmes for adults (the project's default), with their sources:
 * - Netflix, "English (USA) Timed Text Style Guide" (partnerhelp.netflixstudios.com): at most
 *   2 lines and 42 characters a line; reading speed up to 20 characters a second for adult
 *   programmes and 17 for children's; a minimum duration of 5/6 s (20 frames at 24 fps) and a
 *   maximum of 7 s; at least 2 frames between consecutive subtitles.
 * - DCMP, "Captioning Key" (dcmp.org/captioningkey): the same 2-line limit and a presentation
 *   rate that leaves viewers time to read the picture too, which is why this project warns at
 *   the slower 17 cps and errors at 20 only in strict mode (DESIGN.md, "Caption quality
 *   thresholds").
 */
export const LINT_THRESHOLDS: Readonly<LintProfile> = Object.freeze({
  name: 'adult',
  /** Lines per cue. Netflix; DCMP Captioning Key. */
  maxLines: 2,
  /** Characters per line (code points, markup excluded). Netflix. */
  maxCharsPerLine: 42,
  /** Characters per second above which a warning is given. Netflix (children's programmes). */
  readingSpeedWarning: 17,
  /** Characters per second above which strict mode gives an error. Netflix (adult programmes). */
  readingSpeedError: 20,
  /** Seconds: 20 frames at 24 fps. Netflix. */
  minDuration: 20 * FRAME,
  minDurationLabel: '5/6 s (20 frames)',
  /** Seconds. Netflix. */
  maxDuration: 7,
  /** Seconds: 2 frames at 24 fps between one cue's end and the next one's start. Netflix. */
  minGap: 2 * FRAME,
  /** Frame rate the frame-based thresholds assume. */
  framesPerSecond: 24,
} satisfies LintProfile);

/**
 * The thresholds for children's programmes: slower reading and longer cues, from DCMP,
 * "Captioning Key: Presentation Rate" (dcmp.org/learn/captioningkey/601). DCMP counts words a
 * minute; at 6 characters a word (5 letters and a space, the usual conversion) 1 wpm is
 * 0.1 characters a second.
 * - Reading speed warning above 13 cps: lower-level educational media "not to exceed 130 wpm".
 * - Reading speed error (strict mode) above 15 cps: theatrical productions for children at a
 *   rate "not to exceed 150–160 wpm", taking the lower bound.
 * - Minimum duration 2 s: "No caption should remain onscreen less than two seconds."
 * - Lines, characters a line, maximum duration and gaps as for adults (Netflix), which DCMP does
 *   not tighten for children.
 */
export const CHILDREN_THRESHOLDS: Readonly<LintProfile> = Object.freeze({
  ...LINT_THRESHOLDS,
  name: 'children',
  readingSpeedWarning: 13,
  readingSpeedError: 15,
  minDuration: 2,
  minDurationLabel: '2 s',
} satisfies LintProfile);

/** The named profiles, for choosing one by name (`--profile children`, the /play menu). */
export const LINT_PROFILES: Readonly<Record<LintProfileName, Readonly<LintProfile>>> = Object.freeze({
  adult: LINT_THRESHOLDS,
  children: CHILDREN_THRESHOLDS,
});

/** Whether `name` names a profile (e.g. a command-line argument). */
export function isLintProfileName(name: string): name is LintProfileName {
  return Object.hasOwn(LINT_PROFILES, name);
}

/**
 * WebVTT times have millisecond precision, so 20 frames is written `00:00.833`: comparisons
 * allow half a millisecond, or every correctly timed file would be flagged.
 */
const TIME_TOLERANCE = 0.0005;

export type LintRule =
  | 'max-lines'
  | 'line-length'
  | 'reading-speed'
  | 'min-duration'
  | 'max-duration'
  | 'min-gap'
  | 'overlap'
  | 'description-fit';

export interface LintFinding {
  rule: LintRule;
  /** The file the cues came from (`LintOptions.file`), or '' when not given. */
  file: string;
  /** `info`: worth knowing, not a fault (a description that needs extended description). */
  severity: 'warning' | 'error' | 'info';
  /** The cue's identifier, or '' when it has none. */
  cueId: string;
  /** 1-based line of the cue's timing line. */
  line: number;
  message: string;
  /** What was measured: lines, characters, characters a second or seconds, per rule
   * (`description-fit`: seconds to read the description aloud). */
  measured: number;
  /** The limit it was compared with, in the same unit (`description-fit`: seconds of gap). */
  threshold: number;
}

export interface LintOptions {
  /** Reading speed above the profile's error threshold becomes an error instead of a warning. */
  strict?: boolean;
  /** The thresholds: a profile or its name. Default: `adult` ({@link LINT_THRESHOLDS}). */
  profile?: LintProfileName | Readonly<LintProfile>;
  /** The file name every finding carries. Default: ''. */
  file?: string;
}

/** What is read as text on screen: captions and subtitles are held to the same rules. */
const ON_SCREEN_TEXT_RULES: readonly LintRule[] = [
  'max-lines',
  'line-length',
  'reading-speed',
  'min-duration',
  'max-duration',
  'min-gap',
  'overlap',
];

const RULES_BY_KIND: Record<TrackKind, readonly LintRule[]> = {
  captions: ON_SCREEN_TEXT_RULES,
  subtitles: ON_SCREEN_TEXT_RULES,
  descriptions: ['min-duration', 'max-duration', 'overlap'],
  chapters: ['overlap'],
  metadata: ['overlap'],
};

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
const codePoints = (s: string) => [...s].length;

/**
 * Checks a track's cues against a profile's thresholds (the numbers here are the default
 * `adult` profile's; see {@link LINT_PROFILES}). Which rules apply depends on `kind`:
 * - `captions`, `subtitles`: at most 2 lines and 42 characters a line; reading speed at most
 *   17 characters a second (warning; above 20 is an error in strict mode); duration from 5/6 s
 *   to 7 s; a gap of at least 2 frames (at 24 fps) after the previous cue; no overlap.
 * - `descriptions`: duration and overlap.
 * - `chapters`, `metadata`: overlap only.
 *
 * Characters are counted on the plain text (markup, ruby text and line breaks excluded) in
 * code points. Limits are inclusive: exactly 42 characters or 17 cps pass. Every finding
 * carries the file (`options.file`), the cue's line and id, the measured value and the threshold. Cues need not be
 * sorted; findings come in start order and each cue's rules in the order listed above.
 */
export function lintTrack(cues: readonly Cue[], kind: TrackKind, options: LintOptions = {}): LintFinding[] {
  const rules = new Set(RULES_BY_KIND[kind] ?? []);
  const t =
    typeof options.profile === 'string'
      ? LINT_PROFILES[options.profile]
      : (options.profile ?? LINT_THRESHOLDS);
  const file = options.file ?? '';
  const findings: LintFinding[] = [];
  const sorted = [...cues].sort((a, b) => a.startTime - b.startTime || b.endTime - a.endTime);
  let latest: Cue | null = null;

  for (const cue of sorted) {
    const add = (
      rule: LintRule,
      severity: LintFinding['severity'],
      measured: number,
      threshold: number,
      message: string,
    ) => findings.push({ rule, file, severity, cueId: cue.id, line: cue.line, message, measured, threshold });
    const duration = cue.endTime - cue.startTime;
    const text = cuePlainText(cue.tree);
    const lines = text.split('\n');

    if (rules.has('max-lines') && lines.length > t.maxLines) {
      add(
        'max-lines',
        'warning',
        lines.length,
        t.maxLines,
        `${lines.length} lines; at most ${t.maxLines} fit without covering the picture.`,
      );
    }
    if (rules.has('line-length')) {
      const longest = Math.max(...lines.map(codePoints));
      if (longest > t.maxCharsPerLine) {
        add(
          'line-length',
          'warning',
          longest,
          t.maxCharsPerLine,
          `a line of ${longest} characters; at most ${t.maxCharsPerLine}.`,
        );
      }
    }
    if (rules.has('reading-speed') && duration > 0) {
      const cps = codePoints(text.replace(/\n/g, '')) / duration;
      if (options.strict && cps > t.readingSpeedError) {
        add(
          'reading-speed',
          'error',
          round(cps, 1),
          t.readingSpeedError,
          `${round(cps, 1)} characters a second; at most ${t.readingSpeedError}.`,
        );
      } else if (cps > t.readingSpeedWarning) {
        add(
          'reading-speed',
          'warning',
          round(cps, 1),
          t.readingSpeedWarning,
          `${round(cps, 1)} characters a second; aim for at most ${t.readingSpeedWarning}.`,
        );
      }
    }
    if (rules.has('min-duration') && duration < t.minDuration - TIME_TOLERANCE) {
      add(
        'min-duration',
        'warning',
        round(duration),
        round(t.minDuration),
        `shown for ${round(duration)} s; at least ${t.minDurationLabel}.`,
      );
    }
    if (rules.has('max-duration') && duration > t.maxDuration + TIME_TOLERANCE) {
      add(
        'max-duration',
        'warning',
        round(duration),
        t.maxDuration,
        `shown for ${round(duration)} s; at most ${t.maxDuration} s.`,
      );
    }
    if (latest !== null) {
      const gap = cue.startTime - latest.endTime;
      if (gap < 0) {
        if (rules.has('overlap')) {
          const where = latest.id ? `cue "${latest.id}"` : `the cue at line ${latest.line}`;
          add('overlap', 'warning', round(-gap), 0, `overlaps ${where} by ${round(-gap)} s.`);
        }
      } else if (rules.has('min-gap') && gap < t.minGap - TIME_TOLERANCE) {
        add(
          'min-gap',
          'warning',
          round(gap),
          round(t.minGap),
          `${round(gap)} s after the previous cue; leave at least 2 frames (${round(t.minGap)} s).`,
        );
      }
    }
    // Compare each cue with the one that ends last so far, so a long cue's overlaps are all seen.
    if (latest === null || cue.endTime > latest.endTime) latest = cue;
  }
  return findings;
}

export interface DescriptionFitOptions {
  /** The file name every finding carries. Default: ''. */
  file?: string;
  /** Speech rate as on `SpeechSynthesisUtterance.rate` (1: {@link WORDS_PER_MINUTE} words a minute). */
  rate?: number;
}

/**
 * Descriptions that do not fit the gap in dialogue they are placed in (DESIGN.md: "each
 * description must fit the gap in dialogue it is placed in"): reading one aloud at
 * {@link WORDS_PER_MINUTE} words a minute (times `rate`) takes longer than the time from its
 * start to the next line of dialogue or its own end ({@link availableSeconds}). Dialogue is the
 * `captions` cues that are not sound cues (`[drums]` leaves room to speak). Such a description
 * needs extended description (WCAG 1.2.7: the player pauses the video while it is read), so each
 * finding is `info`, never a warning: the check reports it and still passes. Pass no dialogue to
 * measure each description against its own duration (a loose descriptions file). Findings come
 * in start order.
 */
export function lintDescriptionFit(
  descriptions: readonly Cue[],
  captions: readonly Cue[],
  options: DescriptionFitOptions = {},
): LintFinding[] {
  const rate = options.rate ?? 1;
  const wpm = round(WORDS_PER_MINUTE * (Number.isFinite(rate) && rate > 0 ? rate : 1), 0);
  const dialogue = dialogueIndex(captions.filter((cue) => !isSoundCue(cuePlainText(cue.tree))));
  return [...descriptions]
    .sort((a, b) => a.startTime - b.startTime)
    .flatMap((cue): LintFinding[] => {
      const speech = estimateSpeechSeconds(cuePlainText(cue.tree), rate);
      const gap = availableSeconds(cue, dialogue);
      if (speech <= gap + TIME_TOLERANCE) return [];
      const until = captions.length > 0 ? 'before dialogue' : 'in its own duration';
      return [
        {
          rule: 'description-fit',
          file: options.file ?? '',
          severity: 'info',
          cueId: cue.id,
          line: cue.line,
          message:
            `needs extended description: about ${round(speech, 2)} s to read at ${wpm} words a minute, ` +
            `${round(gap, 2)} s ${until}; the player pauses the video while it is read.`,
          measured: round(speech, 2),
          threshold: round(gap, 2),
        },
      ];
    });
}
