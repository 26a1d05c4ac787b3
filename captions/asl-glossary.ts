/**
 * The ASL notes as a glossary: ordered by gloss, as a dictionary is, rather than by time.
 */
import type { AslMoment } from './asl-moment';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The moments sorted by gloss (`DEAF` before `HEAR` before `HEARING`; digits compare as
 * numbers), then by start time when one gloss occurs more than once. Returns a new array; the
 * input is not modified.
 */
export function sortByGloss<T extends AslMoment>(moments: readonly T[]): T[] {
  return [...moments].sort(
    (a, b) => collator.compare(a.note.gloss, b.note.gloss) || a.startTime - b.startTime,
  );
}

/**
 * The id of a glossary entry's element: `asl-` plus the gloss in lowercase with spaces as
 * hyphens, plus the start time in milliseconds so that a gloss met twice has two distinct ids
 * (`DEAF` at 70.371 s → `asl-deaf-70371`).
 */
export function glossaryEntryId(moment: AslMoment): string {
  return `asl-${moment.note.gloss.toLowerCase().replace(/ /g, '-')}-${Math.round(moment.startTime * 1000)}`;
}
