/**
 * WebVTT regions: the `REGION` header block and its settings (`id`, `width`, `lines`,
 * `regionanchor`, `viewportanchor`, `scroll`), with VTTRegion's defaults.
 * Spec: https://w3c.github.io/webvtt/#region-settings-parsing
 */
import type { Region } from './model';
import { parsePercentage, splitSettings } from './setting-values';

/** One line of a REGION block's settings, with its 1-based line number in the file. */
export interface RegionSettingsLine {
  text: string;
  line: number;
}

/** A REGION setting that was ignored; `line` is 1-based, `offset` 0-based within that line. */
export interface RegionProblem {
  message: string;
  line: number;
  offset: number;
}

/** Parses `x%,y%` into a pair of percentages, or null when either half is not one. */
function parseAnchor(value: string): [number, number] | null {
  const comma = value.indexOf(',');
  if (comma === -1) return null;
  const x = parsePercentage(value.slice(0, comma));
  const y = parsePercentage(value.slice(comma + 1));
  return x === null || y === null ? null : [x, y];
}

/**
 * Builds a Region from the lines of a REGION block after its `REGION` line. Unknown or invalid
 * settings are ignored (and reported) and the default kept: width 100, lines 3, both anchors
 * (0, 100), scroll ''. A repeated setting overrides the earlier one. `lines` keeps any run of
 * digits as a number (WPT expects `1e34` from 35 digits). Never throws.
 */
export function parseRegionSettings(lines: readonly RegionSettingsLine[]): {
  region: Region;
  problems: RegionProblem[];
} {
  const region: Region = {
    id: '',
    width: 100,
    lines: 3,
    regionAnchorX: 0,
    regionAnchorY: 100,
    viewportAnchorX: 0,
    viewportAnchorY: 100,
    scroll: '',
  };
  const problems: RegionProblem[] = [];
  for (const { text, line } of lines) {
    const { tokens, malformed } = splitSettings(text);
    for (const token of malformed) {
      problems.push({
        message: `Ignored region setting "${token.text}": settings are written name:value.`,
        line,
        offset: token.offset,
      });
    }
    for (const { name, value, offset } of tokens) {
      const ignore = (why: string) =>
        problems.push({ message: `Ignored region setting "${name}:${value}": ${why}`, line, offset });
      switch (name) {
        case 'id':
          region.id = value;
          break;
        case 'width': {
          const width = parsePercentage(value);
          if (width === null) ignore('width is a percentage from 0% to 100%.');
          else region.width = width;
          break;
        }
        case 'lines':
          if (/^\d+$/.test(value)) region.lines = Number(value);
          else ignore('lines is a whole number of lines.');
          break;
        case 'regionanchor': {
          const anchor = parseAnchor(value);
          if (anchor === null) ignore('regionanchor is two percentages, e.g. 0%,100%.');
          else [region.regionAnchorX, region.regionAnchorY] = anchor;
          break;
        }
        case 'viewportanchor': {
          const anchor = parseAnchor(value);
          if (anchor === null) ignore('viewportanchor is two percentages, e.g. 10%,90%.');
          else [region.viewportAnchorX, region.viewportAnchorY] = anchor;
          break;
        }
        case 'scroll':
          if (value === 'up') region.scroll = 'up';
          else ignore('scroll is "up" or absent.');
          break;
        default:
          ignore('unknown setting name.');
      }
    }
  }
  return { region, problems };
}
