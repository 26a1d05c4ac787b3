/**
 * SubRip cues in the caption model: each SubRip cue becomes a WebVTT cue, so the player, the
 * transcript and the lint treat a `.srt` file exactly as a `.vtt` one.
 */
import { formatVttTimestamp } from './format';
import type { Cue, ParseError } from './model';
import { parseWebVTT } from './parse';
import type { SrtCue } from './srt';

/** SubRip's tags that WebVTT has too. */
const KEPT_TAG = /^<\/?[ibu]>$/i;

/**
 * A SubRip cue's text as WebVTT cue text: `<i>`, `<b>` and `<u>` kept (lower-cased); `<font …>`
 * dropped (WebVTT colours come from the viewer's caption style); every other `<` and every `&`
 * escaped, so `<script>` or `a < b` shows as written; `-->` escaped, as WebVTT would end the
 * cue there.
 */
export function srtTextToVtt(text: string): string {
  return text
    .split(/(<[^<>]*>)/)
    .map((part, i) => {
      if (i % 2 === 1) {
        if (KEPT_TAG.test(part)) return part.toLowerCase();
        if (/^<\/?font\b/i.test(part)) return '';
      }
      return part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    })
    .join('');
}

/**
 * Converts SubRip cues to the caption model by writing them as WebVTT and parsing that, so each
 * cue gets its text tree and default settings exactly as a `.vtt` file would give them. `line`
 * (of each cue and of each cue-text problem found on the way) is mapped back to the SubRip
 * file's lines. Cue ids are the SubRip cue numbers. Never throws.
 */
export function srtToCues(srtCues: readonly SrtCue[]): { cues: Cue[]; errors: ParseError[] } {
  // [line of the timing line in the generated WebVTT, line of the timing line in the SubRip file]
  const lineMap: Array<[number, number]> = [];
  let line = 3; // after "WEBVTT" and a blank line
  const blocks = srtCues.map((cue) => {
    const text = srtTextToVtt(cue.text);
    const head = cue.id ? [cue.id] : [];
    lineMap.push([line + head.length, cue.line]);
    const block = [
      ...head,
      `${formatVttTimestamp(cue.startTime)} --> ${formatVttTimestamp(cue.endTime)}`,
      ...(text ? [text] : []),
    ];
    line += block.join('\n').split('\n').length + 1;
    return block.join('\n');
  });
  const parsed = parseWebVTT(['WEBVTT', ...blocks].join('\n\n'));
  const toSrtLine = (vttLine: number) => {
    let found: [number, number] | undefined;
    for (const entry of lineMap) {
      if (entry[0] > vttLine) break;
      found = entry;
    }
    return found ? found[1] + (vttLine - found[0]) : vttLine;
  };
  return {
    cues: parsed.cues.map((cue) => ({ ...cue, line: toSrtLine(cue.line) })),
    errors: parsed.errors.map((error) => ({ ...error, line: toSrtLine(error.line) })),
  };
}
