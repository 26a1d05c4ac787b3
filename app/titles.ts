/**
 * The server-only way for routes to read titles: the route layer's memoising around the core's
 * `readTitleFolder` (the core itself stays framework-free, DESIGN.md). A title whose files have errors is still
 * returned (pages show what parsed, and say which track is unavailable); the build-time check
 * (`npm run captions:check`) is what refuses to ship errors.
 */
import 'server-only';
import { cache } from 'react';
import { listTitleSlugs, readTitleFolder, titleRoots, type LoadedTitle } from '@/captions/title-folder';

/** The published titles (not the test-only fixtures), for listings such as the home page. */
export const publishedTitleSlugs = cache((): string[] => listTitleSlugs());

/** Every title's slug, test fixtures included when enabled, for `generateStaticParams`. */
export const titleSlugs = cache((): string[] => titleRoots().flatMap((root) => listTitleSlugs(root)));

/**
 * Parsed titles kept for the life of a production server: title folders do not change while it
 * runs, and a build renders each title's pages several times while a watch page with `?t=` is
 * rendered per request, so re-reading and re-parsing the caption files every time would dominate. In development every
 * request reads the files again, so edits show at once.
 */
const parsedTitles = new Map<string, LoadedTitle>();

/** The title in `titles/<slug>/`, or null when there is none or its manifest is unusable. */
export const loadTitle = cache((slug: string): LoadedTitle | null => {
  const kept = parsedTitles.get(slug);
  if (kept !== undefined) return kept;
  const root = titleRoots().find((r) => listTitleSlugs(r).includes(slug));
  const title = root ? readTitleFolder(slug, root).title : null;
  // Only titles that exist are kept, so arbitrary slugs in URLs cannot grow the map.
  if (title && process.env.NODE_ENV === 'production') parsedTitles.set(slug, title);
  return title;
});
