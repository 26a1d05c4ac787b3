/**
 * One caption file as a person brings it (to `/play` or to the caption check): its bytes
 * checked against the limits, decoded, recognised as WebVTT or SubRip, parsed and linted.
 * Pure; problems with the file are returned as data, never thrown.
 */
import { decodeText, type TextEncodingName } from './decode-text';
import { lintTrack, type LintFinding, type LintOptions } from './lint';
import type { TrackKind } from './manifest';
import type { Cue, ParseError } from './model';
import { parseWebVTT } from './parse';
import { parseSrt } from './srt';
import { srtToCues } from './srt-cues';

/** Larger caption files are refused: 10 MB (10 × 1024 × 1024 bytes) is hours of captions. */
export const MAX_CAPTION_FILE_BYTES = 10 * 1024 * 1024;

/** Files with more cues are refused: a film has about 1,500 cues, a long lecture 10,000. */
export const MAX_CAPTION_CUES = 50_000;

export type CaptionFormat = 'webvtt' | 'srt';

export interface CaptionFile {
  ok: true;
  /** The file name as given. */
  name: string;
  format: CaptionFormat;
  /** The kind it was linted as: given, or from its name ({@link trackKindFromFileName}). */
  kind: TrackKind;
  encoding: TextEncodingName;
  /** The decoded text (without a byte order mark). */
  text: string;
  /** In time order. */
  cues: Cue[];
  /** Parse problems, sorted by line and column, 1-based. */
  errors: ParseError[];
  /** Quality findings, in cue start order. */
  findings: LintFinding[];
}

export interface RefusedCaptionFile {
  ok: false;
  name: string;
  /** What is wrong, in words for the person who chose the file. */
  message: string;
  /** Where, when the problem is at one place in the text (a bad WebVTT signature): 1-based. */
  line?: number;
  column?: number;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The message for a file over {@link MAX_CAPTION_FILE_BYTES}, or null when its size is fine. */
export function captionFileSizeProblem(bytes: number): string | null {
  return bytes > MAX_CAPTION_FILE_BYTES
    ? `The file is ${megabytes(bytes)}; caption files of up to ${megabytes(MAX_CAPTION_FILE_BYTES)} are accepted.`
    : null;
}

/**
 * The track kind a file name declares, as title folders name files (`film.en.subtitles.vtt`) or
 * as people do (`chapters.vtt`, `film-descriptions.srt`): the first of `subtitles`,
 * `descriptions`, `chapters` and `metadata` that the name (not its folder) contains as a word,
 * in any case; `captions` otherwise. `film.en.vtt` and `subchapters-x.vtt` are captions.
 */
export function trackKindFromFileName(name: string): TrackKind {
  const base = name.split(/[\\/]/).pop()!.toLowerCase();
  const kinds = ['subtitles', 'descriptions', 'chapters', 'metadata'] as const;
  return kinds.find((kind) => new RegExp(`(^|[^a-z])${kind}([^a-z]|$)`).test(base)) ?? 'captions';
}

/**
 * WebVTT when the text starts with `WEBVTT`; SubRip when the name ends in `.srt` or the text
 * starts with a cue number and an SRT timing line; otherwise WebVTT (whose parser then says
 * what is missing).
 */
export function captionFormatOf(name: string, text: string): CaptionFormat {
  if (text.startsWith('WEBVTT')) return 'webvtt';
  if (/\.srt$/i.test(name)) return 'srt';
  return /^\s*\d+\s*\r?\n[^\n]*-->/.test(text) ? 'srt' : 'webvtt';
}

/** Counts `-->` without parsing: an upper bound on the cues, so a huge file is refused cheaply. */
function countArrows(text: string): number {
  let count = 0;
  for (let at = text.indexOf('-->'); at !== -1; at = text.indexOf('-->', at + 3)) count += 1;
  return count;
}

/**
 * Reads a caption file's bytes. Refused, each with its own message: over
 * {@link MAX_CAPTION_FILE_BYTES}; not decodable text ({@link decodeText}: binary, invalid UTF-8,
 * UTF-16 without a byte order mark); empty or only white space; more than
 * {@link MAX_CAPTION_CUES} cues; a WebVTT file whose signature is wrong (with the parser's
 * message); a file with a header but no cues. Otherwise the cues that parsed (SubRip converted
 * to the caption model, see `srtToCues`), every parse problem, and the lint findings for
 * `kind` (default from the name, see {@link trackKindFromFileName}), each carrying the file name.
 */
export function readCaptionFile(
  name: string,
  bytes: Uint8Array,
  options: Pick<LintOptions, 'profile' | 'strict'> & { kind?: TrackKind } = {},
): CaptionFile | RefusedCaptionFile {
  const refuse = (message: string): RefusedCaptionFile => ({ ok: false, name, message });
  const tooBig = captionFileSizeProblem(bytes.length);
  if (tooBig) return refuse(tooBig);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse(decoded.message);
  const { text, encoding } = decoded;
  if (text.trim() === '') return refuse('The file is empty: it has no captions to read.');
  if (countArrows(text) > MAX_CAPTION_CUES) {
    return refuse(
      `The file has more than ${MAX_CAPTION_CUES.toLocaleString('en-US')} cues, more than this checker reads at once.`,
    );
  }

  const kind = options.kind ?? trackKindFromFileName(name);
  const format = captionFormatOf(name, text);
  let cues: Cue[];
  let errors: ParseError[];
  if (format === 'webvtt') {
    const parsed = parseWebVTT(text, { kind });
    const [first] = parsed.errors;
    if (!parsed.valid)
      return {
        ...refuse(`This is not a WebVTT file. ${first?.message ?? ''}`.trim()),
        line: first?.line,
        column: first?.column,
      };
    ({ cues, errors } = parsed);
  } else {
    const parsed = parseSrt(text);
    const converted = srtToCues(parsed.cues);
    cues = converted.cues;
    errors = [...parsed.errors, ...converted.errors].sort((a, b) => a.line - b.line || a.column - b.column);
  }
  if (cues.length === 0 && errors.every((e) => e.severity !== 'error')) {
    return refuse(
      format === 'webvtt'
        ? 'The file has a WEBVTT header but no cues: there is nothing to show.'
        : 'The file has no cues: a SubRip cue is a number, a timing line (00:00:01,000 --> 00:00:02,000) and its text.',
    );
  }
  const findings = lintTrack(cues, kind, { ...options, file: name });
  return { ok: true, name, format, kind, encoding, text, cues, errors, findings };
}
