// `/watch/<slug>?t=83`, rewritten here by proxy.ts: the watch page rendered per request with a `#t=`
// media fragment, so a shared moment starts there even without JavaScript. Plain requests get the
// prerendered page; only this variant pays for rendering (and carries a nonce instead of hashes).
import WatchPage from '../../page';

export { generateMetadata } from '../../page';

// Never cached per `t`: each value would otherwise become a stored page.
export const dynamic = 'force-dynamic';

export default WatchPage;
