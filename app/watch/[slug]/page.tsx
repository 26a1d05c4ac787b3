import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { aslMarks } from '@/captions/asl-marks';
import { loadTitle, titleSlugs } from '@/app/titles';
import { parseStartParam } from '@/captions/start-time';
import { aslMoments } from '@/captions/asl-moment';
import { AslCurrentNote } from '@/components/asl/asl-current-note';
import { AslNoteLinks } from '@/components/asl/asl-note-links';
import { AslNoteList } from '@/components/asl/asl-note-list';
import { AudioDescription } from '@/components/description/audio-description';
import { descriptionTracks } from '@/components/description/description-tracks';
import { oembedDiscoveryHref } from '@/app/oembed-titles';
import { ShareDialog } from '@/components/embed/share-dialog';
import { MediaProvider } from '@/components/media/media-provider';
import { PlayerFrame } from '@/components/player/player-frame';
import { playerTracks } from '@/components/player/player-track';
import { captionChoices } from '@/components/player/caption-tracks';
import { titleTranscripts } from '@/components/transcript/title-transcripts';
import { TranscriptView } from '@/components/transcript/transcript-view';
import { SignLanguageWindow } from '@/components/sign-language/sign-language-window';
import { AudioIntroductionControl } from '@/components/watch/audio-introduction';
import { TitleCredits } from '@/components/watch/title-credits';
import { TitleVideo } from '@/components/watch/title-video';
import { siteUrl } from '@/app/site-url';

type Props = {
  /** `t` only in the per-request variant (`at/[t]/page.tsx`) that proxy.ts sends `?t=` requests to. */
  params: Promise<{ slug: string; t?: string }>;
};

export const dynamicParams = false;

export function generateStaticParams() {
  return titleSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = loadTitle((await params).slug);
  if (!title) return {};
  const { manifest } = title;
  // Shared links show the title's poster and synopsis.
  const image = { url: manifest.poster, alt: manifest.posterAlt };
  return {
    title: `Watch ${manifest.title}`,
    description: manifest.synopsis,
    alternates: {
      canonical: `/watch/${manifest.slug}`,
      // oEmbed discovery: a publishing tool given this page's address finds the embed code.
      types: {
        'application/json+oembed': [
          {
            url: oembedDiscoveryHref(manifest.slug, `${siteUrl()}/watch/${manifest.slug}`),
            title: `${manifest.title} (oEmbed)`,
          },
        ],
      },
    },
    openGraph: {
      type: 'video.movie',
      siteName: 'Caption Companion',
      title: `Watch ${manifest.title} with captions, transcript and ASL notes`,
      description: manifest.synopsis,
      url: `/watch/${manifest.slug}`,
      images: [image],
    },
    twitter: { card: 'summary_large_image', images: [image] },
  };
}

export default async function WatchPage({ params }: Props) {
  const { slug, t } = await params;
  const title = loadTitle(slug);
  if (!title) notFound();
  const { manifest } = title;
  // The prerendered page never reads the request (so `next start` serves it as a static file); a
  // `?t=` request is rendered per request with `t` as a param, so it starts without JavaScript.
  const startTime = t === undefined ? null : parseStartParam(t, manifest.duration);
  // Which tracks there are, without cues: the client reads those from the browser's TextTracks.
  const tracks = playerTracks(title);
  const track = (kind: string) =>
    title.tracks.find((t) => t.kind === kind && t.parsed.valid)?.parsed.cues ?? [];

  return (
    <main id="main" tabIndex={-1}>
      {/* Shown on focus, like the site's "Skip to main content"; the targets take focus (tabIndex -1). */}
      <a className="skip-link" href="#player-heading">
        Skip to player
      </a>
      <a className="skip-link" href="#transcript-heading">
        Skip to transcript
      </a>
      <h1>{manifest.title}</h1>
      {manifest.mediaNotice && (
        <p className="notice" id="media-notice">
          {manifest.mediaNotice}
        </p>
      )}
      <MediaProvider>
        <div className="watch-layout">
          <section className="player-section" aria-labelledby="player-heading">
            <h2 id="player-heading" tabIndex={-1}>
              Player
            </h2>
            <PlayerFrame
              titleSlug={slug}
              tracks={tracks}
              duration={manifest.duration}
              whenVideoFails="The transcript and the ASL notes on this page still work."
              marks={[
                ...track('chapters').map((cue) => ({
                  time: cue.startTime,
                  label: cue.text,
                  kind: 'chapter' as const,
                })),
                ...aslMarks(aslMoments(title.aslNotes), manifest.duration),
              ]}
            >
              <TitleVideo title={title} startTime={startTime} />
            </PlayerFrame>
            <ShareDialog
              slug={slug}
              title={manifest.title}
              tracks={captionChoices(tracks).map(
                ({ kind, srclang, label, url, default: isDefault, available }) => ({
                  kind,
                  srclang,
                  label,
                  url,
                  default: isDefault,
                  available,
                }),
              )}
            />
            <AudioDescription tracks={descriptionTracks(tracks)} />
            {/* Beside audio description, under the player: above it, it pushed the player down the
                screen, leaving its settings menu too little room. */}
            {title.audioIntroduction && <AudioIntroductionControl introduction={title.audioIntroduction} />}
            <SignLanguageWindow sources={manifest.signLanguageVideo ?? []} title={manifest.title} />
            <h3>About the film</h3>
            <p>{manifest.synopsis}</p>
            <TitleCredits credits={manifest.credits} />
          </section>
          <section className="transcript-section" aria-labelledby="transcript-heading">
            <h2 id="transcript-heading" tabIndex={-1}>
              Transcript
            </h2>
            <p>
              Captions, sounds and descriptions of what is on screen, in time order. Each line links to its
              moment in the video.{' '}
              <a href={`/watch/${slug}/transcript`}>Open the transcript on its own page</a>.
            </p>
            <TranscriptView transcripts={titleTranscripts(title)} variant="panel" slug={slug} />
          </section>
          <section className="asl-section" aria-labelledby="asl-heading">
            <h2 id="asl-heading">ASL interpreter notes</h2>
            <p>
              Signs in American Sign Language that a viewer of this film meets, each tied to its moment and to
              a public ASL dictionary. <a href={`/watch/${slug}/asl`}>Open the notes as a glossary</a>.
            </p>
            <AslCurrentNote moments={aslMoments(title.aslNotes)} />
            <h3>All notes</h3>
            <AslNoteLinks moments={aslMoments(title.aslNotes)}>
              <AslNoteList notes={title.aslNotes} headingLevel={4} />
            </AslNoteLinks>
          </section>
        </div>
      </MediaProvider>
    </main>
  );
}
