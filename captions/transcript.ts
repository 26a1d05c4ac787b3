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

/** A parsed track as {@link transcriptLanguages} needs it (a `LoadedTrack` narrowed down). */
export interface TranscriptSourceTrack {
  kind: string;
  /** BCP 47, as on `<track srclang>`. */
  srclang: string;
  label: string;
  cues: readonly Cue[];
}

/** The transcript in one language: one captions or subtitles track with descriptions and chapters. */
export interface TranscriptLanguage {
  /** The captions or subtitles track's language, as on `<track srclang>`. */
  srclang: string;
  /** The captions or subtitles track's label. */
  label: string;
  kind: 'captions' | 'subtitles';
  /** The language of the descriptions merged in, or '' when there are none. */
  descriptionsLang: string;
  /** The language of the chapter titles, or '' when there are none. */
  chaptersLang: string;
  chapters: TranscriptChapter[];
}

const primaryLanguage = (tag: string) => (tag.split('-')[0] ?? '').toLowerCase();

/**
 * One transcript per language of the title's captions and subtitles: captions tracks first, then
 * subtitles, each in the order given, the first track of a language winning. Descriptions and
 * chapters come from the track in the same primary language (`es-MX` matches `es`), or else from
 * the first track of their kind, so a translation still carries what is shown. No captions or
 * subtitles: no transcripts.
 */
export function transcriptLanguages(tracks: readonly TranscriptSourceTrack[]): TranscriptLanguage[] {
  const pick = (kind: string, srclang: string) => {
    const ofKind = tracks.filter((t) => t.kind === kind);
    return ofKind.find((t) => primaryLanguage(t.srclang) === primaryLanguage(srclang)) ?? ofKind[0];
  };
  const languages: TranscriptLanguage[] = [];
  for (const kind of ['captions', 'subtitles'] as const) {
    for (const track of tracks.filter((t) => t.kind === kind)) {
      if (languages.some((l) => l.srclang === track.srclang)) continue;
      const descriptions = pick('descriptions', track.srclang);
      const chapters = pick('chapters', track.srclang);
      languages.push({
        srclang: track.srclang,
        label: track.label,
        kind,
        descriptionsLang: descriptions?.srclang ?? '',
        chaptersLang: chapters?.srclang ?? '',
        chapters: buildTranscript({
          captions: track.cues,
          descriptions: descriptions?.cues,
          chapters: chapters?.cues,
        }),
      });
    }
  }
  return languages;
}
