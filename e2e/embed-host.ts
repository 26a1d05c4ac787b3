// A publisher's article on another origin, for the embed specs: a tiny HTTP server on a port of
// its own (a different origin from the app's), serving one page that frames whatever it is asked
// to and records every message the frame posts to it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EmbedHost {
  /** The host's origin, e.g. http://127.0.0.1:40123. */
  origin: string;
  /** The URL of an article framing `html` (an `<iframe>`), with `window.received` collecting messages. */
  articleUrl(html: string): string;
  close(): Promise<void>;
}

const articles = new Map<string, string>();

function article(frame: string): string {
  // The listener is attached before the frame loads, as the README tells hosts to do.
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>An article with a trailer</title></head>
<body>
<main>
<h1>A film column</h1>
<p>Watch the trailer below.</p>
<button type="button" id="before">Before the player</button>
<script>
window.received = [];
window.addEventListener('message', (event) => window.received.push({ origin: event.origin, data: event.data }));
</script>
${frame}
<p>The end of the article.</p>
</main>
</body>
</html>`;
}

/** Starts the host on a free port (so parallel workers never collide). */
export async function startEmbedHost(): Promise<EmbedHost> {
  const server: Server = createServer((request, response) => {
    const id = new URL(request.url ?? '/', 'http://host').searchParams.get('article') ?? '';
    const html = articles.get(id);
    if (!html) return void response.writeHead(404).end('no such article');
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Another port is another origin: the app's pages are cross-origin to this one.
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    articleUrl(html) {
      const id = String(articles.size + 1);
      articles.set(id, article(html));
      return `${origin}/?article=${id}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
