import { SiteLink } from '@/components/site-link';

export default function NotFound() {
  return (
    <main id="main" tabIndex={-1}>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the title may not be published here.</p>
      <ul>
        <li>
          <SiteLink href="/">Go to the home page and its list of titles</SiteLink>
        </li>
        <li>
          <SiteLink href="/accessibility">Read the accessibility statement</SiteLink>
        </li>
      </ul>
    </main>
  );
}
