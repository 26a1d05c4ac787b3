import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Caption Companion', template: '%s · Caption Companion' },
  description:
    'Film trailers for everyone: frame-accurate captions, a searchable descriptive transcript, audio description and ASL notes.',
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <header className="site-header">
          <nav aria-label="Site">
            <ul>
              <li>
                <Link href="/" className="brand">
                  Caption Companion
                </Link>
              </li>
              <li>
                <Link href="/watch/sound-of-metal">Watch Sound of Metal</Link>
              </li>
              <li>
                <Link href="/accessibility">Accessibility</Link>
              </li>
            </ul>
          </nav>
        </header>
        {children}
        <footer className="site-footer">
          <p>
            Caption Companion is an independent demo. The media on this site is a synthetic stand-in made for it, not
            the studio&rsquo;s trailer. <Link href="/accessibility">Accessibility statement and feedback</Link>.
          </p>
        </footer>
      </body>
    </html>
  );
}
