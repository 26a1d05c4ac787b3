import type { ReactNode } from 'react';
import type { CueNode } from '@/captions/model';

/**
 * Renders a cue-text tree as React elements, never as an HTML string: cue text from any file
 * can only ever become these elements, with text escaped by React.
 * `c` classes become CSS classes (prefixed `cue-` so a file cannot borrow the page's styles),
 * `v` a span carrying the speaker, `lang` a span with `lang`. Timestamps split karaoke cues:
 * with `time` given, text after a timestamp still in the future is marked `data-cue-future`.
 */
export function CueText({ nodes, time }: { nodes: readonly CueNode[]; time?: number }): ReactNode {
  return renderNodes(nodes, time, { future: false });
}

function renderNodes(
  nodes: readonly CueNode[],
  time: number | undefined,
  state: { future: boolean },
): ReactNode[] {
  return nodes.map((node, i) => {
    if (node.type === 'timestamp') {
      if (time !== undefined && node.time > time) state.future = true;
      return null;
    }
    if (node.type === 'text') {
      return state.future ? (
        <span key={i} data-cue-future="">
          {node.value}
        </span>
      ) : (
        node.value
      );
    }
    const children = renderNodes(node.children, time, state);
    const className = node.classes.length > 0 ? node.classes.map((c) => `cue-${c}`).join(' ') : undefined;
    switch (node.name) {
      case 'b':
        return (
          <b key={i} className={className}>
            {children}
          </b>
        );
      case 'i':
        return (
          <i key={i} className={className}>
            {children}
          </i>
        );
      case 'u':
        return (
          <u key={i} className={className}>
            {children}
          </u>
        );
      case 'ruby':
        return (
          <ruby key={i} className={className}>
            {children}
          </ruby>
        );
      case 'rt':
        return (
          <rt key={i} className={className}>
            {children}
          </rt>
        );
      case 'lang':
        return (
          <span key={i} className={className} lang={node.annotation || undefined}>
            {children}
          </span>
        );
      case 'v':
        return (
          <span key={i} className={className} data-speaker={node.annotation}>
            {children}
          </span>
        );
      default:
        return (
          <span key={i} className={className}>
            {children}
          </span>
        );
    }
  });
}
