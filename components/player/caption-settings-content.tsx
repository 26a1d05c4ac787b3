'use client';

import { useId, useState, type CSSProperties, type ReactNode } from 'react';
import { CaptionOffsetControl } from '@/components/caption-offset/caption-offset-control';
import {
  CAPTION_FONTS,
  CAPTION_OFFSET_LIMIT_MS,
  DEFAULT_PREFERENCES,
  EDGE_STYLES,
  type CaptionStyle,
  type Preferences,
} from '@/components/preferences/preferences';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import {
  CAPTION_FONT_LABELS,
  applyPreset,
  CAPTION_PRESETS,
  captionStyleVars,
  EDGE_STYLE_LABELS,
  isPresetStyle,
  worstCaseContrast,
} from './caption-style';
import { CaptionStyleShare } from './caption-style-share';
import { DialogShell } from './dialog-shell';
import { ariaShortcut } from './shortcuts';
import { useCaptionOffset } from './use-caption-offset';
import type { LoadedDialogProps } from './lazy-dialog';
import './caption-settings.css';

/**
 * The caption settings dialog, loaded on first use by {@link CaptionSettingsDialog}: a live preview
 * and every user-selectable caption option of 47 CFR 79.103(c), plus presets, speaker names, sound
 * cues, position, pause-after-caption and, on a title's player, caption timing. Each change is
 * saved at once; the overlay reads it.
 */
export function CaptionSettingsContent({
  titleSlug,
  ...props
}: LoadedDialogProps & {
  /** The title whose caption timing this sets (remembered per title); without one, no timing. */
  titleSlug?: string;
}) {
  return (
    <DialogShell
      {...props}
      className="caption-settings"
      title="Caption settings"
      description="Changes apply at once and are saved in this browser."
    >
      <CaptionSettingsForm titleSlug={titleSlug} />
    </DialogShell>
  );
}

const setStyle = (patch: Partial<CaptionStyle>) => updatePreferences({ captionStyle: patch });

function CaptionSettingsForm({ titleSlug }: { titleSlug?: string }) {
  const style = usePreferences((p) => p.captionStyle);
  const speakerNames = usePreferences((p) => p.speakerNames);
  const soundCues = usePreferences((p) => p.soundCues);
  const captionPosition = usePreferences((p) => p.captionPosition);
  const pauseAfterCaption = usePreferences((p) => p.pauseAfterCaption);
  const [status, setStatus] = useState('');
  const update = (patch: Parameters<typeof updatePreferences>[0]) => {
    setStatus('');
    updatePreferences(patch);
  };
  const reset = () => {
    const { captionStyle, speakerNames, soundCues, captionPosition, pauseAfterCaption } = DEFAULT_PREFERENCES;
    updatePreferences({ captionStyle, speakerNames, soundCues, captionPosition, pauseAfterCaption });
    setStatus('Caption settings are back to their defaults.');
  };

  return (
    <>
      <CaptionPreview style={style} speakerNames={speakerNames} soundCues={soundCues} />

      <fieldset className="dialog-fieldset">
        <legend>Presets</legend>
        <div className="caption-settings-presets">
          {CAPTION_PRESETS.map((preset) => (
            <button
              key={preset.id}
              type="button"
              className="button dialog-button"
              aria-pressed={isPresetStyle(style, preset)}
              onClick={() => update({ captionStyle: applyPreset(style, preset) })}
            >
              {preset.name}
            </button>
          ))}
        </div>
      </fieldset>

      <fieldset className="dialog-fieldset">
        <legend>Text</legend>
        <Field label="Font">
          {(id) => (
            <select
              id={id}
              value={style.font}
              onChange={(e) =>
                setStyle({ font: CAPTION_FONTS.find((f) => f === e.target.value) ?? style.font })
              }
            >
              {CAPTION_FONTS.map((font) => (
                <option key={font} value={font}>
                  {CAPTION_FONT_LABELS[font]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <PercentRange
          label="Size"
          min={50}
          max={400}
          step={25}
          value={style.size}
          onChange={(size) => setStyle({ size })}
        />
        <ColourFields
          name="Text"
          colour={style.textColor}
          opacity={style.textOpacity}
          minOpacity={25}
          onChange={(textColor, textOpacity) => setStyle({ textColor, textOpacity })}
        />
        <Choice
          legend="Edge style"
          options={EDGE_STYLES.map((edge) => [edge, EDGE_STYLE_LABELS[edge]])}
          value={style.edge}
          onChange={(edge) => setStyle({ edge })}
        />
      </fieldset>

      <fieldset className="dialog-fieldset">
        <legend>Background behind the text</legend>
        <ColourFields
          name="Background"
          colour={style.backgroundColor}
          opacity={style.backgroundOpacity}
          onChange={(backgroundColor, backgroundOpacity) => setStyle({ backgroundColor, backgroundOpacity })}
        />
      </fieldset>

      <fieldset className="dialog-fieldset">
        <legend>Window around the captions</legend>
        <ColourFields
          name="Window"
          colour={style.windowColor}
          opacity={style.windowOpacity}
          onChange={(windowColor, windowOpacity) => setStyle({ windowColor, windowOpacity })}
        />
      </fieldset>

      <fieldset className="dialog-fieldset">
        <legend>Speakers and sounds</legend>
        <Choice<Preferences['speakerNames']>
          legend="Speaker names"
          options={[
            ['label', 'Show the name'],
            ['colour', 'Show by colour only'],
          ]}
          value={speakerNames}
          onChange={(value) => update({ speakerNames: value })}
        />
        <Check
          label="Show sound cues, such as [drums] and ♪ music"
          checked={soundCues}
          onChange={(value) => update({ soundCues: value })}
        />
      </fieldset>

      {titleSlug && <CaptionTiming titleSlug={titleSlug} />}

      <fieldset className="dialog-fieldset">
        <legend>Placement and pace</legend>
        <Choice<Preferences['captionPosition']>
          legend="Caption position"
          options={[
            ['over', 'Over the video'],
            ['below', 'Below the video'],
          ]}
          value={captionPosition}
          onChange={(value) => update({ captionPosition: value })}
        />
        <Check
          label="Pause after each caption"
          hint="The video waits at the end of each caption until you press Space or Continue."
          checked={pauseAfterCaption}
          onChange={(value) => update({ pauseAfterCaption: value })}
        />
      </fieldset>

      {/* Portable caption style (issue #14): its own section, so other sections merge around it. */}
      <fieldset className="dialog-fieldset">
        <legend>Use your caption style elsewhere</legend>
        <CaptionStyleShare />
      </fieldset>

      <div className="caption-settings-reset">
        <button type="button" className="button dialog-button" onClick={reset}>
          Reset to defaults
        </button>
        <p role="status">{status}</p>
      </div>
    </>
  );
}

/**
 * Captions a little early or late for this title: the shared offset control, remembered per
 * title; the G and H keys do the 100 ms steps from the player.
 */
function CaptionTiming({ titleSlug }: { titleSlug: string }) {
  const { offsetMs, setOffset } = useCaptionOffset(titleSlug);
  const shortcuts = usePreferences((p) => p.shortcuts);
  const hint = useId();
  return (
    <fieldset className="dialog-fieldset" aria-describedby={hint}>
      <legend>Caption timing</legend>
      <p id={hint} className="dialog-hint">
        If captions come before or after the speech, move them. Remembered for this title only.
      </p>
      <CaptionOffsetControl
        offsetMs={offsetMs}
        onChange={setOffset}
        limitMs={CAPTION_OFFSET_LIMIT_MS}
        keyShortcuts={
          shortcuts
            ? { earlier: ariaShortcut('captions-earlier'), later: ariaShortcut('captions-later') }
            : undefined
        }
      />
    </fieldset>
  );
}

/** A sample caption drawn with the same custom properties as the overlay. */
function CaptionPreview({
  style,
  speakerNames,
  soundCues,
}: {
  style: CaptionStyle;
  speakerNames: string;
  soundCues: boolean;
}) {
  const contrast = worstCaseContrast(style);
  const figure = useId();
  return (
    <figure className="caption-preview" aria-labelledby={figure}>
      <figcaption id={figure}>Preview</figcaption>
      <div className="caption-preview-picture" style={captionStyleVars(style) as CSSProperties}>
        <div className="caption-preview-window" data-caption-preview="">
          {soundCues && <span className="caption-preview-cue">[drums pounding]</span>}
          <span className="caption-preview-cue">
            {speakerNames === 'label' && <span className="caption-preview-speaker">Ruben: </span>}I can still
            feel the beat.
          </span>
        </div>
      </div>
      <p className="caption-preview-contrast" data-state={contrast >= 4.5 ? 'ok' : 'low'}>
        {contrast >= 4.5
          ? `Text contrast: at least ${contrast.toFixed(1)} to 1 on any picture.`
          : `Low contrast: ${contrast.toFixed(1)} to 1 on some pictures. Raise the background opacity or pick other colours.`}
      </p>
    </figure>
  );
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="caption-settings-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

interface PercentRangeProps {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onChange(value: number): void;
}

/** A native slider with its value shown beside it and spoken as "150 percent". */
function PercentRange({ label, min, max, step, value, onChange }: PercentRangeProps) {
  return (
    <Field label={label}>
      {(id) => (
        <span className="caption-settings-range">
          <input
            id={id}
            type="range"
            min={min}
            max={max}
            step={step}
            value={value}
            aria-valuetext={`${value} percent`}
            onChange={(e) => onChange(Number(e.target.value))}
          />
          {/* The slider says its value itself; this is the same value for the eye. */}
          <span className="caption-settings-value" aria-hidden="true">
            {value}%
          </span>
        </span>
      )}
    </Field>
  );
}

interface ColourFieldsProps {
  name: string;
  colour: string;
  opacity: number;
  /** Lowest opacity offered, in percent. */
  minOpacity?: number;
  onChange(colour: string, opacity: number): void;
}

function ColourFields({ name, colour, opacity, minOpacity = 0, onChange }: ColourFieldsProps) {
  return (
    <div className="caption-settings-pair">
      <Field label={`${name} colour`}>
        {(id) => (
          <input id={id} type="color" value={colour} onChange={(e) => onChange(e.target.value, opacity)} />
        )}
      </Field>
      <PercentRange
        label={`${name} opacity`}
        min={minOpacity}
        max={100}
        step={5}
        value={Math.round(opacity * 100)}
        onChange={(percent) => onChange(colour, percent / 100)}
      />
    </div>
  );
}

interface ChoiceProps<T extends string> {
  legend: string;
  options: readonly (readonly [T, string])[];
  value: T;
  onChange(value: T): void;
}

/** Native radio buttons in their own fieldset. */
function Choice<T extends string>({ legend, options, value, onChange }: ChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="dialog-fieldset caption-settings-choice">
      <legend>{legend}</legend>
      {options.map(([option, label]) => (
        <label key={option}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

function Check({
  label,
  hint,
  checked,
  onChange,
}: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange(value: boolean): void;
}) {
  const id = useId();
  return (
    <div className="dialog-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="dialog-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
