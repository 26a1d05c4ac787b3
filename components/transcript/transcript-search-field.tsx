'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchSnapshot } from './transcript-search-session';

/**
 * "3 of 12 matching lines", "No matching lines", or '' before a search. The unit is the line:
 * Next and Previous step by line and the filter shows lines, so the count says lines too (a line
 * may hold several highlighted words).
 */
export function searchStatus({ query, count, current }: SearchSnapshot): string {
  if (query.trim() === '') return '';
  if (count === 0) return 'No matching lines';
  return `${current + 1} of ${count} matching ${count === 1 ? 'line' : 'lines'}`;
}

/** How long typing pauses before the match count is announced. */
export const TYPING_PAUSE_MS = 600;

/**
 * The status as a screen reader should hear it: while the query is being typed, only once typing
 * pauses (not "1 of 33 matches", "1 of 7 matches", … on every keystroke); a step to the next or
 * previous match at once.
 */
function useCalmStatus(status: string, query: string): string {
  const [spoken, setSpoken] = useState(status);
  const lastQuery = useRef(query);
  useEffect(() => {
    const typing = query !== lastQuery.current;
    lastQuery.current = query;
    const timer = setTimeout(() => setSpoken(status), typing ? TYPING_PAUSE_MS : 0);
    return () => clearTimeout(timer);
  }, [status, query]);
  return spoken;
}

/**
 * The transcript's search: a labelled field (Enter next, Shift+Enter previous, Escape clears),
 * previous and next buttons, the match count (shown at once, announced politely when typing
 * pauses), and the filter to matches.
 */
export function TranscriptSearchField({
  search,
  filter,
  onQuery,
  onStep,
  onFocus,
  onFilter,
}: {
  search: SearchSnapshot;
  filter: boolean;
  onQuery(query: string): void;
  onStep(direction: 1 | -1): void;
  onFocus(): void;
  onFilter(filter: boolean): void;
}) {
  const id = useId();
  const status = searchStatus(search);
  const announced = useCalmStatus(status, search.query);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onStep(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && search.query !== '') {
      event.preventDefault();
      onQuery('');
    }
  };
  return (
    <search className="transcript-search">
      <label htmlFor={`${id}-query`}>Search the transcript</label>
      <div className="transcript-search-row">
        <input
          id={`${id}-query`}
          type="search"
          value={search.query}
          autoComplete="off"
          enterKeyHint="search"
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        />
        <button type="button" onClick={() => onStep(-1)}>
          Previous
        </button>
        <button type="button" onClick={() => onStep(1)}>
          Next
        </button>
      </div>
      {/* Shown, not read: a description of the field changes on every keystroke, and Orca speaks
          each change of the focused field's description. Screen readers hear the count once
          typing pauses, from the status below. */}
      <p className="transcript-search-status" aria-hidden="true">
        {status}
      </p>
      <p role="status" className="visually-hidden">
        {announced}
      </p>
      <label className="transcript-check">
        <input type="checkbox" checked={filter} onChange={(event) => onFilter(event.target.checked)} /> Show
        only matching lines
      </label>
    </search>
  );
}
