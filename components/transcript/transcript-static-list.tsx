'use client';

import { useCallback } from 'react';
import { takeList } from './server-hand-off';
import { TranscriptList } from './transcript-list';

/** Never changes, so React never writes the list's HTML after hydration. */
const KEEP_SERVER_HTML = { __html: '' };

/**
 * One language's transcript list, in the server HTML only: its server render draws the list the
 * page's server component handed off (`server-hand-off.ts`); in the browser React adopts the
 * element as it is and never renders its lines, so the payload carries none of them. The
 * controller works on the lines in place. After a client-side navigation there is no server HTML:
 * the list is then read from the page's own prerendered HTML.
 */
export function TranscriptStaticList({
  listKey,
  srclang,
  hidden,
}: {
  listKey: string;
  srclang: string;
  hidden: boolean;
}) {
  const fill = useCallback(
    (element: HTMLDivElement | null) => {
      if (element && element.childElementCount === 0) void loadFromPage(element, srclang);
    },
    [srclang],
  );
  const list = typeof window === 'undefined' ? takeList(listKey) : null;
  if (list) return <TranscriptList {...list} hidden={hidden} />;
  return (
    <div
      ref={fill}
      className="transcript"
      lang={srclang}
      data-transcript-lang={srclang}
      hidden={hidden}
      dangerouslySetInnerHTML={KEEP_SERVER_HTML}
      suppressHydrationWarning
    />
  );
}

/** Copies this language's list from the page's prerendered HTML (same origin, the app's own markup). */
async function loadFromPage(element: HTMLElement, srclang: string): Promise<void> {
  try {
    const response = await fetch(window.location.pathname, { headers: { accept: 'text/html' } });
    if (!response.ok) throw new Error(`the page answered ${response.status}`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const list = page.querySelector(`[data-transcript-lang="${CSS.escape(srclang)}"]`);
    if (element.childElementCount === 0 && list) {
      // Parsed nodes are inert (no script runs); imported as nodes, never written as an HTML string.
      element.replaceChildren(...Array.from(list.childNodes, (node) => document.importNode(node, true)));
      element.dispatchEvent(new Event('transcript-loaded', { bubbles: true }));
    }
  } catch (error) {
    element.textContent = `The transcript could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page to read it.`;
  }
}
