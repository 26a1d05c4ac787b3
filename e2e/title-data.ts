// What the tests expect is read from the shipped files through the same core the app uses, so no
// count or text is hard-coded in a spec.
import { buildTranscript, transcriptLanguages } from '../captions/transcript';
import { listTitleSlugs, readTitleFolder, titleRoots, type LoadedTitle } from '../captions/title-folder';

export const DEMO_SLUG = 'sound-of-metal';

export function readTitle(slug: string = DEMO_SLUG): LoadedTitle {
  const root = titleRoots().find((r) => listTitleSlugs(r).includes(slug));
  if (!root) throw new Error(`no title ${slug}: fixture titles need CAPTION_FIXTURES_DIR (npm test sets it)`);
  const { title, problems } = readTitleFolder(slug, root);
  if (!title) throw new Error(`cannot read title ${slug}: ${problems.map((p) => p.message).join('; ')}`);
  return title;
}

export function cuesOf(title: LoadedTitle, kind: string) {
  return title.tracks.find((t) => t.kind === kind)?.parsed.cues ?? [];
}

export function transcriptOf(title: LoadedTitle) {
  return buildTranscript({
    captions: cuesOf(title, 'captions'),
    descriptions: cuesOf(title, 'descriptions'),
    chapters: cuesOf(title, 'chapters'),
  });
}

export const allSlugs = () => listTitleSlugs();

/** The e2e-only fixture title with a synthetic sign-language interpreter video (scripts/fixtures/sign-language.ts). */
export const SIGN_LANGUAGE_SLUG = 'fixture-sign-language';

/** The transcript in each captions or subtitles language, as the pages build it. */
export function transcriptLanguagesOf(title: LoadedTitle) {
  return transcriptLanguages(
    title.tracks
      .filter((t) => t.parsed.valid)
      .map((t) => ({ kind: t.kind, srclang: t.srclang, label: t.label, cues: t.parsed.cues })),
  );
}

/** The test-only title with 10,000 caption cues (scripts/fixtures/long-transcript.ts). */
export const LONG_TRANSCRIPT_SLUG = 'fixture-long-transcript';
