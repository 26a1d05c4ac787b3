'use client';

import { useId } from 'react';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import { speechAvailable } from './description-speech';
import { useSpeechVoices } from './use-speech-voices';

/**
 * How descriptions are read: spoken (voice, rate, volume) or sent to the screen reader, and
 * whether the video pauses for long ones. Native form controls in a disclosure; every change is
 * a preference, applied from the next description on.
 */
export function DescriptionSettings() {
  const id = useId();
  const settings = usePreferences((p) => p.descriptions);
  const voices = useSpeechVoices();
  const canSpeak = speechAvailable();
  return (
    <details className="description-settings">
      <summary>Description settings</summary>
      <fieldset>
        <legend>Read descriptions</legend>
        <label>
          <input
            type="radio"
            name={`${id}-output`}
            value="speech"
            checked={settings.output === 'speech'}
            onChange={() => updatePreferences({ descriptions: { output: 'speech' } })}
          />{' '}
          Aloud, with the browser’s voice{canSpeak ? '' : ' (not available in this browser)'}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-output`}
            value="screen-reader"
            checked={settings.output === 'screen-reader'}
            onChange={() => updatePreferences({ descriptions: { output: 'screen-reader' } })}
          />{' '}
          Through my screen reader
        </label>
      </fieldset>
      <label className="description-setting">
        <input
          type="checkbox"
          checked={settings.extended}
          onChange={(event) => updatePreferences({ descriptions: { extended: event.target.checked } })}
        />{' '}
        Pause the video while a long description is read (extended description)
      </label>
      {canSpeak && (
        <>
          <label className="description-setting" htmlFor={`${id}-voice`}>
            Voice
          </label>
          <select
            id={`${id}-voice`}
            value={settings.voice}
            onChange={(event) => updatePreferences({ descriptions: { voice: event.target.value } })}
          >
            <option value="">Browser default</option>
            {voices.map((voice) => (
              <option key={voice.voiceURI} value={voice.name}>
                {voice.name} ({voice.lang})
              </option>
            ))}
          </select>
          <label className="description-setting" htmlFor={`${id}-rate`}>
            Speed: {settings.rate}×
          </label>
          <input
            id={`${id}-rate`}
            type="range"
            min={0.5}
            max={2}
            step={0.25}
            value={settings.rate}
            aria-valuetext={`${settings.rate} times`}
            onChange={(event) => updatePreferences({ descriptions: { rate: Number(event.target.value) } })}
          />
          <label className="description-setting" htmlFor={`${id}-volume`}>
            Volume: {Math.round(settings.volume * 100)}%
          </label>
          <input
            id={`${id}-volume`}
            type="range"
            min={0}
            max={1}
            step={0.1}
            value={settings.volume}
            aria-valuetext={`${Math.round(settings.volume * 100)} percent`}
            onChange={(event) => updatePreferences({ descriptions: { volume: Number(event.target.value) } })}
          />
        </>
      )}
    </details>
  );
}
