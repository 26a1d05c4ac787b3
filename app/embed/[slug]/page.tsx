import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadTitle, titleSlugs } from '@/app/titles';
import { AudioDescription } from '@/components/description/audio-description';
import { descriptionTracks } from '@/components/description/description-tracks';
import { EmbedBridge } from '@/components/embed/embed-bridge';
import { parseEmbedOrigins } from '@/components/embed/embed-origins';
import { MediaProvider } from '@/components/media/media-provider';
import { PlayerFrame } from '@/components/player/player-frame';
import { playerTracks } from '@/components/player/player-track';
import { SignLanguageWindow } from '@/components/sign-language/sign-language-window';
import { TitleVideo } from '@/components/watch/title-video';
import '@/components/embed/embed.css';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return titleSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = loadTitle((await params).slug);
  if (!title) return {};
  return {
    title: `${title.manifest.title}: trailer player`,
    description: title.manifest.synopsis,
    // The watch page is the one to index and to share; this is its player, framed elsewhere.
    alternates: { canonical: `/watch/${title.manifest.slug}` },
    robots: { index: false },
  };
}

/**
 * The player alone, for other sites to frame (the one route whose policy allows it, proxy.ts):
 * the same PlayerFrame, audio description and sign-language window as the watch page, without the
 * site's header and footer (HiddenInEmbed in the root layout), filling its frame. Options come
 * from the URL on the client, so the page itself is prerendered once per title.
 */
export default async function EmbedPage({ params }: Props) {
  const { slug } = await params;
  const title = loadTitle(slug);
  if (!title) notFound();
  const { manifest } = title;
  const origins = parseEmbedOrigins(process.env.EMBED_ORIGINS);
  // Read at build: a mistyped origin fails the build, naming it, rather than locking a publisher out.
  if (origins.problems.length > 0) throw new Error(origins.problems.join('\n'));
  const tracks = playerTracks(title);

  return (
    <main id="main" className="embed" aria-labelledby="embed-title">
      <h1 className="visually-hidden" id="embed-title">
        {manifest.title}: trailer
      </h1>
      <MediaProvider>
        <PlayerFrame
          titleSlug={slug}
          tracks={tracks}
          duration={manifest.duration}
          whenVideoFails="The transcript and the ASL notes are on the title's page, linked below."
        >
          <TitleVideo title={title} startTime={null} />
        </PlayerFrame>
        <AudioDescription tracks={descriptionTracks(tracks)} />
        <SignLanguageWindow sources={manifest.signLanguageVideo ?? []} title={manifest.title} />
        <EmbedBridge tracks={tracks} duration={manifest.duration} allowedOrigins={origins.allowed} />
      </MediaProvider>
      <p className="embed-footer">
        <a href={`/watch/${slug}`} target="_blank" rel="noopener">
          Transcript and ASL notes<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        {manifest.mediaNotice && (
          <span className="embed-notice" id="media-notice">
            {manifest.mediaNotice}
          </span>
        )}
      </p>
    </main>
  );
}
