/**
 * Writing cues as a WebVTT file: the bring-your-own player's corrected export, the track it
 * hands the browser, and the caption check's `--fix-offset` copy.
 * Spec: https://w3c.github.io/webvtt/#file-structure
 */
import { formatVttTimestamp } from './format';
import type { Cue, CueSettings } from './model';

/** What {@link toWebVTT} needs of a cue. */
export type VttCueInput = Pick<Cue, 'id' | 'startTime' | 'endTime' | 'text' | 'settings'>;

/**
 * The cue-settings text of a timing line, e.g. `line:0 position:10%,line-left align:start`:
 * only settings that differ from VTTCue's defaults, so a cue without settings gets ''. A
 * percentage line keeps its `%`. Regions are not written (see {@link toWebVTT}), nor a line
 * alignment without a line position, which WebVTT cannot express.
 */
export function formatCueSettings(settings: CueSettings): string {
  const out: string[] = [];
  if (settings.vertical !== '') out.push(`vertical:${settings.vertical}`);
  if (settings.line !== 'auto') {
    const align = settings.lineAlign === 'start' ? '' : `,${settings.lineAlign}`;
    out.push(`line:${settings.line}${settings.snapToLines ? '' : '%'}${align}`);
  }
  if (settings.position !== 'auto') {
    const align = settings.positionAlign === 'auto' ? '' : `,${settings.positionAlign}`;
    out.push(`position:${settings.position}%${align}`);
  }
  if (settings.size !== 100) out.push(`size:${settings.size}%`);
  if (settings.align !== 'center') out.push(`align:${settings.align}`);
  return out.join(' ');
}

/**
 * A WebVTT file of `cues`, in the order given: `WEBVTT`, then per cue its identifier (when it
 * has one), the timing line with its settings, and the cue text as written (markup kept); LF
 * line endings and a blank line after each cue. Times are rounded to the millisecond. NOTE,
 * STYLE and REGION blocks are not part of the cue model, so they are not written; cues keep
 * every other setting. `parseWebVTT(toWebVTT(cues))` gives the same cues back (regions aside).
 */
export function toWebVTT(cues: readonly VttCueInput[]): string {
  const blocks = cues.map((cue) => {
    const settings = formatCueSettings(cue.settings);
    const timing = `${formatVttTimestamp(cue.startTime)} --> ${formatVttTimestamp(cue.endTime)}${settings ? ` ${settings}` : ''}`;
    return [...(cue.id ? [cue.id] : []), timing, ...(cue.text === '' ? [] : [cue.text])].join('\n');
  });
  return ['WEBVTT', ...blocks].map((block) => `${block}\n\n`).join('');
}
