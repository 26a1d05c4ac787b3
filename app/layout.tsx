import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteLink } from '@/components/site-link';
import { HiddenInEmbed } from '@/components/embed/hidden-in-embed';
import './globals.css';
import { siteUrl } from './site-url';

export const metadata: Metadata = {
  title: { default: 'Caption Companion', template: '%s · Caption Companion' },
  description:
    'Film trailers for everyone: frame-accurate captions, a searchable descriptive transcript, audio description and ASL notes.',
  metadataBase: new URL(siteUrl()),
  openGraph: { type: 'website', siteName: 'Caption Companion' },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
};

// Nothing here reads the request: every page is prerendered at build time, and its policy lists the
// hashes of its inline scripts (proxy.ts), so no page needs a per-request nonce.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <HiddenInEmbed>
          <a className="skip-link" href="#main">
            Skip to main content
          </a>
          <header className="site-header">
            <nav aria-label="Site">
              <ul>
                <li>
                  <SiteLink href="/" className="brand">
                    Caption Companion
                  </SiteLink>
                </li>
                <li>
                  <SiteLink href="/watch/sound-of-metal">Watch Sound of Metal</SiteLink>
                </li>
                <li>
                  <SiteLink href="/play">Play your own files</SiteLink>
                </li>
                <li>
                  <SiteLink href="/accessibility">Accessibility</SiteLink>
                </li>
              </ul>
            </nav>
          </header>
        </HiddenInEmbed>
        {children}
        <HiddenInEmbed>
          <footer className="site-footer">
            <p>
              Caption Companion is an independent demo. The media on this site is a synthetic stand-in made
              for it, not the studio&rsquo;s trailer.{' '}
              <SiteLink href="/accessibility">Accessibility statement and feedback</SiteLink>.
            </p>
          </footer>
        </HiddenInEmbed>
      </body>
    </html>
  );
}
