/**
 * Plain text from a cue-text tree, for search, transcripts and reading-speed checks.
 */
import type { CueNode } from './model';

/**
 * The cue's text with all markup removed: tags dropped, their text kept, entities already
 * decoded by the parser, line breaks kept as `\n`. Ruby text (`<rt>`, the pronunciation shown
 * above the base text) and timestamps are left out, and so is the `<v Speaker>` annotation,
 * which is not part of the spoken text (see {@link cueSpeaker}). An empty tree gives ''.
 */
export function cuePlainText(tree: readonly CueNode[]): string {
  let text = '';
  const visit = (nodes: readonly CueNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') text += node.value;
      else if (node.type === 'element' && node.name !== 'rt') visit(node.children);
    }
  };
  visit(tree);
  return text;
}

/**
 * The speaker: the annotation of the first `<v …>` element in document order
 * (`<v Roger Bingham>` → "Roger Bingham"), or '' when the cue names none or `<v>` has no name.
 */
export function cueSpeaker(tree: readonly CueNode[]): string {
  for (const node of tree) {
    if (node.type !== 'element') continue;
    if (node.name === 'v') return node.annotation;
    const inner = cueSpeaker(node.children);
    if (inner !== '') return inner;
  }
  return '';
}
