'use client';

import { Captions, CaptionsOff, Maximize, Minimize, Pause, Play, Volume2, VolumeX } from 'lucide-react';
import { formatTimestamp } from '@/captions/format';
import { setVolume, toggleFullscreen, toggleMute, togglePlay } from '@/components/media/commands';
import { useMediaSelector } from '@/components/media/media-provider';
import type { MediaStore } from '@/components/media/media-store';
import type { CaptionSelection } from './caption-selection';
import { ControlButton } from './control-button';
import { SeekBar, type SeekMark } from './seek-bar';
import { SettingsMenu } from './settings-menu';
import type { PlayerDialog } from './settings-menu-content';
import './player-controls.css';

export type { SeekMark } from './seek-bar';

/**
 * The control bar: the seek slider, then one row of icon buttons (play, mute and volume, time,
 * captions, settings, full screen) that fits from 390 px up; everything else is in the settings
 * menu. Below the picture inline, over its bottom edge in fullscreen. Every button is a native
 * `<button>` named by its label, with `aria-keyshortcuts` and a tooltip from `shortcuts.ts`. When
 * the video failed, the controls that act on it are disabled.
 */
export function PlayerControls({
  store,
  marks,
  captions,
  hasDescriptions,
  openDialog,
}: {
  store: MediaStore;
  marks: readonly SeekMark[];
  captions: CaptionSelection;
  hasDescriptions: boolean;
  openDialog(dialog: PlayerDialog): void;
}) {
  const state = useMediaSelector((s) => s.state);
  const currentTime = useMediaSelector((s) => Math.floor(s.currentTime));
  const duration = useMediaSelector((s) => s.duration);
  const volume = useMediaSelector((s) => s.volume);
  const muted = useMediaSelector((s) => s.muted);
  const fullscreen = useMediaSelector((s) => s.fullscreen);
  const playing = state === 'playing';
  const failed = state === 'error';
  const level = muted ? 0 : Math.round(volume * 100);

  return (
    <div className="player-controls-inner" role="group" aria-label="Player controls">
      <SeekBar store={store} marks={marks} disabled={failed} />
      <div className="player-bar">
        <ControlButton
          label={playing ? 'Pause' : 'Play'}
          icon={playing ? <Pause /> : <Play />}
          action="toggle-play"
          tooltipAlign="start"
          data-state={playing ? 'playing' : 'paused'}
          disabled={failed}
          onClick={() => togglePlay(store)}
        />
        <div className="player-volume">
          <ControlButton
            label="Mute"
            icon={muted || volume === 0 ? <VolumeX /> : <Volume2 />}
            action="toggle-mute"
            aria-pressed={muted}
            disabled={failed}
            onClick={() => toggleMute(store)}
          />
          <input
            type="range"
            className="volume-slider"
            aria-label="Volume"
            min={0}
            max={100}
            step={5}
            value={level}
            disabled={failed}
            aria-valuetext={`${level} percent`}
            onChange={(event) => setVolume(store, Number(event.currentTarget.value) / 100)}
          />
        </div>
        <span className="player-time" aria-hidden="true">
          {failed ? '–:––' : formatTimestamp(currentTime)}
          <span className="player-time-total"> / {failed ? '–:––' : formatTimestamp(duration)}</span>
        </span>
        <span className="player-bar-spacer" />
        <ControlButton
          label="Captions"
          icon={captions.selected ? <Captions /> : <CaptionsOff />}
          action="toggle-captions"
          aria-pressed={captions.selected !== null}
          disabled={failed || captions.choices.every((c) => !c.usable)}
          onClick={captions.toggle}
        />
        <SettingsMenu
          store={store}
          captions={captions}
          hasDescriptions={hasDescriptions}
          disabled={failed}
          openDialog={openDialog}
        />
        <ControlButton
          label="Full screen"
          icon={fullscreen ? <Minimize /> : <Maximize />}
          action="toggle-fullscreen"
          tooltipAlign="end"
          aria-pressed={fullscreen}
          disabled={failed}
          onClick={() => toggleFullscreen(store)}
        />
      </div>
    </div>
  );
}
