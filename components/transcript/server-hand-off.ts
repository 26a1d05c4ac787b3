/**
 * Hands the transcript lists from the page's server render to the server render of the client
 * component that holds them (`TranscriptStaticList`), without the React Server Components payload.
 *
 * Anything a server component renders is also written into the payload that the browser hydrates
 * from (vercel/next.js#82872): for a 10,000-cue transcript that was 5 MB of the page, every line a
 * second time, for lines React never changes after hydration. Next renders the payload and the
 * HTML in one process, one page after another, so the server component leaves each list here
 * under a key, and the client component's server render (which has no file system) takes it by
 * that key. The browser gets the HTML only; the payload carries the key.
 */
import type { TranscriptChapter, TranscriptLanguage } from '@/captions/transcript';

/** What `TranscriptList` needs to render one language's list. */
export interface StaticListProps {
  chapters: readonly TranscriptChapter[];
  language: Pick<TranscriptLanguage, 'srclang' | 'descriptionsLang' | 'chaptersLang'>;
  baseHref: string;
  headingLevel: 2 | 3;
}

// One store per process, shared by Next's server-component and server-rendering module graphs
// (each has its own copy of this module).
const STORE = Symbol.for('caption-companion.transcript-lists');
type Store = Map<string, StaticListProps>;

function store(): Store {
  const holder = globalThis as { [STORE]?: Store };
  return (holder[STORE] ??= new Map());
}

/** The key of a list: everything that makes it differ from another page's list. */
export function staticListKey(slug: string, list: StaticListProps): string {
  return [slug, list.language.srclang, list.baseHref, list.headingLevel].join('|');
}

/**
 * Leaves `list` for the server render, returning its key. A title's lists never change while
 * the server runs, so the last one under a key is the right one for every page that uses it.
 */
export function handOffList(slug: string, list: StaticListProps): string {
  const key = staticListKey(slug, list);
  store().set(key, list);
  return key;
}

/** The list left under `key`, or null (in the browser, or when the server never left one). */
export function takeList(key: string): StaticListProps | null {
  return store().get(key) ?? null;
}
