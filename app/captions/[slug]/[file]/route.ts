import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTitle, titleSlugs } from '@/app/titles';

// Track files live beside their manifest (one folder per title) and are served from here, so the
// published bytes are exactly the ones `captions:check` verified. Static: built once per file.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { slug: string; file: string }[] {
  return titleSlugs().flatMap((slug) =>
    (loadTitle(slug)?.tracks ?? []).map((track) => ({ slug, file: track.src })),
  );
}

export async function GET(_request: Request, context: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await context.params;
  const title = loadTitle(slug);
  const track = title?.tracks.find((t) => t.src === file);
  if (!title || !track) return new Response('Not found', { status: 404 });
  const body = readFileSync(/*turbopackIgnore: true*/ path.join(title.folder, track.src));
  return new Response(body, {
    headers: {
      'Content-Type': 'text/vtt; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  });
}
