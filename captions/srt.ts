/**
 * SubRip (`.srt`): writing a track out for players that do not read WebVTT, and reading one in
 * (the bring-your-own player accepts `.srt` files). Pure; `parseSrt` never throws and reports
 * every problem with its line and column, as `parseWebVTT` does.
 *
 * SubRip has no specification; this follows the de facto format that players accept: blocks
 * separated by blank lines, each a cue number, a timing line `00:01:05,250 --> 00:01:07,000`
 * and one or more lines of text, where `<i>`, `<b>` and `<u>` are the only markup.
 * Reference: https://en.wikipedia.org/wiki/SubRip#Format
 */
import type { CueNode, ParseError } from './model';

/** A SubRip cue. Times are seconds, as on `VTTCue`. */
export interface SrtCue {
  /** The cue number as written (`'12'`), or '' when the block has none. */
  id: string;
  /** Seconds. */
  startTime: number;
  /** Seconds. */
  endTime: number;
  /** The cue text, lines joined by `\n`, markup (`<i>`…) as written. */
  text: string;
  /** 1-based line of the cue's timing line in the source. */
  line: number;
}

/** What {@link toSrt} needs of a cue. */
export type SrtCueInput = Pick<SrtCue, 'startTime' | 'endTime' | 'text'>;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A SubRip timestamp: `hh:mm:ss,ttt` (`65.25` → `00:01:05,250`). Rounds to the millisecond;
 * hours grow past two digits when needed. Negative, NaN and infinite inputs give `00:00:00,000`.
 */
export function formatSrtTimestamp(seconds: number): string {
  const ms = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)},${pad(ms % 1000, 3)}`;
}

/**
 * The SubRip text of a WebVTT cue-text tree: `<i>`, `<b>` and `<u>` kept as tags, a `<v Name>`
 * voice written as a `Name: ` label before its words (SubRip has no voices, and SDH needs the
 * speaker), other markup dropped with its text kept, ruby text and timestamps left out.
 */
export function srtCueText(tree: readonly CueNode[]): string {
  const visit = (nodes: readonly CueNode[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'text') return node.value;
        if (node.type === 'timestamp' || node.name === 'rt') return '';
        const inner = visit(node.children);
        if (node.name === 'i' || node.name === 'b' || node.name === 'u')
          return `<${node.name}>${inner}</${node.name}>`;
        if (node.name === 'v' && node.annotation !== '') return `${node.annotation}: ${inner}`;
        return inner;
      })
      .join('');
  return visit(tree);
}

/** Cue text as SubRip lines: line breaks normalised, blank lines (which would end the cue) dropped. */
function srtLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/**
 * Writes cues as a SubRip file: numbered from 1 in the order given, times to the millisecond,
 * LF line endings, a blank line after each cue. Blank lines inside a cue's text are dropped
 * (SubRip would read them as the end of the cue). `parseSrt(toSrt(cues))` gives the cues back.
 */
export function toSrt(cues: readonly SrtCueInput[]): string {
  return cues
    .map((cue, i) =>
      [
        String(i + 1),
        `${formatSrtTimestamp(cue.startTime)} --> ${formatSrtTimestamp(cue.endTime)}`,
        ...srtLines(cue.text),
      ].join('\n'),
    )
    .map((block) => `${block}\n\n`)
    .join('');
}

type Timestamp = { ok: true; time: number; warning: string | null } | { ok: false; message: string };

const TIMESTAMP = /^(\d+):(\d{1,2}):(\d{1,2})([,.])(\d{1,3})$/;

/** Reads `hh:mm:ss,ttt`. A `.` separator or fewer than 3 fraction digits parse, with a warning. */
function parseSrtTimestamp(text: string): Timestamp {
  const match = TIMESTAMP.exec(text);
  if (!match)
    return { ok: false, message: `"${text}" is not a timestamp: expected hh:mm:ss,ttt (e.g. 00:01:05,250).` };
  const [, h = '0', m = '0', s = '0', separator, fraction = '0'] = match;
  if (Number(m) > 59 || Number(s) > 59) {
    return { ok: false, message: `"${text}": minutes and seconds must be at most 59.` };
  }
  // The same sum as the WebVTT parser's, so a WebVTT cue written out and read back is equal.
  const time = Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(fraction.padEnd(3, '0')) / 1000;
  if (!Number.isFinite(time)) return { ok: false, message: `"${text}" is too large.` };
  const warning =
    separator === '.'
      ? `"${text}" uses "." before the milliseconds; SubRip uses ",".`
      : fraction.length !== 3
        ? `"${text}" should have 3 digits of milliseconds.`
        : null;
  return { ok: true, time, warning };
}

/** One timestamp of the timing line: its text and 0-based offset in the line. */
function token(line: string, from: number, to: number): { text: string; offset: number } {
  const slice = line.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  return { text: slice.trim(), offset: from + lead };
}

/**
 * Reads a SubRip file. Never throws. A block without a usable timing line, or whose end comes
 * before its start, is left out with an error; a missing cue number, a `.` before the
 * milliseconds or short milliseconds give warnings. A leading BOM is dropped; CRLF and CR line
 * endings are read as LF. Coordinates after the end time (`X1:… Y2:…`) are ignored.
 * Errors carry 1-based line and column.
 */
export function parseSrt(text: string): { cues: SrtCue[]; errors: ParseError[] } {
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\0/g, '\uFFFD').split(/\r\n?|\n/);
  const cues: SrtCue[] = [];
  const errors: ParseError[] = [];
  const report = (severity: ParseError['severity'], message: string, line: number, column = 1) =>
    errors.push({ severity, message, line, column });

  let i = 0;
  while (i < lines.length) {
    if ((lines[i] ?? '').trim() === '') {
      i += 1;
      continue;
    }
    const first = i;
    const block: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() !== '') block.push(lines[i++] ?? '');

    const numbered = /^\s*\d+\s*$/.test(block[0] ?? '');
    const timingAt = numbered ? 1 : 0;
    const timing = block[timingAt];
    const lineNo = first + timingAt + 1;
    if (timing === undefined || !timing.includes('-->')) {
      report(
        'error',
        numbered
          ? 'Expected a timing line (00:00:01,000 --> 00:00:02,000) after the cue number.'
          : 'Expected a cue number and a timing line (00:00:01,000 --> 00:00:02,000); this block is not a cue.',
        timing === undefined ? lineNo - 1 : lineNo,
      );
      continue;
    }
    if (!numbered) report('warning', 'The cue has no number before its timing line.', lineNo);

    const arrow = timing.indexOf('-->');
    const start = token(timing, 0, arrow);
    const afterArrow = token(timing, arrow + 3, timing.length);
    const endText = afterArrow.text.split(/\s+/)[0] ?? '';
    const times = [
      { ...start, parsed: parseSrtTimestamp(start.text) },
      { text: endText, offset: afterArrow.offset, parsed: parseSrtTimestamp(endText) },
    ];
    let failed = false;
    for (const t of times) {
      if (!t.parsed.ok) {
        report('error', t.parsed.message, lineNo, t.offset + 1);
        failed = true;
      } else if (t.parsed.warning) report('warning', t.parsed.warning, lineNo, t.offset + 1);
    }
    const [startTime, endTime] = times.map((t) => (t.parsed.ok ? t.parsed.time : NaN)) as [number, number];
    if (failed) continue;
    if (endTime < startTime) {
      report('error', 'The cue ends before it starts.', lineNo, afterArrow.offset + 1);
      continue;
    }
    cues.push({
      id: numbered ? (block[0] ?? '').trim() : '',
      startTime,
      endTime,
      text: block.slice(timingAt + 1).join('\n'),
      line: lineNo,
    });
  }
  return { cues, errors };
}
