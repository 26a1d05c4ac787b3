/**
 * Who may frame `/embed/…`: `EMBED_ORIGINS`, read when the site is built or served, is a list of
 * origins separated by spaces or commas (`https://news.example https://blog.example`); unset or
 * empty means any site. Every other page refuses to be framed (`frame-ancestors 'none'`).
 */

export interface EmbedOrigins {
  /** The allowed origins, or 'any'. */
  allowed: readonly string[] | 'any';
  /** One message per entry that is not an http(s) origin (those are left out). */
  problems: string[];
}

/** Parses `EMBED_ORIGINS`. Never throws: a bad entry is left out and named in `problems`. */
export function parseEmbedOrigins(value: string | undefined): EmbedOrigins {
  const entries = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (entries.length === 0 || (entries.length === 1 && entries[0] === '*'))
    return { allowed: 'any', problems: [] };
  const allowed: string[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      // Reported below.
    }
    if (url && /^https?:$/.test(url.protocol) && url.origin === entry.replace(/\/$/, ''))
      allowed.push(url.origin);
    else
      problems.push(
        `EMBED_ORIGINS: "${entry}" is not an origin such as https://news.example (scheme, host, optional port; no path)`,
      );
  }
  return { allowed, problems };
}

/** The `frame-ancestors` sources for embed pages: `*`, or `'self'` and the allowed origins. */
export function embedFrameAncestors(origins: EmbedOrigins): string[] {
  return origins.allowed === 'any' ? ['*'] : ["'self'", ...origins.allowed];
}

/** Whether a request path is an embed page, the one route other sites may frame. */
export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith('/embed/');
}
