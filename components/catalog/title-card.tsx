import { SiteLink } from '@/components/site-link';
import { formatSpokenDuration, formatTimestamp } from '@/captions/format';
import type { LoadedTitle } from '@/captions/title-folder';
import { titleOffers } from '@/captions/title-offers';

/**
 * One title in the home page's catalog: its poster, its name (the link to watch it), year and
 * duration, a badge for each thing it offers (read from its tracks, see `titleOffers`), and links
 * to its transcript and ASL glossary. A server component: plain HTML, no script.
 */
export function TitleCard({ title, headingLevel = 3 }: { title: LoadedTitle; headingLevel?: 2 | 3 }) {
  const { manifest } = title;
  const offers = titleOffers(title);
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const watch = `/watch/${manifest.slug}`;
  const headingId = `title-card-${manifest.slug}`;
  return (
    <article className="title-card" aria-labelledby={headingId}>
      {/* The poster repeats the title the heading names: decorative here (posterAlt is for where it stands alone). */}
      {/* eslint-disable-next-line @next/next/no-img-element -- a static poster, sized by its attributes; the export has no image optimiser */}
      <img
        className="title-card-poster"
        src={manifest.poster}
        alt=""
        width={854}
        height={480}
        loading="lazy"
      />
      <div className="title-card-body">
        <Heading id={headingId} className="title-card-heading">
          <SiteLink href={watch}>{manifest.title}</SiteLink>
        </Heading>
        <p className="title-card-meta">
          {manifest.year} ·{' '}
          <time dateTime={`PT${Math.floor(manifest.duration)}S`}>
            <span aria-hidden="true">{formatTimestamp(manifest.duration)}</span>
            <span className="visually-hidden">{formatSpokenDuration(manifest.duration)}</span>
          </time>
        </p>
        <ul className="badges" aria-label="Offers">
          {offers.map((offer) => (
            <li key={offer.id} className="badge" data-offer={offer.id} title={offer.label}>
              <span aria-hidden="true">{offer.short}</span>
              <span className="visually-hidden">{offer.label}</span>
            </li>
          ))}
        </ul>
        <p className="title-card-links">
          <SiteLink className="chip-link" href={`${watch}/transcript`}>
            Transcript<span className="visually-hidden"> of {manifest.title}</span>
          </SiteLink>
          {title.aslNotes.length > 0 && (
            <SiteLink className="chip-link" href={`${watch}/asl`}>
              ASL glossary<span className="visually-hidden"> of {manifest.title}</span>
            </SiteLink>
          )}
        </p>
      </div>
    </article>
  );
}
