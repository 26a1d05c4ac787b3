// The bench's own production build (its own dist folder, with the test fixture titles), made
// only when it is missing or older than the sources, as `npm start` decides for its build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Where the bench builds and which fixture titles it serves. */
export interface BuildSettings {
  root: string;
  distDir: string;
  fixturesDir: string;
}

const SOURCES = [
  'app',
  'components',
  'captions',
  'titles',
  'public',
  'scripts/fixtures',
  'next.config.ts',
  'proxy.ts',
  'package-lock.json',
];
/** Copied in by the fixture generator on every run (`npm test` too): not a reason to rebuild. */
const GENERATED_MEDIA = /[\\/]public[\\/]media[\\/]fixture-/;

function newest(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const child of readdirSync(entry, { withFileTypes: true })) {
    const full = path.join(entry, child.name);
    if (child.name === 'node_modules' || child.name.startsWith('.') || GENERATED_MEDIA.test(full)) continue;
    latest = Math.max(latest, newest(full));
  }
  return latest;
}

/** The environment `next build` and `next start` get: the dist folder and the fixture titles. */
export function buildEnv(settings: BuildSettings): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_DIST_DIR: settings.distDir,
    CAPTION_FIXTURES_DIR: settings.fixturesDir,
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

function run(label: string, command: string, args: string[], settings: BuildSettings): void {
  console.log(`bench: ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: settings.root, env: buildEnv(settings), encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-60).join('\n'));
    throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
  }
}

/** Builds when needed; returns whether it built (and how long it took, in seconds). */
export function ensureBuild(settings: BuildSettings, force: boolean): { built: boolean; seconds: number } {
  const buildId = path.join(settings.root, settings.distDir, 'BUILD_ID');
  const stale =
    force ||
    !existsSync(buildId) ||
    statSync(buildId).mtimeMs < Math.max(...SOURCES.map((s) => newest(path.join(settings.root, s))));
  if (!stale) return { built: false, seconds: 0 };
  const started = Date.now();
  run('fixture titles', 'npx', ['tsx', 'scripts/make-fixtures.ts'], settings);
  run('production build', 'npx', ['next', 'build'], settings);
  return { built: true, seconds: (Date.now() - started) / 1000 };
}
