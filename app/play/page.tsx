import type { Metadata } from 'next';
import { PlayWorkspace } from '@/components/play/play-workspace';

export const metadata: Metadata = {
  title: 'Play your own video and captions',
  description:
    'Open your own video with a WebVTT or SubRip caption file, check the captions, fix their timing and download the corrected file. Nothing is uploaded.',
  alternates: { canonical: '/play' },
};

export default function PlayPage() {
  return (
    <main id="main" tabIndex={-1}>
      <h1>Play your own video and captions</h1>
      <p className="lede">
        Open a video and its caption files in the same player as the rest of the site, with the same caption
        settings, transcript and shortcuts. The report checks each caption file, and the sync offset fixes
        captions that run early or late.
      </p>
      <p className="notice">
        Your files stay on this device. The page reads them in your browser; nothing is uploaded or sent
        anywhere.
      </p>
      <noscript>
        <p className="notice">This page reads your files in the browser, so it needs JavaScript.</p>
      </noscript>
      <PlayWorkspace />
    </main>
  );
}
