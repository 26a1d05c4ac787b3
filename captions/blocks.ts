/**
 * The block structure of a WebVTT file after its signature line: the header, then cue, REGION,
 * STYLE and NOTE blocks separated by blank lines. Follows the spec's "WebVTT parser algorithm"
 * and "collect a WebVTT block" steps line by line, so that every block keeps its line numbers.
 * Spec: https://w3c.github.io/webvtt/#file-parsing
 */
import { parseTimingLine, type ParsedTiming } from './cue-timings';
import type { ParseError } from './model';
import type { RegionSettingsLine } from './regions';

/** A cue block whose timing line parsed. Lines are 1-based. */
export interface CueBlock {
  type: 'cue';
  /** The line before the timing line, or '' when the block starts with the timing line. */
  id: string;
  /** 1-based line of the timing line. */
  line: number;
  timing: ParsedTiming;
  /** The raw cue text, lines joined with LF. */
  text: string;
}

/** A REGION block (only recognised before the first cue). */
export interface RegionBlock {
  type: 'region';
  /** 1-based line of the `REGION` line. */
  line: number;
  settings: RegionSettingsLine[];
}

export type Block = CueBlock | RegionBlock;

const ARROW = '-->';

/** True when `buffer` is `keyword` followed only by ASCII whitespace, as the spec requires. */
function isKeywordLine(buffer: string, keyword: string): boolean {
  return buffer.startsWith(keyword) && /^[\t\n\f\r ]*$/.test(buffer.slice(keyword.length));
}

/** A comment block: `NOTE` followed by a space, a tab or the end of its line. */
function isNoteLine(line: string): boolean {
  return /^NOTE(?:$|[ \t])/.test(line);
}

/**
 * Splits normalized input (LF line breaks only, BOM removed, signature already checked) into
 * blocks. `lines[0]` is the signature line. Problems that browsers tolerate are warnings;
 * anything that makes a browser drop content is an error. Never throws.
 */
export function collectBlocks(lines: readonly string[]): { blocks: Block[]; problems: ParseError[] } {
  const blocks: Block[] = [];
  const problems: ParseError[] = [];
  const report = (severity: ParseError['severity'], line: number, column: number, message: string) =>
    problems.push({ severity, line, column, message });
  let i = 1;
  let seenCue = false;

  // Header: lines straight after the signature line, up to a blank line, are ignored. A timing
  // line ends the header early and starts the first cue.
  if (i < lines.length && lines[i] !== '') {
    report(
      'warning',
      i + 1,
      1,
      'Add a blank line after the WEBVTT line; text up to the first blank line is ignored.',
    );
    while (i < lines.length && lines[i] !== '' && !(lines[i] ?? '').includes(ARROW)) i += 1;
  }

  const skipBlankLines = () => {
    while (i < lines.length && lines[i] === '') i += 1;
  };

  const collectBlock = () => {
    const firstLine = i + 1;
    let lineCount = 0;
    let buffer = '';
    let seenArrow = false;
    let cue: { id: string; line: number; timing: ParsedTiming; textLines: string[] } | null = null;
    let region: RegionSettingsLine[] | null = null;
    let style = false;
    let timingFailed = false;
    while (i < lines.length) {
      const line = lines[i] ?? '';
      const lineNumber = i + 1;
      i += 1;
      lineCount += 1;
      if (line.includes(ARROW)) {
        if (lineCount === 1 || (lineCount === 2 && !seenArrow)) {
          seenArrow = true;
          const timing = parseTimingLine(line);
          if (timing.ok) {
            cue = { id: buffer, line: lineNumber, timing, textLines: [] };
            buffer = '';
            seenCue = true;
          } else {
            cue = null;
            timingFailed = true;
            report(
              'error',
              lineNumber,
              timing.problem.offset + 1,
              `${timing.problem.message} This cue is dropped.`,
            );
          }
        } else {
          // The spec starts a new block at this line; it is valid only after a blank line.
          i -= 1;
          report('warning', lineNumber, 1, 'Add a blank line before this timing line.');
          break;
        }
      } else if (line === '') {
        break;
      } else {
        if (lineCount === 2 && !seenCue && cue === null) {
          if (isKeywordLine(buffer, 'STYLE')) {
            style = true;
            buffer = '';
          } else if (isKeywordLine(buffer, 'REGION')) {
            region = [];
            buffer = '';
          }
        }
        buffer = buffer === '' ? line : `${buffer}\n${line}`;
        if (cue !== null) cue.textLines.push(line);
        else if (region !== null) region.push({ text: line, line: lineNumber });
      }
    }
    if (cue !== null) {
      blocks.push({
        type: 'cue',
        id: cue.id,
        line: cue.line,
        timing: cue.timing,
        text: cue.textLines.join('\n'),
      });
    } else if (region !== null) {
      blocks.push({ type: 'region', line: firstLine, settings: region });
    } else if (!style && !timingFailed) {
      const first = lines[firstLine - 1] ?? '';
      if (isNoteLine(first)) return;
      if (isKeywordLine(first, 'REGION') || isKeywordLine(first, 'STYLE')) {
        report(
          'error',
          firstLine,
          1,
          `${first.trim()} blocks must come before the first cue and hold at least one line; this one is ignored.`,
        );
      } else {
        report(
          'error',
          firstLine,
          1,
          'This block is ignored: a cue needs a timing line such as "00:01.000 --> 00:04.000" on its first or second line.',
        );
      }
    }
  };

  skipBlankLines();
  while (i < lines.length) {
    collectBlock();
    skipBlankLines();
  }
  return { blocks, problems };
}
