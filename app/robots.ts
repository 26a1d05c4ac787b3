import type { MetadataRoute } from 'next';
import { siteUrl } from './site-url';

// Built once (and written as a file by the static export).
export const dynamic = 'force-static';

/** Every page is public; crawlers get the sitemap. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
