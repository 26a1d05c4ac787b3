/**
 * The server-only way for pages to read titles. A title whose files have errors is still
 * returned (pages show what parsed, and say which track is unavailable); the build-time check
 * (`npm run captions:check`) is what refuses to ship errors.
 */
import 'server-only';
import { cache } from 'react';
import { listTitleSlugs, readTitleFolder, type LoadedTitle } from './title-folder';

/** Every shipped title's slug, for `generateStaticParams`. */
export const titleSlugs = cache((): string[] => listTitleSlugs());

/** The title in `captions/<slug>/`, or null when there is none or its manifest is unusable. */
export const loadTitle = cache((slug: string): LoadedTitle | null => {
  if (!titleSlugs().includes(slug)) return null;
  return readTitleFolder(slug).title;
});
