'use client';

import { useState } from 'react';
import { mediaTimeOf } from '@/captions/caption-offset';
import { momentStart, startHref } from '@/captions/start-time';
import { captionTime, type MediaStore } from '@/components/media/media-store';

/**
 * Copies a link to the video's current moment, and says what it copied. Inside a caption the
 * link starts at that caption's start (`entries`: the shown transcript's items, with `data-start`
 * and `data-end` in seconds; descriptions are skipped, the link is to what was said). The lines
 * carry their file's times: under the viewer's caption offset, the caption on screen is found by
 * the file's time, and the link is to where it is shown in the video.
 */
export function TranscriptCopyLink({
  store,
  entries,
}: {
  /** Null until the player's video is attached: the link is then to the start. */
  store: MediaStore | null;
  entries: () => readonly HTMLElement[];
}) {
  const [message, setMessage] = useState('');
  const copy = async () => {
    const cues = entries()
      .filter((item) => item.dataset.kind !== 'description')
      .map((item) => ({ startTime: Number(item.dataset.start), endTime: Number(item.dataset.end) }));
    const url = new URL(window.location.href);
    const snapshot = store?.getSnapshot();
    const start = snapshot
      ? mediaTimeOf(momentStart(cues, captionTime(snapshot)), snapshot.captionOffset)
      : 0;
    url.search = startHref(start);
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
