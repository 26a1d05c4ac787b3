/**
 * A cue as the app's client components read it, made from the browser's `VTTCue`: the `<track>`
 * elements load the same WebVTT files the server parsed, so the page sends no cue data of its
 * own (a 10,000-cue title's page would otherwise carry every cue's text and tree again).
 */
import { collectTimestamp } from '@/captions/cue-timings';
import type { Cue, CueElementName, CueNode, CueSettings } from '@/captions/model';

export type TrackCue = Pick<Cue, 'id' | 'startTime' | 'endTime' | 'text' | 'tree' | 'settings'>;

const TAGS: Partial<Record<string, CueElementName>> = { i: 'i', b: 'b', u: 'u', ruby: 'ruby', rt: 'rt' };

/**
 * The cue-text tree of `getCueAsHTML()`'s fragment, as the core's parser builds it: the HTML
 * spec maps `<v>` to a `span` with `title` (the speaker), `<lang>` to a `span` with `lang`, `<c>`
 * to a plain `span`, and timestamps to `timestamp` processing instructions. Empty text is
 * dropped, as in `parse.ts`.
 */
export function cueTreeOf(parent: ParentNode): CueNode[] {
  const nodes: CueNode[] = [];
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === 3 /* TEXT_NODE */) {
      const value = (child as Text).data;
      if (value) nodes.push({ type: 'text', value });
    } else if (child.nodeType === 7 /* PROCESSING_INSTRUCTION_NODE */) {
      const instruction = child as ProcessingInstruction;
      const timestamp = collectTimestamp(instruction.data, 0);
      if (instruction.target === 'timestamp' && timestamp.ok)
        nodes.push({ type: 'timestamp', time: timestamp.time });
    } else if (child.nodeType === 1 /* ELEMENT_NODE */) {
      const element = child as Element;
      const classes = Array.from(element.classList);
      const children = cueTreeOf(element);
      const tag = element.localName;
      if (tag === 'span' && element.hasAttribute('title'))
        nodes.push({
          type: 'element',
          name: 'v',
          classes,
          annotation: element.getAttribute('title')!,
          children,
        });
      else if (tag === 'span' && element.hasAttribute('lang'))
        nodes.push({
          type: 'element',
          name: 'lang',
          classes,
          annotation: element.getAttribute('lang')!,
          children,
        });
      else if (tag === 'span') nodes.push({ type: 'element', name: 'c', classes, annotation: '', children });
      else if (TAGS[tag]) nodes.push({ type: 'element', name: TAGS[tag], classes, annotation: '', children });
      else nodes.push(...children);
    }
  }
  return nodes;
}

/** The cue's settings with `VTTCue`'s names; Chromium has no `lineAlign`/`positionAlign` (the defaults then). */
export function cueSettingsOf(cue: VTTCue): CueSettings {
  return {
    vertical: cue.vertical ?? '',
    line: cue.line ?? 'auto',
    snapToLines: cue.snapToLines ?? true,
    lineAlign: cue.lineAlign ?? 'start',
    position: cue.position ?? 'auto',
    positionAlign: cue.positionAlign ?? 'auto',
    size: cue.size ?? 100,
    align: cue.align ?? 'center',
    region: null,
  };
}

const converted = new WeakMap<TextTrackCue, TrackCue>();

/**
 * The app's form of a browser cue, made once per cue and kept while its times and text are
 * unchanged (a timing offset may move a cue in place: then it is made again).
 */
export function trackCueOf(cue: TextTrackCue): TrackCue {
  const known = converted.get(cue);
  const vtt = cue as VTTCue;
  if (known && known.startTime === cue.startTime && known.endTime === cue.endTime && known.text === vtt.text)
    return known;
  const made: TrackCue = {
    id: cue.id,
    startTime: cue.startTime,
    endTime: cue.endTime,
    text: vtt.text ?? '',
    tree:
      typeof vtt.getCueAsHTML === 'function'
        ? cueTreeOf(vtt.getCueAsHTML())
        : [{ type: 'text', value: vtt.text ?? '' }],
    settings: cueSettingsOf(vtt),
  };
  converted.set(cue, made);
  return made;
}
