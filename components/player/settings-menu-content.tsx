'use client';

import * as Menu from '@radix-ui/react-dropdown-menu';
import { Check, ChevronRight, Settings } from 'lucide-react';
import type { ReactNode } from 'react';
import { PLAYBACK_RATES, setPlaybackRate, togglePictureInPicture } from '@/components/media/commands';
import { useMediaSelector } from '@/components/media/media-provider';
import type { MediaStore } from '@/components/media/media-store';
import { setDescriptionsEnabled } from '@/components/description/use-descriptions-toggle';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import type { CaptionSelection } from './caption-selection';
import { ControlButton } from './control-button';
import { keepKeysInDialog } from './lazy-dialog';
import { ariaShortcut } from './shortcuts';
import './settings-menu.css';

export type PlayerDialog = 'caption-style' | 'shortcuts' | 'go-to-time';

export interface SettingsMenuProps {
  store: MediaStore;
  captions: CaptionSelection;
  /** Whether the title has an audio description track the browser could load. */
  hasDescriptions: boolean;
  disabled: boolean;
  openDialog(dialog: PlayerDialog): void;
  label: string;
  open: boolean;
  onOpenChange(open: boolean): void;
}

const rateLabel = (rate: number) => (rate === 1 ? 'Normal' : `${rate}×`);

/** Keeps the menu open after a choice, so several settings can be changed in one visit. */
const stayOpen = (event: Event) => event.preventDefault();

/**
 * The settings menu, loaded on first use by {@link SettingsMenu}: a Radix dropdown menu (arrow
 * keys, typeahead, Escape, focus back on its trigger) holding the caption track, speed, go to time, audio
 * description, voiced captions, pause after each caption, picture in picture, and the caption
 * style and keyboard shortcuts dialogs; the caption track and the speed in submenus, as players
 * do, so the menu fits a phone held sideways. It is portalled into the player: inside the page's
 * landmarks, and painted in fullscreen.
 */
export function SettingsMenuContent({
  store,
  captions,
  hasDescriptions,
  disabled,
  openDialog,
  label,
  open,
  onOpenChange,
}: SettingsMenuProps) {
  const rate = useMediaSelector((s) => s.playbackRate);
  const pip = useMediaSelector((s) => s.pictureInPicture);
  const descriptions = usePreferences((p) => p.descriptions.enabled);
  const voiced = usePreferences((p) => p.voicedCaptions);
  const pauseAfterCaption = usePreferences((p) => p.pauseAfterCaption);
  const autoHide = usePreferences((p) => p.autoHideControls);
  const pipSupported = document.pictureInPictureEnabled === true;
  const selected = captions.selected?.srclang ?? 'off';
  // Inside the player: within the page's landmarks, and painted in fullscreen too.
  const container = store.container;

  return (
    <Menu.Root open={open} onOpenChange={onOpenChange} modal={false}>
      <Menu.Trigger asChild>
        <ControlButton label={label} icon={<Settings />} data-settings-trigger="" tooltipAlign="end" />
      </Menu.Trigger>
      <Menu.Portal container={container}>
        <Menu.Content
          className="settings-menu"
          side="top"
          align="end"
          sideOffset={8}
          collisionPadding={8}
          aria-label="Settings"
          onKeyDown={keepKeysInDialog}
        >
          <Submenu label="Captions" value={captions.selected?.label ?? 'Off'} container={container}>
            <Menu.RadioGroup value={selected} onValueChange={captions.choose}>
              <Radio value="off">Off</Radio>
              {captions.choices.map(({ track, usable }) => (
                <Radio key={track.url} value={track.srclang} disabled={!usable || disabled}>
                  {track.label}
                  {usable ? '' : ' (unavailable)'}
                </Radio>
              ))}
            </Menu.RadioGroup>
          </Submenu>
          <Submenu label="Speed" value={rateLabel(rate)} container={container}>
            <Menu.RadioGroup
              value={String(rate)}
              onValueChange={(value) => setPlaybackRate(store, Number(value))}
            >
              {PLAYBACK_RATES.map((r) => (
                <Radio key={r} value={String(r)} disabled={disabled}>
                  {rateLabel(r)}
                </Radio>
              ))}
            </Menu.RadioGroup>
          </Submenu>
          {/* Go to a time (issue #14): beside the speed, with what moves through the film. */}
          <Menu.Item
            className="settings-menu-item"
            disabled={disabled}
            aria-keyshortcuts={ariaShortcut('go-to-time')}
            onSelect={() => openDialog('go-to-time')}
          >
            <span className="settings-menu-check" aria-hidden="true" />
            Go to time…
          </Menu.Item>
          <Menu.Separator className="settings-menu-separator" />
          <Toggle
            checked={descriptions}
            disabled={!hasDescriptions}
            keys={ariaShortcut('toggle-descriptions')}
            onChange={setDescriptionsEnabled}
          >
            Audio description
          </Toggle>
          <Toggle checked={voiced} onChange={(on) => updatePreferences({ voicedCaptions: on })}>
            Voice captions to my screen reader
          </Toggle>
          <Toggle checked={pauseAfterCaption} onChange={(on) => updatePreferences({ pauseAfterCaption: on })}>
            Pause after each caption
          </Toggle>
          <Toggle checked={autoHide} onChange={(on) => updatePreferences({ autoHideControls: on })}>
            Hide controls while playing in full screen
          </Toggle>
          {pipSupported && (
            <Toggle checked={pip} disabled={disabled} onChange={() => togglePictureInPicture(store)}>
              Picture in picture
            </Toggle>
          )}
          <Menu.Separator className="settings-menu-separator" />
          <Menu.Item className="settings-menu-item" onSelect={() => openDialog('caption-style')}>
            <span className="settings-menu-check" aria-hidden="true" />
            Caption style…
          </Menu.Item>
          <Menu.Item
            className="settings-menu-item"
            aria-keyshortcuts={ariaShortcut('show-shortcuts')}
            onSelect={() => openDialog('shortcuts')}
          >
            <span className="settings-menu-check" aria-hidden="true" />
            Keyboard shortcuts…
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

/** A submenu (the caption track, the speed): its trigger names the setting and its value. */
function Submenu({
  label,
  value,
  container,
  children,
}: {
  label: string;
  value: string;
  container: HTMLElement;
  children: ReactNode;
}) {
  return (
    <Menu.Sub>
      <Menu.SubTrigger className="settings-menu-item" aria-label={`${label}: ${value}`}>
        <span className="settings-menu-check" aria-hidden="true" />
        <span className="settings-menu-name">{label}</span>
        <span className="settings-menu-value" aria-hidden="true">
          {value}
        </span>
        <ChevronRight className="settings-menu-chevron" aria-hidden="true" />
      </Menu.SubTrigger>
      <Menu.Portal container={container}>
        <Menu.SubContent
          className="settings-menu"
          aria-label={label}
          sideOffset={4}
          collisionPadding={8}
          onKeyDown={keepKeysInDialog}
        >
          {children}
        </Menu.SubContent>
      </Menu.Portal>
    </Menu.Sub>
  );
}

/** Selecting one closes the menu, as a player's caption and speed choices do. */
function Radio({ value, disabled, children }: { value: string; disabled?: boolean; children: ReactNode }) {
  return (
    <Menu.RadioItem className="settings-menu-item" value={value} disabled={disabled}>
      <span className="settings-menu-check" aria-hidden="true">
        <Menu.ItemIndicator>
          <Check />
        </Menu.ItemIndicator>
      </span>
      {children}
    </Menu.RadioItem>
  );
}

function Toggle({
  checked,
  disabled,
  keys,
  onChange,
  children,
}: {
  checked: boolean;
  disabled?: boolean;
  keys?: string;
  onChange(checked: boolean): void;
  children: ReactNode;
}) {
  return (
    <Menu.CheckboxItem
      className="settings-menu-item"
      checked={checked}
      disabled={disabled}
      aria-keyshortcuts={keys}
      onCheckedChange={onChange}
      onSelect={stayOpen}
    >
      <span className="settings-menu-check" aria-hidden="true">
        <Menu.ItemIndicator>
          <Check />
        </Menu.ItemIndicator>
      </span>
      {children}
    </Menu.CheckboxItem>
  );
}
