'use client';

import type { CSSProperties } from 'react';
import type { CaptionStyle } from '@/components/preferences/preferences';
import { usePreferences } from '@/components/preferences/preferences-store';
import { captionStyleVars } from './caption-style';
import { DialogShell } from './dialog-shell';
import type { LoadedDialogProps } from './lazy-dialog';
import './caption-settings.css';
import './caption-style-share.css';

/** What a link offered: a style to preview, or why its code cannot be used. */
export type CaptionStyleOffer =
  { state: 'offered'; style: CaptionStyle; code: string } | { state: 'invalid'; message: string };

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * The dialog a caption style link opens ({@link CaptionStyleLink}), loaded only then: the style
 * from the link beside the viewer's own, each as a sample caption, and "Apply this style" or
 * "Keep mine"; Close or Escape decide nothing. For a code that cannot be used, its message and
 * the assurance that nothing changed.
 */
export function CaptionStyleOfferContent({
  offer,
  onApply,
  onKeep,
  ...props
}: LoadedDialogProps & {
  offer: CaptionStyleOffer;
  onApply(style: CaptionStyle): void;
  onKeep(code: string): void;
}) {
  const own = usePreferences((p) => p.captionStyle);
  if (offer.state === 'invalid') {
    return (
      <DialogShell
        {...props}
        className="caption-style-offer"
        title="This caption style link cannot be used"
        description={`${sentence(offer.message)} Your caption style has not changed.`}
      >
        {null}
      </DialogShell>
    );
  }
  return (
    <DialogShell
      {...props}
      className="caption-style-offer"
      title="Use this caption style?"
      description="The link you opened carries a caption style. Nothing changes unless you apply it."
    >
      <Sample style={offer.style} label="From the link" />
      <Sample style={own} label="Yours now" />
      <div className="caption-style-offer-actions">
        <button type="button" className="button dialog-button" onClick={() => onApply(offer.style)}>
          Apply this style
        </button>
        <button type="button" className="button dialog-button" onClick={() => onKeep(offer.code)}>
          Keep mine
        </button>
      </div>
    </DialogShell>
  );
}

function Sample({ style, label }: { style: CaptionStyle; label: string }) {
  return (
    <figure className="caption-preview">
      <figcaption>{label}</figcaption>
      <div className="caption-preview-picture" style={captionStyleVars(style) as CSSProperties}>
        <div className="caption-preview-window" data-caption-preview="">
          <span className="caption-preview-cue">Captions will look like this.</span>
        </div>
      </div>
    </figure>
  );
}
