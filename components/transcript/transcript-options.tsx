'use client';

import { useId } from 'react';
import { updatePreferences } from '@/components/preferences/preferences-store';

/** The choice "follow the player's captions" in the language menu. */
export const FOLLOW_CAPTIONS = 'follow';

/**
 * The transcript's display options: timestamps, descriptions and (beside a player) following
 * the video, stored as preferences; the transcript's language, which follows the player's
 * captions unless chosen here.
 */
export function TranscriptOptions({
  timestamps,
  descriptions,
  autoScroll,
  languages,
  language,
  followLabel,
  onLanguage,
}: {
  timestamps: boolean;
  descriptions: boolean;
  /** Null where there is no player to follow. */
  autoScroll: boolean | null;
  languages: readonly { srclang: string; label: string }[];
  /** `FOLLOW_CAPTIONS` or a `srclang`. */
  language: string;
  /** The label of the language that following the captions gives now. */
  followLabel: string;
  onLanguage(language: string): void;
}) {
  const id = useId();
  return (
    <fieldset className="transcript-options">
      <legend className="visually-hidden">Transcript options</legend>
      <label className="transcript-check">
        <input
          type="checkbox"
          checked={timestamps}
          onChange={(event) => updatePreferences({ transcriptTimestamps: event.target.checked })}
        />{' '}
        Timestamps
      </label>
      <label className="transcript-check">
        <input
          type="checkbox"
          checked={descriptions}
          onChange={(event) => updatePreferences({ transcriptDescriptions: event.target.checked })}
        />{' '}
        Descriptions
      </label>
      {autoScroll !== null && (
        <label className="transcript-check">
          <input
            type="checkbox"
            checked={autoScroll}
            onChange={(event) => updatePreferences({ transcriptAutoScroll: event.target.checked })}
          />{' '}
          Follow the video
        </label>
      )}
      {languages.length > 1 && (
        <span className="transcript-language">
          <label htmlFor={`${id}-language`}>Language</label>{' '}
          <select id={`${id}-language`} value={language} onChange={(event) => onLanguage(event.target.value)}>
            <option value={FOLLOW_CAPTIONS}>As the captions ({followLabel})</option>
            {languages.map((l) => (
              <option key={l.srclang} value={l.srclang} lang={l.srclang}>
                {l.label}
              </option>
            ))}
          </select>
        </span>
      )}
    </fieldset>
  );
}
