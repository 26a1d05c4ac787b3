'use client';

import { useCallback, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useHydrated } from '@/components/hydration/use-hydrated';
import { seekToCaptionTime } from '@/components/media/commands';
import { useMediaStore } from '@/components/media/media-provider';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import { revealPlayer } from '@/components/watch/reveal-player';
import { keepChapterBeforeFocus } from './chapter-before-focus';
import { TranscriptCopyLink } from './transcript-copy-link';
import { FOLLOW_CAPTIONS, TranscriptOptions } from './transcript-options';
import { TranscriptSearchField } from './transcript-search-field';
import { createSearchSession, EMPTY_SEARCH } from './transcript-search-session';
import { useTranscriptFollow } from './use-transcript-follow';
import './transcript.css';

/**
 * The one client component of the transcript. It wraps the server-rendered lists (`children`,
 * one per language, all but one `hidden`) and works on them in place: shows the chosen language,
 * follows playback, seeks on a click or Enter on a cue link (event delegation), searches and
 * highlights. The lists are never re-rendered by React after hydration.
 */
export function TranscriptController({
  languages,
  variant,
  children,
}: {
  languages: readonly { srclang: string; label: string }[];
  /** 'panel': beside a player, in a scrolling panel; 'page': the standalone transcript. */
  variant: 'panel' | 'page';
  children: ReactNode;
}) {
  const store = useMediaStore();
  const hydrated = useHydrated();
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [panel, setPanel] = useState<HTMLDivElement | null>(null);
  const timestamps = usePreferences((p) => p.transcriptTimestamps);
  const descriptions = usePreferences((p) => p.transcriptDescriptions);
  const autoScroll = usePreferences((p) => p.transcriptAutoScroll);
  const captionLanguage = usePreferences((p) => p.captionLanguage);
  // A saved language this title does not have means: follow the captions.
  const savedLanguage = usePreferences((p) => p.transcriptLanguage);
  const chosenLanguage = languages.some((l) => l.srclang === savedLanguage)
    ? savedLanguage!
    : FOLLOW_CAPTIONS;
  const setChosenLanguage = (choice: string) =>
    updatePreferences({ transcriptLanguage: choice === FOLLOW_CAPTIONS ? null : choice });
  const [filter, setFilter] = useState(false);
  const [returnFocused, setReturnFocused] = useState(false);

  const captionsTranscript = languages.find((l) => l.srclang === captionLanguage) ?? languages[0];
  const language = chosenLanguage === FOLLOW_CAPTIONS ? (captionsTranscript?.srclang ?? '') : chosenLanguage;

  /** The entries of the shown list that can be current or match, in document order. */
  const entries = useCallback(() => {
    const list = root?.querySelector(`[data-transcript-lang="${CSS.escape(language)}"]`);
    const items = Array.from(list?.querySelectorAll<HTMLElement>('li[data-start]') ?? []);
    return descriptions ? items : items.filter((item) => item.getAttribute('data-kind') !== 'description');
  }, [root, language, descriptions]);

  const follow = useTranscriptFollow({
    store,
    panel,
    entries,
    autoScroll: variant === 'panel' && autoScroll,
  });
  const { detach, reveal, resume, returnToCurrent } = follow;

  const [search] = useState(createSearchSession);
  const searchSnapshot = useSyncExternalStore(search.subscribe, search.getSnapshot, () => EMPTY_SEARCH);

  // Show the chosen language's list, and search its entries.
  useEffect(() => {
    for (const list of root?.querySelectorAll<HTMLElement>('[data-transcript-lang]') ?? []) {
      list.hidden = list.dataset.transcriptLang !== language;
    }
    return search.connect({
      entries,
      reveal: (entry) => {
        detach();
        reveal(entry);
      },
    });
  }, [root, language, entries, search, detach, reveal]);

  // The filter to matching lines shows every match, so every match is highlighted, not only
  // those near the view.
  useEffect(() => search.highlightEverywhere(filter), [search, filter]);

  // Print everything highlighted, not only the matches near the view.
  useEffect(() => {
    const beforePrint = () => search.flush();
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [search]);

  // A click or Enter on a cue link seeks there (with JavaScript); the link's `?t=` goes in the URL.
  useEffect(() => {
    const element = panel;
    if (!store || !element) return;
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const entry = link?.closest<HTMLElement>('li[data-start]');
      if (!link || !entry || !element.contains(entry)) return;
      event.preventDefault();
      seekToCaptionTime(store, Number(entry.dataset.start));
      window.history.replaceState(null, '', link.getAttribute('href'));
      resume();
      revealPlayer(store);
    };
    element.addEventListener('click', onClick);
    return () => element.removeEventListener('click', onClick);
  }, [store, panel, resume]);

  useEffect(() => (panel ? keepChapterBeforeFocus(panel) : undefined), [panel]);

  const showReturn = follow.suspended || returnFocused;
  return (
    <div
      ref={setRoot}
      className="transcript-controller"
      data-variant={variant}
      data-timestamps={timestamps ? 'shown' : 'hidden'}
      data-descriptions={descriptions ? 'shown' : 'hidden'}
      data-filter={filter && searchSnapshot.count > 0 ? 'matches' : 'all'}
    >
      {/* In the server HTML, so hydrating moves nothing (CLS 0); hidden without JavaScript by
          transcript.css (`scripting: none`), where these controls could do nothing. Disabled
          until hydrated, so nothing typed or chosen before then is lost; a fieldset disables
          them all at once, and `role="none"` keeps it out of the accessibility tree. */}
      <fieldset className="transcript-toolbar" role="none" disabled={!hydrated}>
        <TranscriptSearchField
          search={searchSnapshot}
          filter={filter}
          onQuery={search.setQuery}
          onStep={search.step}
          onFocus={search.prepare}
          onFilter={setFilter}
        />
        <TranscriptOptions
          timestamps={timestamps}
          descriptions={descriptions}
          autoScroll={variant === 'panel' ? autoScroll : null}
          languages={languages}
          language={chosenLanguage}
          followLabel={captionsTranscript?.label ?? ''}
          onLanguage={setChosenLanguage}
        />
        {variant === 'panel' && <TranscriptCopyLink store={store} entries={entries} />}
      </fieldset>
      {variant === 'panel' && (
        // A row of its own, kept while the button is hidden: nothing shifts, nothing is covered.
        <div className="transcript-follow-bar">
          <button
            type="button"
            className="transcript-return"
            hidden={!showReturn}
            onClick={returnToCurrent}
            onFocus={() => setReturnFocused(true)}
            onBlur={() => setReturnFocused(false)}
          >
            Return to current
          </button>
        </div>
      )}
      <div ref={setPanel} className="transcript-scroller">
        {children}
      </div>
    </div>
  );
}
