// What the tests expect is read from the shipped files through the same core the app uses, so no
// count or text is hard-coded in a spec.
import { buildTranscript } from '../captions/transcript';
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
