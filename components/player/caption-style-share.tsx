'use client';

import { useId, useState, type CSSProperties, type FormEvent } from 'react';
import {
  captionStyleLink,
  decodeCaptionStyle,
  encodeCaptionStyle,
  type CaptionStyleCodeError,
} from '@/components/preferences/caption-style-code';
import type { CaptionStyle } from '@/components/preferences/preferences';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import { captionStyleVars } from './caption-style';
import './caption-settings.css';
import './caption-style-share.css';

type Incoming =
  | { state: 'idle' }
  | { state: 'invalid'; error: CaptionStyleCodeError }
  | { state: 'preview'; code: string; style: CaptionStyle };

/**
 * "Copy my caption style" and its other half (issue #14, FCC 79.103(e) consistency): the viewer's
 * caption style as a short code and a link, each with a Copy button; and a field that takes a
 * code (or a link) from another device, shows a preview and asks before applying: never applies
 * silently. A bad, damaged or newer code gives its message and changes nothing. A link carrying a
 * code is offered by its own dialog when the page opens (`caption-style-link.tsx`), not here.
 * Mount it anywhere under the preferences (e.g. in the caption settings); it needs no media.
 */
export function CaptionStyleShare() {
  const id = useId();
  const style = usePreferences((p) => p.captionStyle);
  const code = encodeCaptionStyle(style);
  const [text, setText] = useState('');
  const [incoming, setIncoming] = useState<Incoming>({ state: 'idle' });
  const [status, setStatus] = useState('');

  const copy = (value: string, what: string) => {
    const failed = () => setStatus(`Could not copy: select the ${what} and copy it yourself.`);
    if (!navigator.clipboard) return failed();
    navigator.clipboard.writeText(value).then(() => setStatus(`Copied the ${what}.`), failed);
  };

  const onPreview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = decodeCaptionStyle(text);
    setStatus('');
    setIncoming(
      result.ok
        ? { state: 'preview', code: encodeCaptionStyle(result.style), style: result.style }
        : { state: 'invalid', error: result.error },
    );
  };

  const invalid = incoming.state === 'invalid';
  return (
    <div className="caption-style-share" data-state={incoming.state}>
      <div className="caption-style-share-own">
        <label htmlFor={`${id}-own`}>Your caption style code</label>
        <input
          id={`${id}-own`}
          type="text"
          readOnly
          value={code}
          size={30}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => copy(code, 'code')}>
          Copy code
        </button>
        <button
          type="button"
          className="button"
          onClick={() => copy(captionStyleLink(window.location.href, style), 'link')}
        >
          Copy link
        </button>
      </div>

      <form className="caption-style-share-use" onSubmit={onPreview}>
        <label htmlFor={`${id}-code`}>Caption style code or link</label>
        <input
          id={`${id}-code`}
          type="text"
          value={text}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            if (incoming.state !== 'idle') setIncoming({ state: 'idle' });
          }}
        />
        <button type="submit" className="button">
          Preview
        </button>
        <p id={`${id}-error`} className="caption-style-share-error" hidden={!invalid}>
          {invalid ? incoming.error.message : ''}
        </p>
      </form>

      {incoming.state === 'preview' && (
        <figure className="caption-preview" aria-labelledby={`${id}-preview`}>
          <figcaption id={`${id}-preview`}>Preview of the style from the code</figcaption>
          <div className="caption-preview-picture" style={captionStyleVars(incoming.style) as CSSProperties}>
            <div className="caption-preview-window" data-caption-preview="">
              <span className="caption-preview-cue">Captions will look like this.</span>
            </div>
          </div>
          <p>Use this caption style instead of yours?</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              updatePreferences({ captionStyle: incoming.style });
              setIncoming({ state: 'idle' });
              setText('');
              setStatus('Applied the caption style from the code.');
            }}
          >
            Apply this style
          </button>{' '}
          <button
            type="button"
            className="button"
            onClick={() => {
              updatePreferences({ declinedStyleCode: incoming.code });
              setIncoming({ state: 'idle' });
              setStatus('Kept your caption style.');
            }}
          >
            Keep mine
          </button>
        </figure>
      )}
      {/* Polite like a status, but not one: the settings dialog's own status is its Reset's. */}
      <p aria-live="polite" className="caption-style-share-status" data-caption-style-share-status="">
        {status}
      </p>
    </div>
  );
}
