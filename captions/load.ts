/**
 * The server-only way for pages to read titles. A title whose files have errors is still
 * returned (pages show what parsed, and say which track is unavailable); the build-time check
 * (`npm run captions:check`) is what refuses to ship errors.
 */
import 'server-only';
import { cache } from 'react';
import { listTitleSlugs, readTitleFolder, titleRoots, type LoadedTitle } from './title-folder';

/** The published titles (not the test-only fixtures), for listings such as the home page. */
export const publishedTitleSlugs = cache((): string[] => listTitleSlugs());

/** Every title's slug, test fixtures included when enabled, for `generateStaticParams`. */
export const titleSlugs = cache((): string[] => titleRoots().flatMap((root) => listTitleSlugs(root)));

/** The title in `captions/<slug>/`, or null when there is none or its manifest is unusable. */
export const loadTitle = cache((slug: string): LoadedTitle | null => {
  const root = titleRoots().find((r) => listTitleSlugs(r).includes(slug));
  return root ? readTitleFolder(slug, root).title : null;
});
