'use client';

import { useId, useState } from 'react';
import { formatSpokenDuration, formatTimestamp } from '@/captions/format';
import { startHref } from '@/captions/start-time';
import { useMediaStore } from '@/components/media/media-provider';
import { findTextTrack } from '@/components/media/text-tracks';
import { selectedCaptionTrack } from '@/components/player/caption-tracks';
import { DialogShell } from '@/components/player/dialog-shell';
import type { LoadedDialogProps } from '@/components/player/lazy-dialog';
import type { PlayerTrack } from '@/components/player/player-track';
import { usePreferences } from '@/components/preferences/preferences-store';
import { embedSearch } from './embed-options';
import { EMBED_DEFAULT_WIDTH, embedIframe } from './oembed';
import { shareMoment } from './share-moment';
import './share.css';

/** A caption track as the share dialog needs it: which one is shown (no cues). */
export type ShareTrack = Pick<PlayerTrack, 'kind' | 'srclang' | 'label' | 'url' | 'default' | 'available'>;

/**
 * Share: the watch page's link, optionally at the current moment (the start of the caption on
 * screen), and the code that embeds the player with the same start and the options chosen here.
 * Each copy button says what happened in a polite status message.
 */
export function ShareContent({
  slug,
  title,
  tracks,
  ...dialog
}: LoadedDialogProps & { slug: string; title: string; tracks: ShareTrack[] }) {
  const store = useMediaStore();
  const language = usePreferences((p) => p.captionLanguage);
  const id = useId();
  // The moment is read once, when the dialog opens: it does not run on while the viewer reads.
  const [moment] = useState(() => {
    if (!store) return 0;
    const t = store.getSnapshot().currentTime;
    const shown = selectedCaptionTrack(tracks, language);
    const textTrack = shown ? findTextTrack(store, shown.url) : null;
    const starts = Array.from(textTrack?.activeCues ?? []).map((cue) => cue.startTime);
    return shareMoment(t, starts);
  });
  const [atMoment, setAtMoment] = useState(false);
  const [muted, setMuted] = useState(false);
  const [descriptions, setDescriptions] = useState(false);
  const [status, setStatus] = useState('');

  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const startTime = atMoment && moment > 0 ? moment : null;
  const link = `${origin}/watch/${slug}${startTime !== null ? startHref(startTime) : ''}`;
  const embedSrc = `${origin}/embed/${slug}${embedSearch({ startTime, captions: null, descriptions, muted })}`;
  const code = embedIframe(embedSrc, title, EMBED_DEFAULT_WIDTH, (EMBED_DEFAULT_WIDTH * 9) / 16);

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} copied.`);
    } catch {
      setStatus(
        `Copying was not allowed. Select the ${what.toLowerCase()} and copy it with your keyboard or menu.`,
      );
    }
  };

  return (
    <DialogShell
      {...dialog}
      className="share-dialog"
      title={`Share ${title}`}
      description="A link to this page, or code that puts the player in your own web page."
    >
      <div className="dialog-check">
        <input
          type="checkbox"
          id={`${id}-moment`}
          checked={atMoment}
          disabled={moment === 0}
          onChange={(event) => setAtMoment(event.currentTarget.checked)}
        />
        <label htmlFor={`${id}-moment`}>
          Start at {formatTimestamp(moment)}
          <span className="visually-hidden"> ({formatSpokenDuration(moment)})</span>, the start of the caption
          shown
        </label>
      </div>
      <div className="share-field">
        <label htmlFor={`${id}-link`}>Link</label>
        <input
          id={`${id}-link`}
          type="text"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button dialog-button" onClick={() => copy(link, 'Link')}>
          Copy link
        </button>
      </div>
      <fieldset className="dialog-fieldset">
        <legend>Embed</legend>
        <div className="dialog-check">
          <input
            type="checkbox"
            id={`${id}-muted`}
            checked={muted}
            onChange={(event) => setMuted(event.currentTarget.checked)}
          />
          <label htmlFor={`${id}-muted`}>Start muted</label>
        </div>
        <div className="dialog-check">
          <input
            type="checkbox"
            id={`${id}-ad`}
            checked={descriptions}
            onChange={(event) => setDescriptions(event.currentTarget.checked)}
          />
          <label htmlFor={`${id}-ad`}>Audio description on</label>
        </div>
        <div className="share-field">
          <label htmlFor={`${id}-code`}>Embed code</label>
          <textarea
            id={`${id}-code`}
            readOnly
            rows={4}
            value={code}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button dialog-button" onClick={() => copy(code, 'Embed code')}>
            Copy embed code
          </button>
        </div>
      </fieldset>
      <p role="status" aria-live="polite" className="share-status">
        {status}
      </p>
    </DialogShell>
  );
}
