import { SiteLink } from '@/components/site-link';
import { loadTitle, publishedTitleSlugs } from '@/app/titles';
import { TitleCard } from '@/components/catalog/title-card';

export default function HomePage() {
  const titles = publishedTitleSlugs().flatMap((slug) => loadTitle(slug) ?? []);
  const featured = titles[0];
  return (
    <main id="main" tabIndex={-1}>
      <h1>Caption Companion</h1>
      <p className="lede">
        Film trailers that every viewer gets all of: captions in step with the picture and styled the way you
        need, a transcript you can search, read and print, descriptions of what is on screen, and notes on the
        American Sign Language the characters use. Everything works from the keyboard, with a screen reader,
        and without JavaScript.
      </p>

      <section aria-labelledby="catalog-heading">
        <h2 id="catalog-heading">Titles</h2>
        <ul className="catalog">
          {titles.map((title) => (
            <li key={title.manifest.slug}>
              <TitleCard title={title} />
            </li>
          ))}
        </ul>
      </section>

      <div className="home-columns">
        {featured && (
          <section aria-labelledby="featured-heading">
            <h2 id="featured-heading">
              Featured: {featured.manifest.title} ({featured.manifest.year})
            </h2>
            <div className="prose">
              <p>
                Ruben drums in Blackgammon, a two-piece band he plays in with his girlfriend, Lou. Director
                Darius Marder&rsquo;s film follows him as his hearing slips away: the ringing in his ears, the
                struggle to stay sober, a partnership under strain, and his search for people who understand
                what is happening to him. Riz Ahmed plays Ruben and Olivia Cooke plays Lou.
              </p>
              <p>
                That search leads him into a deaf community, and the film casts deaf performers in it, among
                them Lauren Ridloff and Chelsea Lee. Talking to Entertainment Weekly at the 2019 Toronto
                International Film Festival, Ahmed credited that community and his ASL teacher with changing
                how he expresses himself:
              </p>
              <blockquote>
                <p>
                  &ldquo;&hellip;when you express yourself with your whole body, it&rsquo;s just a much more
                  expressive, honest, visceral experience.&rdquo;
                </p>
                <footer>Riz Ahmed, to Entertainment Weekly, TIFF 2019</footer>
              </blockquote>
              <p>Marder hopes it reaches everyone:</p>
              <blockquote>
                <p>&ldquo;&hellip;it&rsquo;s a movie for humans.&rdquo;</p>
                <footer>Darius Marder, to Entertainment Weekly, TIFF 2019</footer>
              </blockquote>
              <p>
                Derek Cianfrance produced the film. It was set for a theatrical release in 2020, followed by
                its debut on Amazon Prime streaming on December 4, 2020.
              </p>
              <p className="notice">
                The video here is a synthetic stand-in that we made for this demo: title cards, synthetic
                voices and sound design, not the studio&rsquo;s trailer.
              </p>
              <p>
                <SiteLink className="button-link" href={`/watch/${featured.manifest.slug}`}>
                  Watch {featured.manifest.title} with captions and transcript
                </SiteLink>
              </p>
            </div>
          </section>
        )}

        <div>
          <section aria-labelledby="offers-heading">
            <h2 id="offers-heading">What a title can offer</h2>
            <ul className="prose">
              <li>Captions for deaf and hard-of-hearing viewers, with speakers and sounds identified.</li>
              <li>
                A descriptive transcript: what is said, what is heard and what is shown, linked to each
                moment.
              </li>
              <li>Audio description of what is on screen.</li>
              <li>Chapters, so you can go straight to a part.</li>
              <li>Notes on the ASL signs in the film, each grounded in a public ASL dictionary.</li>
              <li>A sign-language interpreter video, played in step with the trailer.</li>
            </ul>
            <p>Each title&rsquo;s card shows which of these it has.</p>
          </section>

          <section aria-labelledby="pages-heading">
            <h2 id="pages-heading">More</h2>
            <ul className="prose">
              <li>
                <SiteLink href="/play">Play your own video and captions</SiteLink>, nothing uploaded
              </li>
              <li>
                <SiteLink href="/accessibility">Accessibility statement</SiteLink>
              </li>
            </ul>
          </section>
        </div>
      </div>
    </main>
  );
}
