// Generates the test-only fixture titles (a 10,000-cue transcript, a sign-language video, …)
// before the test build. Each module in scripts/fixtures/ exports `makeFixture(dirs)`.
// Output is never committed: title folders go to CAPTION_FIXTURES_DIR (default
// tests/.generated/captions; the name predates titles/),
// media to public/media/fixture-*/ (both git-ignored).
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface FixtureDirs {
  /** Where title folders go: `<titles>/<slug>/manifest.json` … */
  titles: string;
  /** The app's public folder: media go to `<public>/media/<slug>/`. */
  public: string;
}

// Run from the repository root (npm scripts do).
const root = process.cwd();
const dirs: FixtureDirs = {
  titles: path.resolve(root, process.env.CAPTION_FIXTURES_DIR ?? 'tests/.generated/captions'),
  public: path.join(root, 'public'),
};
mkdirSync(dirs.titles, { recursive: true });

const folder = path.join(root, 'scripts', 'fixtures');

async function main() {
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const started = Date.now();
    const fixture = (await import(pathToFileURL(path.join(folder, file)).href)) as {
      makeFixture?: (d: FixtureDirs) => Promise<void> | void;
    };
    if (typeof fixture.makeFixture !== 'function') throw new Error(`${file} does not export makeFixture`);
    await fixture.makeFixture(dirs);
    console.log(`fixture ${file}: ${Date.now() - started} ms`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
