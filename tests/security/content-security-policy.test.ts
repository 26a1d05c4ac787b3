import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, prerenderedScriptHashes } from '../../proxy';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe(inlineScriptHashes.name, () => {
  it('should hash each distinct inline script body exactly, and skip script files', () => {
    const html =
      '<script src="/_next/a.js" async=""></script><script>self.__next_f.push([1,"é"])</script>' +
      '<SCRIPT type="module">x()</SCRIPT><script>self.__next_f.push([1,"é"])</script>';
    expect(inlineScriptHashes(html)).toEqual([sha256('self.__next_f.push([1,"é"])'), sha256('x()')].sort());
  });

  it('should find none in a page without inline scripts', () => {
    expect(inlineScriptHashes('<p>no scripts</p><script src="/a.js"></script>')).toEqual([]);
  });
});

describe(contentSecurityPolicy.name, () => {
  it('should allow scripts from the site and the given sources only', () => {
    const policy = contentSecurityPolicy(["'sha256-abc='"]);
    expect(policy).toContain("script-src 'self' 'sha256-abc='; ");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });
});

describe(prerenderedScriptHashes.name, () => {
  let distDir = '';
  beforeAll(() => {
    distDir = mkdtempSync(path.join(tmpdir(), 'csp-dist-'));
    const routes = { '/': {}, '/watch/a': {}, '/watch/a/transcript/a.txt': {} };
    writeFileSync(path.join(distDir, 'prerender-manifest.json'), JSON.stringify({ routes }));
    mkdirSync(path.join(distDir, 'server', 'app', 'watch'), { recursive: true });
    writeFileSync(path.join(distDir, 'server', 'app', 'index.html'), '<script>home()</script>');
    writeFileSync(path.join(distDir, 'server', 'app', 'watch', 'a.html'), '<script>watch()</script>');
    // A page on disk that the manifest does not list is not served as prerendered.
    writeFileSync(path.join(distDir, 'server', 'app', 'watch', 'b.html'), '<script>b()</script>');
  });
  afterAll(() => rmSync(distDir, { recursive: true, force: true }));

  it('should give the hashes of a prerendered page from the HTML next start serves', () => {
    expect(prerenderedScriptHashes('/', distDir)).toEqual([sha256('home()')]);
    expect(prerenderedScriptHashes('/watch/a', distDir)).toEqual([sha256('watch()')]);
  });

  it('should give null for pages rendered per request and for prerendered files that are not HTML', () => {
    expect(prerenderedScriptHashes('/watch/b', distDir)).toBeNull();
    expect(prerenderedScriptHashes('/watch/a/at/83', distDir)).toBeNull();
    expect(prerenderedScriptHashes('/watch/a/transcript/a.txt', distDir)).toBeNull();
  });

  it('should give null when there is no build', () => {
    expect(prerenderedScriptHashes('/', path.join(distDir, 'missing'))).toBeNull();
  });
});
