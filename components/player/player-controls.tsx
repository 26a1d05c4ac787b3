'use client';

import type { ReactNode } from 'react';
import { formatSpokenDuration, formatTimestamp } from '@/captions/format';
import {
  PLAYBACK_RATES,
  seek,
  setPlaybackRate,
  setVolume,
  toggleFullscreen,
  toggleMute,
  togglePictureInPicture,
  togglePlay,
} from '@/components/media/commands';
import { useMediaSelector } from '@/components/media/media-provider';
import type { MediaStore } from '@/components/media/media-store';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import { captionChoices } from './caption-tracks';
import type { PlayerTrack } from './player-track';
import { ariaShortcut } from './shortcuts';
import './player-controls.css';

export interface SeekMark {
  /** Seconds. */
  time: number;
  label: string;
  kind: 'chapter' | 'asl';
}

/**
 * The control bar, below the video so captions never cover it. Native elements throughout:
 * buttons with names and `aria-pressed`, range inputs for seeking and volume, selects for the
 * caption track and speed. `extra` holds controls other features contribute.
 */
export function PlayerControls({
  store,
  tracks,
  marks,
  unavailable,
  extra,
}: {
  store: MediaStore;
  tracks: readonly PlayerTrack[];
  marks: readonly SeekMark[];
  /** URLs of tracks that failed to load in the browser. */
  unavailable: ReadonlySet<string>;
  extra?: ReactNode;
}) {
  const state = useMediaSelector((s) => s.state);
  const currentTime = useMediaSelector((s) => Math.floor(s.currentTime * 4) / 4);
  const duration = useMediaSelector((s) => s.duration);
  const volume = useMediaSelector((s) => s.volume);
  const muted = useMediaSelector((s) => s.muted);
  const rate = useMediaSelector((s) => s.playbackRate);
  const fullscreen = useMediaSelector((s) => s.fullscreen);
  const pip = useMediaSelector((s) => s.pictureInPicture);
  const language = usePreferences((p) => p.captionLanguage);
  const choices = captionChoices(tracks);
  const playing = state === 'playing';
  const pipSupported = typeof document !== 'undefined' && document.pictureInPictureEnabled === true;
  const selected =
    language === 'off'
      ? 'off'
      : ((
          choices.find((t) => t.srclang === language && t.available && !unavailable.has(t.url)) ??
          choices.find((t) => t.default) ??
          choices[0]
        )?.srclang ?? 'off');

  return (
    <div className="player-controls" role="group" aria-label="Player controls">
      <div className="player-seek">
        <input
          type="range"
          className="seek-slider"
          aria-label="Seek"
          min={0}
          max={duration || 0}
          step={1}
          value={Math.min(currentTime, duration || 0)}
          disabled={duration === 0}
          aria-valuetext={`${formatSpokenDuration(currentTime)} of ${formatSpokenDuration(duration)}`}
          aria-keyshortcuts={`${ariaShortcut('back-5')} ${ariaShortcut('forward-5')} PageUp PageDown Home End`}
          onChange={(event) => seek(store, Number(event.currentTarget.value))}
        />
        {duration > 0 && (
          <div className="seek-marks" aria-hidden="true">
            {marks.map((mark) => (
              <span
                key={`${mark.kind}-${mark.time}`}
                className="seek-mark"
                data-kind={mark.kind}
                title={`${formatTimestamp(mark.time)} ${mark.label}`}
                style={{ left: `${(mark.time / duration) * 100}%` }}
              />
            ))}
          </div>
        )}
      </div>
      <div className="player-buttons">
        <button
          type="button"
          onClick={() => togglePlay(store)}
          aria-keyshortcuts={ariaShortcut('toggle-play')}
          data-state={playing ? 'playing' : 'paused'}
        >
          <span aria-hidden="true" className="control-icon">
            {playing ? '❚❚' : '▶'}
          </span>
          {playing ? 'Pause' : 'Play'}
        </button>
        <span className="player-time" aria-hidden="true">
          {formatTimestamp(currentTime)} / {formatTimestamp(duration)}
        </span>
        <button
          type="button"
          aria-pressed={muted}
          onClick={() => toggleMute(store)}
          aria-keyshortcuts={ariaShortcut('toggle-mute')}
        >
          Mute
        </button>
        <label className="control-field">
          <span>Volume</span>
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={muted ? 0 : Math.round(volume * 100)}
            aria-valuetext={`${muted ? 0 : Math.round(volume * 100)} percent`}
            onChange={(event) => setVolume(store, Number(event.currentTarget.value) / 100)}
          />
        </label>
        <label className="control-field">
          <span>Captions</span>
          <select
            value={selected}
            aria-keyshortcuts={ariaShortcut('toggle-captions')}
            onChange={(event) => updatePreferences({ captionLanguage: event.currentTarget.value })}
          >
            <option value="off">Off</option>
            {choices.map((track) => {
              const broken = !track.available || unavailable.has(track.url);
              return (
                <option key={track.url} value={track.srclang} disabled={broken}>
                  {track.label}
                  {broken ? ' (unavailable)' : ''}
                </option>
              );
            })}
          </select>
        </label>
        <label className="control-field">
          <span>Speed</span>
          <select
            value={String(rate)}
            aria-keyshortcuts={`${ariaShortcut('slower')} ${ariaShortcut('faster')}`}
            onChange={(event) => setPlaybackRate(store, Number(event.currentTarget.value))}
          >
            {PLAYBACK_RATES.map((r) => (
              <option key={r} value={String(r)}>
                {r === 1 ? 'Normal' : `${r}×`}
              </option>
            ))}
          </select>
        </label>
        {extra}
        {pipSupported && (
          <button type="button" aria-pressed={pip} onClick={() => togglePictureInPicture(store)}>
            Picture in picture
          </button>
        )}
        <button
          type="button"
          aria-pressed={fullscreen}
          onClick={() => toggleFullscreen(store)}
          aria-keyshortcuts={ariaShortcut('toggle-fullscreen')}
        >
          Full screen
        </button>
      </div>
    </div>
  );
}
