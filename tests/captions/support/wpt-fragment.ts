/**
 * Serializes a cue's CueNode tree the way web-platform-tests prints `getCueAsHTML()` in the
 * html5lib `#document-fragment` format (see tests/fixtures/wpt-webvtt/README.md): one node per
 * line after `| ` plus two spaces per depth, attributes sorted by name, `c`/`v`/`lang` as `span`.
 */
import type { CueNode } from '../../../captions/model';

const HTML_NAME = {
  c: 'span',
  v: 'span',
  lang: 'span',
  i: 'i',
  b: 'b',
  u: 'u',
  ruby: 'ruby',
  rt: 'rt',
} as const;

/** A WebVTT timestamp as WPT prints it: always hours, at least two digits each, `HH:MM:SS.mmm`. */
function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000), 2)}:${pad(Math.floor(ms / 60_000) % 60, 2)}:${pad(Math.floor(ms / 1000) % 60, 2)}.${pad(ms % 1000, 3)}`;
}

function lines(nodes: readonly CueNode[], depth: number): string[] {
  const indent = `| ${'  '.repeat(depth)}`;
  return nodes.flatMap((node): string[] => {
    if (node.type === 'text') return [`${indent}"${node.value}"`];
    if (node.type === 'timestamp') return [`${indent}<?timestamp ${timestamp(node.time)}>`];
    const attributes: string[] = [];
    if (node.classes.length > 0) attributes.push(`class="${node.classes.join(' ')}"`);
    if (node.name === 'lang') attributes.push(`lang="${node.annotation}"`);
    if (node.name === 'v') attributes.push(`title="${node.annotation}"`);
    return [
      `${indent}<${HTML_NAME[node.name]}>`,
      ...attributes.map((a) => `${indent}  ${a}`),
      ...lines(node.children, depth + 1),
    ];
  });
}

/** The `#document-fragment` serialization of a cue tree. */
export function serializeFragment(tree: readonly CueNode[]): string {
  return ['#document-fragment', ...lines(tree, 0)].join('\n');
}
