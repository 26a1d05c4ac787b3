'use client';

import { useState } from 'react';
import { startHref } from '@/captions/start-time';
import type { MediaStore } from '@/components/media/media-store';

/** Copies a link to the video's current moment (whole seconds), and says what it copied. */
export function TranscriptCopyLink({ store }: { store: MediaStore }) {
  const [message, setMessage] = useState('');
  const copy = async () => {
    const url = new URL(window.location.href);
    url.search = startHref(Math.floor(store.getSnapshot().currentTime));
    url.hash = '';
    try {
      await navigator.clipboard.writeText(url.href);
      setMessage(`Link copied: ${url.href}`);
    } catch {
      setMessage(`Copying was not allowed. The link is ${url.href}`);
    }
  };
  return (
    <div className="transcript-copy">
      <button type="button" onClick={copy}>
        Copy link to this moment
      </button>
      <p role="status">{message}</p>
    </div>
  );
}
