/**
 * The typed caption model every other layer reads. Times are seconds, as on `VTTCue`.
 * Produced by `parseWebVTT` in `parse.ts`; never mutated after parsing.
 */

/** A node of a cue's text tree, after the WebVTT cue-text parsing algorithm. */
export type CueNode =
  | { type: 'text'; value: string }
  | { type: 'timestamp'; time: number }
  | {
      type: 'element';
      /** `c`, `i`, `b`, `u`, `ruby`, `rt`, `v` or `lang`, as in the source markup. */
      name: CueElementName;
      /** Classes from `<c.a.b>`, in source order. */
      classes: string[];
      /** The annotation: the speaker of `<v Name>` or the language tag of `<lang en>`. */
      annotation: string;
      children: CueNode[];
    };

export type CueElementName = 'c' | 'i' | 'b' | 'u' | 'ruby' | 'rt' | 'v' | 'lang';

/** A WebVTT region (`REGION` header block), with VTTRegion's defaults. Percentages are 0–100. */
export interface Region {
  id: string;
  width: number;
  lines: number;
  regionAnchorX: number;
  regionAnchorY: number;
  viewportAnchorX: number;
  viewportAnchorY: number;
  scroll: '' | 'up';
}

/** Cue settings with VTTCue's names and defaults. Percentages are 0–100. */
export interface CueSettings {
  vertical: '' | 'lr' | 'rl';
  /** A line number (snapToLines) or percentage, or 'auto'. */
  line: number | 'auto';
  snapToLines: boolean;
  lineAlign: 'start' | 'center' | 'end';
  position: number | 'auto';
  positionAlign: 'line-left' | 'center' | 'line-right' | 'auto';
  size: number;
  align: 'start' | 'center' | 'end' | 'left' | 'right';
  /** The region this cue belongs to, or null. Cues naming the same region share one object. */
  region: Region | null;
}

export interface Cue {
  /** The cue identifier; '' when the file gives none. */
  id: string;
  /** Seconds. */
  startTime: number;
  /** Seconds. Half-open: a cue is active when `startTime <= t < endTime`. */
  endTime: number;
  /** The raw cue text, markup included. */
  text: string;
  /** The parsed cue-text tree. */
  tree: CueNode[];
  settings: CueSettings;
  /** 1-based line of the cue's timing line in the source file. */
  line: number;
}

export interface ParseError {
  message: string;
  /** 1-based line in the source. */
  line: number;
  /** 1-based column in the source. */
  column: number;
  /** 'error' blocks shipping; 'warning' is reported only. */
  severity: 'error' | 'warning';
}

export interface ParsedTrack {
  /** False when the file must be rejected as a whole (bad signature): then `cues` is empty. */
  valid: boolean;
  cues: Cue[];
  regions: Region[];
  errors: ParseError[];
}

/**
 * An ASL-interpreter note: the JSON text of one cue of a title's `metadata` track
 * (`asl-notes.vtt`). Validated by `parseAslNote` in `asl-note.ts`.
 */
export interface AslNote {
  /** The sign's gloss in capitals, e.g. `DEAF`. */
  gloss: string;
  /** A short title, e.g. "Deaf, as an identity". */
  title: string;
  /** What the sign means here and why it matters in the scene. */
  body: string;
  /** How the sign is made. */
  handshape: string;
  location: string;
  movement: string;
  /** A public ASL dictionary entry for the sign. */
  dictionary: { name: string; url: string };
}
