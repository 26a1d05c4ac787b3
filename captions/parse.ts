/**
 * `parseWebVTT`: a WebVTT file's text → cues, regions and located errors. The only module that
 * imports `webvtt-parser`.
 *
 * webvtt-parser 2.2 (w3c/webvtt.js) never rejects a file, has no REGION support, and reports cue
 * text errors on the wrong line, so the file-level steps (signature, blocks, timings, settings,
 * regions) follow the spec here, and webvtt-parser's cue-text parser builds each cue's tree with
 * the full HTML entity table (its small default table turns `&amp;` into `&;`).
 * Spec: https://w3c.github.io/webvtt/#file-parsing
 */
import webvttParser from 'webvtt-parser';
import entities from 'webvtt-parser/html-entities.json';
import { collectBlocks, type CueBlock } from './blocks';
import { parseCueSettings } from './cue-settings';
import type { TrackKind } from './manifest';
import type { Cue, CueElementName, CueNode, ParseError, ParsedTrack, Region } from './model';
import { parseRegionSettings } from './regions';

/** Options for {@link parseWebVTT}. */
export interface ParseOptions {
  /**
   * The track's kind. `metadata` cue text (e.g. JSON) is not checked as caption markup;
   * `chapters` cue text is checked for tags, which chapter titles may not use. Default: checked
   * as caption or subtitle text.
   */
  kind?: TrackKind;
}

const ELEMENT_NAMES: readonly CueElementName[] = ['c', 'i', 'b', 'u', 'ruby', 'rt', 'v', 'lang'];

const isElementName = (name: string): name is CueElementName =>
  (ELEMENT_NAMES as readonly string[]).includes(name);

/** The spec's input preprocessing: one leading BOM dropped, NUL → U+FFFD, CRLF and CR → LF. */
function normalize(text: string): string {
  // UTF-8 decoding strips exactly one BOM; a second one is content and fails the signature.
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return withoutBom.replace(/\0/g, '\uFFFD').replace(/\r\n?/g, '\n');
}

/** The spec's signature check: "WEBVTT", then end of input, a space, a tab or a line break. */
function signatureProblem(input: string): string | null {
  if (!input.startsWith('WEBVTT')) {
    return 'No valid signature: a WebVTT file must start with "WEBVTT" (capitals, on the first line).';
  }
  const next = input[6];
  if (next !== undefined && next !== ' ' && next !== '\t' && next !== '\n') {
    return 'No valid signature: "WEBVTT" must be followed by a space, a tab or a line break.';
  }
  return null;
}

/** Converts webvtt-parser's tree into CueNodes, dropping empty text and unknown elements. */
function toCueNodes(nodes: readonly webvttParser.Node[]): CueNode[] {
  const out: CueNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value !== '') out.push({ type: 'text', value: node.value });
    } else if (node.type === 'timestamp') {
      out.push({ type: 'timestamp', time: node.value });
    } else if (isElementName(node.name)) {
      out.push({
        type: 'element',
        name: node.name,
        classes: [...node.classes],
        annotation: node.value ?? '',
        children: toCueNodes(node.children),
      });
    } else {
      out.push(...toCueNodes(node.children));
    }
  }
  return out;
}

/** Maps a 0-based offset in a cue's text to its 1-based line and column in the file. */
function locateInText(text: string, firstLine: number, offset: number): { line: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, clamped);
  const breaks = before.split('\n').length - 1;
  return { line: firstLine + breaks, column: clamped - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * The cue-text warnings listed per cue; the rest are counted in one more. Hostile markup (tens of
 * thousands of unclosed tags) gave a warning per tag, each located by scanning the text before
 * it: a report nobody reads and time that grew with the square of the cue's length.
 */
export const MAX_CUE_TEXT_WARNINGS = 10;

function parseCueText(block: CueBlock, kind: TrackKind | undefined, errors: ParseError[]): CueNode[] {
  const textLine = block.line + 1;
  const mode = kind === 'metadata' || kind === 'chapters' ? kind : undefined;
  let warnings = 0;
  const reportUnlisted = () => {
    const unlisted = warnings - MAX_CUE_TEXT_WARNINGS;
    if (unlisted > 0)
      errors.push({
        severity: 'warning',
        line: textLine,
        column: 1,
        message: `Cue text: ${unlisted} more problem${unlisted === 1 ? '' : 's'} in this cue, not listed.`,
      });
  };
  try {
    const parser = new webvttParser.WebVTTCueTextParser(
      block.text,
      (message, column) => {
        if (++warnings > MAX_CUE_TEXT_WARNINGS) return;
        const where = locateInText(block.text, textLine, (column ?? 1) - 1);
        errors.push({ severity: 'warning', ...where, message: `Cue text: ${message}` });
      },
      mode,
      entities,
    );
    const nodes = toCueNodes(parser.parse(block.timing.startTime, block.timing.endTime).children);
    reportUnlisted();
    return nodes;
  } catch {
    reportUnlisted();
    // Pathological markup (e.g. tens of thousands of nested tags) can exhaust the stack inside
    // webvtt-parser; the cue is still shown, as plain text.
    errors.push({
      severity: 'warning',
      line: textLine,
      column: 1,
      message: 'Cue text markup could not be parsed; it is shown as plain text.',
    });
    return block.text === '' ? [] : [{ type: 'text', value: block.text }];
  }
}

function parseOrThrow(text: string, options: ParseOptions): ParsedTrack {
  const input = normalize(text);
  const bad = signatureProblem(input);
  if (bad !== null) {
    return {
      valid: false,
      cues: [],
      regions: [],
      errors: [{ severity: 'error', line: 1, column: 1, message: bad }],
    };
  }
  const { blocks, problems } = collectBlocks(input.split('\n'));
  const errors: ParseError[] = [...problems];

  const regions: Region[] = [];
  const regionsById = new Map<string, Region>();
  for (const block of blocks) {
    if (block.type !== 'region') continue;
    const { region, problems: regionProblems } = parseRegionSettings(block.settings);
    for (const p of regionProblems)
      errors.push({ severity: 'warning', line: p.line, column: p.offset + 1, message: p.message });
    if (region.id !== '' && regionsById.has(region.id)) {
      errors.push({
        severity: 'warning',
        line: block.line,
        column: 1,
        message: `Region id "${region.id}" is used again; cues use this later REGION block.`,
      });
    }
    // "The last WebVTT region in regions whose identifier is value" wins.
    if (region.id !== '') regionsById.set(region.id, region);
    regions.push(region);
  }

  const cues: Cue[] = [];
  let previousStart = 0;
  for (const block of blocks) {
    if (block.type !== 'cue') continue;
    const { timing } = block;
    for (const w of timing.warnings)
      errors.push({ severity: 'warning', line: block.line, column: w.offset + 1, message: w.message });
    if (timing.endTime <= timing.startTime) {
      errors.push({
        severity: 'error',
        line: block.line,
        column: 1,
        message: 'The cue ends at or before its start time, so it is never shown.',
      });
    }
    if (timing.startTime < previousStart) {
      errors.push({
        severity: 'warning',
        line: block.line,
        column: 1,
        message: 'This cue starts before the previous cue; cues should be in time order.',
      });
    }
    previousStart = timing.startTime;
    const { settings, problems: settingProblems } = parseCueSettings(timing.settingsText, regionsById);
    for (const p of settingProblems) {
      errors.push({
        severity: 'warning',
        line: block.line,
        column: timing.settingsOffset + p.offset + 1,
        message: p.message,
      });
    }
    cues.push({
      id: block.id,
      startTime: timing.startTime,
      endTime: timing.endTime,
      text: block.text,
      tree: parseCueText(block, options.kind, errors),
      settings,
      line: block.line,
    });
  }

  // TextTrackCueList order: start time, then longer cues first, then file order (sort is stable).
  cues.sort((a, b) => a.startTime - b.startTime || b.endTime - a.endTime);
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { valid: true, cues, regions, errors };
}

/**
 * Parses the text of a WebVTT file as a browser does (web-platform-tests conformant), and
 * reports what is wrong with it.
 *
 * - `valid: false` (and no cues) only when the signature is bad: the text must start with an
 *   optional BOM and `WEBVTT`, followed by the end, a space, a tab or a line break.
 * - Cues are in TextTrackCueList order (start time, then end time descending, then file order);
 *   `line` is the 1-based line of each cue's timing line. Cues naming the same region share one
 *   Region object.
 * - `errors` are sorted by line and column, both 1-based (columns count UTF-16 code units; the
 *   BOM is not counted). `error`: a browser drops or never shows content (bad signature, bad
 *   timing line, stray block, cue ending before it starts). `warning`: tolerated but invalid
 *   (missing blank lines, ignored settings, cue-text markup errors, unsorted cues).
 * - Accepts LF, CRLF and CR line breaks, NUL (read as U+FFFD) and hours above 99.
 * - Never throws: an unexpected internal failure is returned as `valid: false` with one error.
 */
export function parseWebVTT(text: string, options: ParseOptions = {}): ParsedTrack {
  try {
    return parseOrThrow(text, options);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return {
      valid: false,
      cues: [],
      regions: [],
      errors: [
        {
          severity: 'error',
          line: 1,
          column: 1,
          message: `The file could not be parsed (internal error: ${detail}).`,
        },
      ],
    };
  }
}
