// The proxy answers a document request for a prerendered page from memory (Next.js's page handler
// cost several times a static file's time per request): the same bytes, a 304 for a matching ETag, the cache and security headers Next.js sends.
// Per request it copies nothing: the bytes read once are the body's chunk, and a page's headers are
// made once for its policy.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prerenderedPage, staticPageResponse } from '../../proxy';

const HTML = '<!DOCTYPE html><html><body><p>café</p><script>watch()</script></body></html>';

describe(staticPageResponse.name, () => {
  let distDir = '';
  beforeAll(() => {
    distDir = mkdtempSync(path.join(tmpdir(), 'static-page-'));
    writeFileSync(
      path.join(distDir, 'prerender-manifest.json'),
      JSON.stringify({ routes: { '/watch/a': {} } }),
    );
    mkdirSync(path.join(distDir, 'server', 'app', 'watch'), { recursive: true });
    writeFileSync(path.join(distDir, 'server', 'app', 'watch', 'a.html'), HTML);
  });
  afterAll(() => rmSync(distDir, { recursive: true, force: true }));

  const page = () => prerenderedPage('/watch/a', distDir)!;
  const request = (headers: Record<string, string> = {}, method = 'GET') => ({
    method,
    headers: new Headers(headers),
  });

  it('should send the prerendered bytes with the policy, the cache headers of a static page and an ETag', async () => {
    const response = staticPageResponse(page(), request(), "script-src 'self'");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(HTML);
    expect(response.headers.get('content-security-policy')).toBe("script-src 'self'");
    expect(response.headers.get('cache-control')).toBe('s-maxage=31536000');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('vary')).toMatch(/\brsc\b.*Accept-Encoding/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('etag')).toBe(page().etag);
    expect(response.headers.get('content-encoding')).toBeNull();
  });

  it('should answer 304 without a body when the ETag matches, and a HEAD request without a body', async () => {
    const notModified = staticPageResponse(page(), request({ 'if-none-match': page().etag }), '');
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBeNull();
    const head = staticPageResponse(page(), request({}, 'HEAD'), '');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });

  it('should send the bytes read from the build as they are, without copying them per request', async () => {
    const reader = staticPageResponse(page(), request(), '').body!.getReader();
    const { value } = await reader.read();
    expect(value).toBe(page().html);
    expect((await reader.read()).done).toBe(true);
    expect(await staticPageResponse(page(), request(), '').text()).toBe(HTML);
  });

  it('should send the policy it is given, also when the same page was last sent with another', () => {
    const policyOf = (policy: string) =>
      staticPageResponse(page(), request(), policy).headers.get('content-security-policy');
    expect(policyOf("frame-ancestors 'none'")).toBe("frame-ancestors 'none'");
    expect(policyOf('frame-ancestors https://a.example')).toBe('frame-ancestors https://a.example');
    expect(policyOf("frame-ancestors 'none'")).toBe("frame-ancestors 'none'");
  });

  it('should keep one page object per pathname: the file is read once', () => {
    expect(page()).toBe(page());
    expect(page().hashes).toHaveLength(1);
  });
});
