import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The site's internal link: Next.js's `<Link>` (client-side navigation) without prefetching. Every
 * page is prerendered and served as a static file, so a click fetches little; but a link in view
 * that prefetches (Next's default) makes a visitor's first load carry the code of every page the
 * header, footer and catalog point to — the watch page's player on every page. With this, each
 * page loads only its own JavaScript (`npm run bench`, "JavaScript weight").
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
