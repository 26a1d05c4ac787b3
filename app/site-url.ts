/**
 * The public address of the site, for absolute URLs in sharing metadata, `robots.txt` and
 * `sitemap.xml`: `SITE_URL` at build time (e.g. `https://captions.example.org`), else the
 * local server. No trailing slash.
 */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}
