import type { MetadataRoute } from 'next';
import { loadTitle, publishedTitleSlugs } from '@/app/titles';
import { siteUrl } from './site-url';

// Built once (and written as a file by the static export).
export const dynamic = 'force-static';

/** The site's pages: home, the accessibility statement, and each published title's pages. */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const titles = publishedTitleSlugs().flatMap((slug) => loadTitle(slug) ?? []);
  return [
    { url: `${base}/`, changeFrequency: 'monthly', priority: 1 },
    { url: `${base}/accessibility`, changeFrequency: 'yearly', priority: 0.3 },
    ...titles.flatMap(({ manifest }) => [
      {
        url: `${base}/watch/${manifest.slug}`,
        changeFrequency: 'yearly' as const,
        priority: 0.8,
        images: [`${base}${manifest.poster}`],
      },
      { url: `${base}/watch/${manifest.slug}/transcript`, changeFrequency: 'yearly' as const, priority: 0.6 },
    ]),
  ];
}
