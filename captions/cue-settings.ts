/**
 * Cue settings (`vertical`, `line`, `position`, `size`, `align`, `region`) with VTTCue's names and
 * defaults, following the spec's "parse the WebVTT cue settings" steps exactly, including when a
 * cue drops out of its region. Invalid settings are ignored, as browsers do, and reported.
 * Spec: https://w3c.github.io/webvtt/#parse-the-webvtt-cue-settings
 */
import type { CueSettings, Region } from './model';
import { parsePercentage, splitSettings, toFiniteNumber } from './setting-values';

/** A setting that was ignored or had no effect; `offset` is 0-based in the settings string. */
export interface SettingProblem {
  message: string;
  offset: number;
}

/** The settings of a cue that names none: VTTCue's defaults. */
export function defaultCueSettings(): CueSettings {
  return {
    vertical: '',
    line: 'auto',
    snapToLines: true,
    lineAlign: 'start',
    position: 'auto',
    positionAlign: 'auto',
    size: 100,
    align: 'center',
    region: null,
  };
}

const LINE_ALIGN = ['start', 'center', 'end'] as const;
const POSITION_ALIGN = ['line-left', 'center', 'line-right'] as const;
const TEXT_ALIGN = ['start', 'center', 'end', 'left', 'right'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** The line position without its alignment: a number, or null when the spec skips the setting. */
function parseLinePosition(linepos: string): number | null {
  if (!/\d/.test(linepos)) return null;
  if (linepos.endsWith('%')) return parsePercentage(linepos);
  // Only "-", digits and one "." between digits, with "-" first if at all.
  if (!/^-?\d+(?:\.\d+)?$/.test(linepos)) return null;
  return toFiniteNumber(linepos);
}

/**
 * Parses the settings part of a timing line.
 *
 * @param input the text after the end timestamp, e.g. ` line:0 align:start`.
 * @param regions the file's regions by id; the last REGION block with an id wins.
 * @returns the settings (defaults for anything absent or invalid) and one problem per ignored
 *   or ineffective setting. `region` is null when the named region does not exist, and whenever
 *   a later `vertical`, `line` or `size` (other than 100%) takes the cue out of its region, as
 *   the spec and web-platform-tests require. Never throws.
 */
export function parseCueSettings(
  input: string,
  regions: ReadonlyMap<string, Region>,
): { settings: CueSettings; problems: SettingProblem[] } {
  const settings = defaultCueSettings();
  const problems: SettingProblem[] = [];
  const { tokens, malformed } = splitSettings(input);
  for (const token of malformed) {
    problems.push({
      message: `Ignored cue setting "${token.text}": settings are written name:value.`,
      offset: token.offset,
    });
  }
  let regionNamed: { id: string; offset: number } | null = null;
  const seen = new Set<string>();
  for (const { name, value, offset } of tokens) {
    const ignore = (why: string) =>
      problems.push({ message: `Ignored cue setting "${name}:${value}": ${why}`, offset });
    if (seen.has(name))
      problems.push({
        message: `The setting "${name}" appears more than once; the last valid one wins.`,
        offset,
      });
    seen.add(name);
    switch (name) {
      case 'region': {
        const region = regions.get(value) ?? null;
        settings.region = region;
        regionNamed = region ? { id: value, offset } : null;
        if (!region) ignore(`no REGION block has the id "${value}".`);
        break;
      }
      case 'vertical': {
        if (value === 'rl' || value === 'lr') settings.vertical = value;
        else ignore('vertical is "rl" or "lr".');
        // Regions are only for horizontal cues.
        if (settings.vertical !== '') settings.region = null;
        break;
      }
      case 'line': {
        const comma = value.indexOf(',');
        const linepos = comma === -1 ? value : value.slice(0, comma);
        const linealign = comma === -1 ? null : value.slice(comma + 1);
        const number = parseLinePosition(linepos);
        if (number === null) {
          ignore('line is a line number (e.g. -1) or a percentage from 0% to 100%.');
          break;
        }
        const align = oneOf(LINE_ALIGN, linealign);
        if (linealign !== null && align === undefined) {
          ignore('the line alignment is "start", "center" or "end".');
          break;
        }
        if (align !== undefined) settings.lineAlign = align;
        settings.line = number;
        settings.snapToLines = !linepos.endsWith('%');
        // An explicit line position takes the cue out of its region.
        settings.region = null;
        break;
      }
      case 'position': {
        const comma = value.indexOf(',');
        const colpos = comma === -1 ? value : value.slice(0, comma);
        const colalign = comma === -1 ? null : value.slice(comma + 1);
        const number = parsePercentage(colpos);
        if (number === null) {
          ignore('position is a percentage from 0% to 100%.');
          break;
        }
        const align = oneOf(POSITION_ALIGN, colalign);
        if (colalign !== null && align === undefined) {
          ignore('the position alignment is "line-left", "center" or "line-right".');
          break;
        }
        if (align !== undefined) settings.positionAlign = align;
        settings.position = number;
        break;
      }
      case 'size': {
        const number = parsePercentage(value);
        if (number === null) {
          ignore('size is a percentage from 0% to 100%.');
          break;
        }
        settings.size = number;
        // An explicit size takes the cue out of its region.
        if (number !== 100) settings.region = null;
        break;
      }
      case 'align': {
        const align = oneOf(TEXT_ALIGN, value);
        if (align === undefined) ignore('align is "start", "center", "end", "left" or "right".');
        else settings.align = align;
        break;
      }
      default:
        ignore('unknown setting name.');
    }
  }
  if (regionNamed !== null && settings.region === null) {
    problems.push({
      message: `The cue is not placed in region "${regionNamed.id}": vertical, line and size settings take a cue out of its region.`,
      offset: regionNamed.offset,
    });
  }
  return { settings, problems };
}
