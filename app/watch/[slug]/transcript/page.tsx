import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadTitle, titleSlugs } from '@/captions/load';
import { buildTranscript } from '@/captions/transcript';
import { TranscriptList } from '@/components/transcript/transcript-list';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return titleSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = loadTitle((await params).slug);
  return title ? { title: `${title.manifest.title}: transcript` } : {};
}

/** The standalone descriptive transcript: readable, printable and linkable, no player needed. */
export default async function TranscriptPage({ params }: Props) {
  const { slug } = await params;
  const title = loadTitle(slug);
  if (!title) notFound();
  const track = (kind: string) => title.tracks.find((t) => t.kind === kind && t.parsed.valid)?.parsed.cues ?? [];
  const chapters = buildTranscript({
    captions: track('captions'),
    descriptions: track('descriptions'),
    chapters: track('chapters'),
  });
  return (
    <main id="main" tabIndex={-1}>
      <h1>{title.manifest.title}: transcript</h1>
      <p>
        What is said, what is heard and what is shown, in time order. Each line opens the{' '}
        <Link href={`/watch/${slug}`}>player</Link> at its moment.
      </p>
      {title.manifest.mediaNotice && <p className="notice">{title.manifest.mediaNotice}</p>}
      <TranscriptList chapters={chapters} baseHref={`/watch/${slug}`} headingLevel={2} />
    </main>
  );
}
