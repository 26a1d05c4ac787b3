import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadTitle, titleSlugs } from '@/captions/load';
import { parseStartParam } from '@/captions/start-time';
import { buildTranscript } from '@/captions/transcript';
import { AslNoteList } from '@/components/asl/asl-note-list';
import { MediaProvider } from '@/components/media/media-provider';
import { PlayerFrame } from '@/components/player/player-frame';
import { playerTracks } from '@/components/player/player-track';
import { TranscriptList } from '@/components/transcript/transcript-list';
import { TitleCredits } from '@/components/watch/title-credits';
import { TitleVideo } from '@/components/watch/title-video';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamicParams = false;

export function generateStaticParams() {
  return titleSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = loadTitle((await params).slug);
  return title ? { title: `Watch ${title.manifest.title}`, description: title.manifest.synopsis } : {};
}

export default async function WatchPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const title = loadTitle(slug);
  if (!title) notFound();
  const { manifest } = title;
  const startTime = parseStartParam((await searchParams).t, manifest.duration);
  const track = (kind: string) => title.tracks.find((t) => t.kind === kind && t.parsed.valid)?.parsed.cues ?? [];
  const chapters = buildTranscript({
    captions: track('captions'),
    descriptions: track('descriptions'),
    chapters: track('chapters'),
  });

  return (
    <main id="main" tabIndex={-1}>
      <h1>{manifest.title}</h1>
      {manifest.mediaNotice && (
        <p className="notice" id="media-notice">
          {manifest.mediaNotice}
        </p>
      )}
      <MediaProvider>
        <div className="watch-layout">
          <section className="player-section" aria-labelledby="player-heading">
            <h2 id="player-heading">Player</h2>
            <PlayerFrame tracks={playerTracks(title)}>
              <TitleVideo title={title} startTime={startTime} />
            </PlayerFrame>
            <h3>About the film</h3>
            <p>{manifest.synopsis}</p>
            <TitleCredits credits={manifest.credits} />
          </section>
          <section className="transcript-section" aria-labelledby="transcript-heading">
            <h2 id="transcript-heading">Transcript</h2>
            <p>
              Captions, sounds and descriptions of what is on screen, in time order. Each line links to its
              moment in the video. <a href={`/watch/${slug}/transcript`}>Open the transcript on its own page</a>.
            </p>
            <TranscriptList chapters={chapters} />
          </section>
          <section className="asl-section" aria-labelledby="asl-heading">
            <h2 id="asl-heading">ASL interpreter notes</h2>
            <p>
              Signs in American Sign Language that a viewer of this film meets, each tied to its moment and to a
              public ASL dictionary.
            </p>
            <AslNoteList notes={title.aslNotes} />
          </section>
        </div>
      </MediaProvider>
    </main>
  );
}
