'use client';

import { lazy, useEffect, useState } from 'react';
import { decodeCaptionStyle, encodeCaptionStyle } from '@/components/preferences/caption-style-code';
import { codeFromHash } from '@/components/preferences/caption-style-fragment';
import { updatePreferences, usePreferences } from '@/components/preferences/preferences-store';
import type { CaptionStyleOffer } from './caption-style-offer';
import { LazyDialogContent } from './lazy-dialog';

const CaptionStyleOfferContent = lazy(() =>
  import('./caption-style-offer').then((m) => ({ default: m.CaptionStyleOfferContent })),
);

/**
 * What a page opened from a link does with the caption style code in its fragment: 'unread'
 * until hydrated; 'none' (no code), 'declined' (the viewer said "Keep mine" to this very code
 * before), 'same' (the viewer's style already), 'invalid' (damaged or from a newer version:
 * a message, nothing changed) or 'offered' (a preview that asks first).
 */
export type CaptionStyleLinkState = 'unread' | 'none' | 'declined' | 'same' | 'invalid' | 'offered';

type Outcome = 'applied' | 'kept' | 'dismissed' | null;

const STATUS: Record<Exclude<Outcome, null>, string> = {
  applied: 'Applied the caption style from the link.',
  kept: 'Kept your caption style.',
  dismissed: '',
};

/**
 * Opening a link that carries a caption style (`#caption-style=cs1.…`, made by "Copy link" in
 * the caption settings; issue #14): the fragment is read on the client, since every page is
 * prerendered, and never reaches a server. A valid code that differs from the viewer's style
 * opens a dialog with its preview that asks before applying; never silently. "Keep mine" is
 * remembered (`declinedStyleCode`), so the same link does not ask again; a bad or newer code
 * says so and changes nothing. When the dialog closes, focus goes to `returnFocus` (the
 * player's Settings button, where caption style lives). Its dialog loads only when a link asks.
 */
export function CaptionStyleLink({ returnFocus }: { returnFocus(): HTMLElement | null }) {
  const style = usePreferences((p) => p.captionStyle);
  const declined = usePreferences((p) => p.declinedStyleCode);
  const [linked, setLinked] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  // Reading the URL is an external system: once, after hydration.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLinked(codeFromHash(window.location.hash));
  }, []);

  let state: CaptionStyleLinkState;
  let offer: CaptionStyleOffer | null = null;
  if (linked === null) state = 'unread';
  else if (linked === '') state = 'none';
  else if (linked === declined) state = 'declined';
  else {
    const decoded = decodeCaptionStyle(linked);
    if (!decoded.ok) {
      state = 'invalid';
      offer = { state: 'invalid', message: decoded.error.message };
    } else if (encodeCaptionStyle(decoded.style) === encodeCaptionStyle(style) && outcome === null) {
      state = 'same';
    } else {
      state = 'offered';
      offer = { state: 'offered', style: decoded.style, code: linked };
    }
  }

  return (
    <>
      {offer && (
        <LazyDialogContent
          open={outcome === null}
          onOpenChange={(open) => {
            if (!open && outcome === null) setOutcome('dismissed');
          }}
          dialog={CaptionStyleOfferContent}
          props={{
            offer,
            onApply: (next) => {
              updatePreferences({ captionStyle: next });
              setOutcome('applied');
            },
            onKeep: (code) => {
              updatePreferences({ declinedStyleCode: code });
              setOutcome('kept');
            },
          }}
          returnFocus={returnFocus}
        />
      )}
      <p className="visually-hidden" role="status" data-caption-style-link={state}>
        {outcome ? STATUS[outcome] : ''}
      </p>
    </>
  );
}
