'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { createPortal } from 'react-dom';
import type { ManifestSource } from '@/captions/manifest';
import { useMediaStore } from '@/components/media/media-provider';
import type { Preferences } from '@/components/preferences/preferences';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import { clampRect, moveRect, rectAfterKey, resizeRect, type OverlayRect } from './overlay-geometry';
import { followMedia } from './sign-sync';
import './sign-language.css';

type Layout = Preferences['signLanguage']['layout'];

const LAYOUTS: { value: Layout; label: string }[] = [
  { value: 'beside', label: 'Beside the film (large)' },
  { value: 'overlay', label: 'Window over the film' },
  // 'swapped' in the preferences: the inverse of beside (Able Player #589, Media Chrome #1256).
  { value: 'swapped', label: 'Signer first: interpreter large, film small' },
];

/** The window's opacity over the film, in percent: never so faint that signing cannot be read. */
const OPACITY = { min: 20, max: 100, step: 10 } as const;

/** An interpreter filmed in portrait, 3:4, until the video says otherwise. */
const DEFAULT_ASPECT = 4 / 3;

interface Drag {
  mode: 'move' | 'resize';
  pointerX: number;
  pointerY: number;
  start: OverlayRect;
}

/**
 * The sign-language interpreter (WCAG 1.2.6): a second, muted `<video>` that follows the film
 * (play, pause, seek, rate; drift over 100 ms corrected). Beside the film by default and large;
 * or a window over the film that moves and resizes by pointer and by keyboard (arrows move it,
 * Shift + arrows resize it, and its opacity is the viewer's); or signer first (`'swapped'`), the
 * interpreter filling the picture and the film small. Shown or hidden, its layout, the window's
 * place and opacity are preferences. Rendered once the player
 * has hydrated, since following the film needs script.
 */
export function SignLanguageWindow({
  sources,
  title,
}: {
  sources: readonly ManifestSource[];
  title: string;
}) {
  const store = useMediaStore();
  const settings = usePreferences((p) => p.signLanguage);
  const [follower, setFollower] = useState<HTMLVideoElement | null>(null);
  const [draft, setDraft] = useState<OverlayRect | null>(null);
  const drag = useRef<Drag | null>(null);
  const id = useId();

  useEffect(() => {
    if (!store || !follower) return;
    return followMedia(store.video, follower);
  }, [store, follower]);

  if (!store || sources.length === 0) return null;
  const host = store.video.parentElement;
  const { visible, layout } = settings;
  const rect: OverlayRect = draft ?? { x: settings.x, y: settings.y, width: settings.width };
  const instructionsId = `${id}-instructions`;

  /** The window's height in percent of the box per percent of width. */
  const heightPerWidth = () => {
    const box = host?.getBoundingClientRect();
    const aspect =
      follower && follower.videoWidth > 0 ? follower.videoHeight / follower.videoWidth : DEFAULT_ASPECT;
    return box && box.height > 0 ? (box.width / box.height) * aspect : aspect;
  };
  const save = (next: OverlayRect) => updatePreferences({ signLanguage: next });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = rectAfterKey(rect, event, heightPerWidth());
    if (!next) return;
    // Handled here: the player's own arrow-key shortcuts leave an event alone once it is prevented.
    event.preventDefault();
    event.stopPropagation();
    save(next);
  };
  const startDrag = (mode: Drag['mode'], event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { mode, pointerX: event.clientX, pointerY: event.clientY, start: rect };
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const current = drag.current;
    const box = host?.getBoundingClientRect();
    if (!current || !box || box.width === 0 || box.height === 0) return;
    const dx = ((event.clientX - current.pointerX) / box.width) * 100;
    const dy = ((event.clientY - current.pointerY) / box.height) * 100;
    setDraft(
      current.mode === 'move'
        ? moveRect(current.start, dx, dy, heightPerWidth())
        : resizeRect(current.start, dx, heightPerWidth()),
    );
  };
  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = null;
    if (draft) save(draft);
    setDraft(null);
  };

  const overlay = layout === 'overlay';
  const shown = overlay ? clampRect(rect, heightPerWidth()) : rect;
  const video = (
    <video
      ref={setFollower}
      className="sign-video"
      muted
      playsInline
      preload="auto"
      aria-hidden="true"
      data-sign-video=""
    >
      {sources.map((source) => (
        <source key={source.src} src={source.src} type={source.type} />
      ))}
    </video>
  );
  const signWindow = overlay ? (
    <div
      className="sign-window"
      data-sign-window=""
      data-layout={layout}
      data-state={draft ? 'dragging' : 'idle'}
      role="group"
      aria-label={`Sign-language interpreter for ${title}: movable window`}
      aria-describedby={instructionsId}
      tabIndex={0}
      style={{ left: `${shown.x}%`, top: `${shown.y}%`, width: `${shown.width}%`, opacity: settings.opacity }}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => startDrag('move', event)}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      {video}
      <span
        className="sign-resize"
        aria-hidden="true"
        onPointerDown={(event) => startDrag('resize', event)}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      />
    </div>
  ) : (
    <div
      className="sign-window"
      data-sign-window=""
      data-layout={layout}
      role="group"
      aria-label={`Sign-language interpreter for ${title}`}
    >
      {video}
    </div>
  );

  return (
    <div className="sign-language" data-state={visible ? 'shown' : 'hidden'} data-layout={layout}>
      <div className="sign-language-bar">
        <button
          type="button"
          className="button sign-language-toggle"
          aria-pressed={visible}
          onClick={() => updatePreferences({ signLanguage: { visible: !visible } })}
        >
          Sign-language interpreter
        </button>
        {visible && (
          <fieldset className="sign-language-layouts">
            <legend>Interpreter layout</legend>
            {LAYOUTS.map((option) => (
              <label key={option.value}>
                <input
                  type="radio"
                  name={`${id}-layout`}
                  value={option.value}
                  checked={layout === option.value}
                  onChange={() => updatePreferences({ signLanguage: { layout: option.value } })}
                />{' '}
                {option.label}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      {visible && overlay && (
        <div className="sign-language-opacity">
          <label htmlFor={`${id}-opacity`}>Window opacity</label>
          <input
            id={`${id}-opacity`}
            type="range"
            min={OPACITY.min}
            max={OPACITY.max}
            step={OPACITY.step}
            value={Math.round(settings.opacity * 100)}
            aria-valuetext={`${Math.round(settings.opacity * 100)} percent`}
            onChange={(event) =>
              updatePreferences({ signLanguage: { opacity: Number(event.target.value) / 100 } })
            }
          />
          {/* The slider says its value itself; this is the same value for the eye. */}
          <span aria-hidden="true">{Math.round(settings.opacity * 100)}%</span>
        </div>
      )}
      {visible && overlay && (
        <p id={instructionsId} className="sign-language-instructions">
          To move the interpreter window, focus it and use the arrow keys, or drag it. To resize it, hold
          Shift with the arrow keys (Right or Down enlarges, Left or Up shrinks), or drag its bottom-right
          corner.
        </p>
      )}
      {visible &&
        (!host
          ? signWindow
          : layout === 'beside'
            ? // Beside: a column of the player itself, next to the film on wide screens and in
              // fullscreen, below the controls on narrow ones.
              createPortal(<div className="sign-beside">{signWindow}</div>, store.container)
            : createPortal(
                <div className="sign-layer" data-layout={layout}>
                  {signWindow}
                </div>,
                host,
              ))}
    </div>
  );
}
