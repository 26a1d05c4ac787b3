'use client';

import { useId, type KeyboardEvent } from 'react';
import type { SearchSnapshot } from './transcript-search-session';

/** "3 of 12 matches", "No matches", or '' before a search. */
export function searchStatus({ query, count, current }: SearchSnapshot): string {
  if (query.trim() === '') return '';
  if (count === 0) return 'No matches';
  return `${current + 1} of ${count} ${count === 1 ? 'match' : 'matches'}`;
}

/**
 * The transcript's search: a labelled field (Enter next, Shift+Enter previous, Escape clears),
 * previous and next buttons, the match count as a polite status, and the filter to matches.
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
          aria-describedby={`${id}-status`}
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
      <p id={`${id}-status`} role="status" className="transcript-search-status">
        {searchStatus(search)}
      </p>
      <label className="transcript-check">
        <input type="checkbox" checked={filter} onChange={(event) => onFilter(event.target.checked)} /> Show only matching
        lines
      </label>
    </search>
  );
}
