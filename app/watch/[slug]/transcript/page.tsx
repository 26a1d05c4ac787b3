import type { Metadata } from 'next';
import { SiteLink } from '@/components/site-link';
import { notFound } from 'next/navigation';
import { loadTitle, titleSlugs } from '@/app/titles';
import { MediaProvider } from '@/components/media/media-provider';
import { titleTranscripts } from '@/components/transcript/title-transcripts';
import { TranscriptDownloads } from '@/components/transcript/transcript-downloads';
import { TranscriptView } from '@/components/transcript/transcript-view';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return titleSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = loadTitle((await params).slug);
  if (!title) return {};
  const { manifest } = title;
  const description = `The descriptive transcript of ${manifest.title}: what is said, heard and shown, linked to each moment.`;
  return {
    title: `${manifest.title}: transcript`,
    description,
    openGraph: {
      type: 'article',
      siteName: 'Caption Companion',
      title: `${manifest.title}: transcript`,
      description,
      url: `/watch/${manifest.slug}/transcript`,
      images: [{ url: manifest.poster, alt: manifest.posterAlt }],
    },
  };
}

/** The standalone descriptive transcript: readable, printable and linkable, no player needed. */
export default async function TranscriptPage({ params }: Props) {
  const { slug } = await params;
  const title = loadTitle(slug);
  if (!title) notFound();
  const transcripts = titleTranscripts(title);
  return (
    <main id="main" tabIndex={-1}>
      <h1>{title.manifest.title}: transcript</h1>
      <p>
        What is said, what is heard and what is shown, in time order. Each line opens the{' '}
        <SiteLink href={`/watch/${slug}`}>player</SiteLink> at its moment.
      </p>
      {title.manifest.mediaNotice && <p className="notice">{title.manifest.mediaNotice}</p>}
      <TranscriptDownloads slug={slug} transcripts={transcripts} />
      {/* No player here: the provider's store stays empty, so cue links open the watch page. */}
      <MediaProvider>
        <TranscriptView
          transcripts={transcripts}
          variant="page"
          slug={slug}
          baseHref={`/watch/${slug}`}
          headingLevel={2}
        />
      </MediaProvider>
    </main>
  );
}
