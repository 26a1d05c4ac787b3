'use client';

import { useId } from 'react';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import { speechAvailable } from './description-speech';
import { useSpeechVoices } from './use-speech-voices';

/**
 * How descriptions are read: spoken (voice, rate, the fastest rate to fit a gap, volume) or sent
 * to the screen reader, the film's volume while one is read (ducking), and whether the video
 * pauses for what a long one still needs; with a sentence that says how these work together. Native form controls in a disclosure; every change is
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
      <p className="description-settings-how" data-description-how="">
        A description that fits a pause in the dialogue is read over the film, with the film&apos;s sound
        lowered while it is read; a longer one is read faster, up to your fastest speed, and the video waits
        only for what is still left.
      </p>
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
      <label className="description-setting" htmlFor={`${id}-duck`}>
        Film volume while a description is read: {Math.round(settings.duckLevel * 100)}%
      </label>
      <input
        id={`${id}-duck`}
        type="range"
        min={0}
        max={1}
        step={0.1}
        value={settings.duckLevel}
        aria-valuetext={`${Math.round(settings.duckLevel * 100)} percent of its volume`}
        onChange={(event) => updatePreferences({ descriptions: { duckLevel: Number(event.target.value) } })}
      />
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
          <label className="description-setting" htmlFor={`${id}-max-rate`}>
            Fastest speed, to fit a long description: {Math.max(settings.maxRate, settings.rate)}×
          </label>
          <input
            id={`${id}-max-rate`}
            type="range"
            min={0.5}
            max={2}
            step={0.25}
            value={settings.maxRate}
            aria-valuetext={`${Math.max(settings.maxRate, settings.rate)} times`}
            aria-describedby={`${id}-max-rate-hint`}
            onChange={(event) => updatePreferences({ descriptions: { maxRate: Number(event.target.value) } })}
          />
          <p id={`${id}-max-rate-hint`} className="description-setting-hint">
            Never slower than your speed; the same as your speed means descriptions are never sped up.
          </p>
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
