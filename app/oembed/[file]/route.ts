import { siteUrl } from '@/app/site-url';
import { titleSlugs } from '@/app/titles';
import { oembedAnswer } from '@/components/embed/oembed';
import { oembedTitle } from '@/app/oembed-titles';

// Each title's oEmbed answer at its default size, written at build: what the static export's
// watch pages point to for discovery (a static host cannot answer /api/oembed queries).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return titleSlugs().map((slug) => ({ file: `${slug}.json` }));
}

export async function GET(_request: Request, context: { params: Promise<{ file: string }> }) {
  const { file } = await context.params;
  const slug = file.replace(/\.json$/, '');
  const { status, body } = oembedAnswer(
    new URLSearchParams({ url: `${siteUrl()}/watch/${slug}`, format: 'json' }),
    { origins: [new URL(siteUrl()).origin], title: oembedTitle },
  );
  return Response.json(body, { status, headers: { 'Access-Control-Allow-Origin': '*' } });
}
