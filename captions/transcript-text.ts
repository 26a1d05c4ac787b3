/**
 * The descriptive transcript as plain text, for the `.txt` download: readable in any editor and
 * on a braille display, with nothing carried by layout or colour alone.
 */
import { formatTimestamp } from './format';
import type { TranscriptChapter, TranscriptEntry } from './transcript';

const KIND_LABEL: Record<TranscriptEntry['kind'], string> = {
  speech: '',
  sound: 'Sound: ',
  description: 'Description: ',
};

/**
 * One transcript entry as a line: `[1:05] Ruben: What?`, `[0:15] Sound: [drums]`,
 * `[0:00] Description: A title card.`. The cue's line breaks become spaces.
 */
export function transcriptEntryLine(entry: TranscriptEntry): string {
  const speaker = entry.speaker ? `${entry.speaker}: ` : '';
  const words = entry.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
  return `[${formatTimestamp(entry.startTime)}] ${KIND_LABEL[entry.kind]}${speaker}${words}`;
}

/**
 * The whole transcript: the title, any preface lines (a notice about the media), then each
 * chapter as `Chapter: Title (m:ss)` followed by its entries, one a line. Sections are separated
 * by a blank line; entries before the first chapter have no heading. LF line endings, ending
 * with one.
 */
export function transcriptText(
  chapters: readonly TranscriptChapter[],
  options: { title: string; preface?: readonly string[] },
): string {
  const sections = [[options.title, ...(options.preface ?? [])].join('\n')];
  for (const chapter of chapters) {
    const heading = chapter.title
      ? [`Chapter: ${chapter.title} (${formatTimestamp(chapter.startTime)})`, '']
      : [];
    if (!chapter.title && chapter.entries.length === 0) continue;
    sections.push([...heading, ...chapter.entries.map(transcriptEntryLine)].join('\n').trimEnd());
  }
  return `${sections.join('\n\n')}\n`;
}
