import type { Metadata } from 'next';
import { SiteLink } from '@/components/site-link';
import { notFound } from 'next/navigation';
import { glossaryEntryId, sortByGloss } from '@/captions/asl-glossary';
import { loadTitle, titleSlugs } from '@/app/titles';
import { AslNoteList } from '@/components/asl/asl-note-list';
import '@/components/asl/asl.css';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return titleSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = loadTitle((await params).slug);
  return title ? { title: `${title.manifest.title}: ASL glossary` } : {};
}

/** The ASL notes as a glossary: sorted by gloss, each linked back to its moment in the player. */
export default async function AslGlossaryPage({ params }: Props) {
  const { slug } = await params;
  const title = loadTitle(slug);
  if (!title) notFound();
  const notes = sortByGloss(
    title.aslNotes.map((n) => ({ ...n, startTime: n.cue.startTime, endTime: n.cue.endTime })),
  );
  return (
    <main id="main" tabIndex={-1}>
      <h1>{title.manifest.title}: ASL glossary</h1>
      <p>
        The signs in American Sign Language that a viewer of this film meets, in alphabetical order of their
        gloss (the sign written in capitals). Each entry opens the{' '}
        <SiteLink href={`/watch/${slug}`}>player</SiteLink> at its moment and names the public ASL dictionary
        it comes from.
      </p>
      {notes.length > 0 && (
        <nav aria-label="Glosses">
          <ul className="asl-glossary-index">
            {notes.map((n) => (
              <li key={glossaryEntryId(n)}>
                <a href={`#${glossaryEntryId(n)}`} className="gloss">
                  {n.note.gloss}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <AslNoteList notes={notes} baseHref={`/watch/${slug}`} headingLevel={2} />
    </main>
  );
}
