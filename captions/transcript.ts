/**
 * The descriptive transcript model (WCAG 1.2.8): captions (or subtitles), descriptions and
 * chapters merged into one reading order, grouped under chapter headings.
 */
import type { Cue, CueNode } from './model';
import { cuePlainText, cueSpeaker } from './cue-text-plain';

/** What a transcript line is: spoken words, a sound cue (`[drums]`, `♪`), or a description. */
export type TranscriptEntryKind = 'speech' | 'sound' | 'description';

export interface TranscriptEntry {
  /** Unique within the transcript: `c12` (caption cue 12) or `d3` (description 3). */
  key: string;
  kind: TranscriptEntryKind;
  /** Seconds. */
  startTime: number;
  /** Seconds. */
  endTime: number;
  /** The speaker from `<v Name>`, or ''. */
  speaker: string;
  /** Plain text without markup (and without the speaker). */
  text: string;
  tree: CueNode[];
}

export interface TranscriptChapter {
  /** The chapter title, or '' for entries before the first chapter. */
  title: string;
  /** Seconds. */
  startTime: number;
  entries: TranscriptEntry[];
}

const SOUND_ONLY = /^(?:\[[^\]]*\]\s*)+$|^♪/u;

/** Whether a caption's plain text is a sound cue (`[ringing]`) or music (`♪ …`) rather than speech. */
export function isSoundCue(text: string): boolean {
  return SOUND_ONLY.test(text.trim());
}

/**
 * Merges the tracks in time order (captions before descriptions at the same start) and groups
 * them by chapter: an entry belongs to the last chapter starting at or before its start.
 * Empty chapters are kept, so every chapter heading appears.
 */
export function buildTranscript(tracks: {
  captions: readonly Cue[];
  descriptions?: readonly Cue[];
  chapters?: readonly Cue[];
}): TranscriptChapter[] {
  const entries: TranscriptEntry[] = [
    ...tracks.captions.map((cue, i): TranscriptEntry => {
      const text = cuePlainText(cue.tree);
      return {
        key: `c${i}`,
        kind: isSoundCue(text) ? 'sound' : 'speech',
        startTime: cue.startTime,
        endTime: cue.endTime,
        speaker: cueSpeaker(cue.tree),
        text,
        tree: cue.tree,
      };
    }),
    ...(tracks.descriptions ?? []).map((cue, i): TranscriptEntry => ({
      key: `d${i}`,
      kind: 'description',
      startTime: cue.startTime,
      endTime: cue.endTime,
      speaker: '',
      text: cuePlainText(cue.tree),
      tree: cue.tree,
    })),
  ];
  const order = (e: TranscriptEntry) => (e.kind === 'description' ? 1 : 0);
  entries.sort((a, b) => a.startTime - b.startTime || order(a) - order(b));

  const chapters: TranscriptChapter[] = [...(tracks.chapters ?? [])]
    .sort((a, b) => a.startTime - b.startTime)
    .map((cue) => ({ title: cuePlainText(cue.tree), startTime: cue.startTime, entries: [] }));
  const first = chapters[0];
  if (!first || (entries[0] && entries[0].startTime < first.startTime)) {
    chapters.unshift({ title: '', startTime: 0, entries: [] });
  }
  let c = 0;
  for (const entry of entries) {
    while (c + 1 < chapters.length && chapters[c + 1]!.startTime <= entry.startTime) c++;
    chapters[c]!.entries.push(entry);
  }
  return chapters;
}
