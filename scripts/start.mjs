// `npm start`: install what is missing, build if the build is missing or older than the
// sources, then serve the app on http://localhost:3000.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { installIfNeeded } from './install-if-needed.mjs';

const root = path.resolve(import.meta.dirname, '..');
const run = (command, args) => {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

installIfNeeded(root);
const lock = path.join(root, 'package-lock.json');

const buildId = path.join(root, '.next', 'BUILD_ID');
const sources = ['app', 'components', 'captions', 'titles', 'public'].map((d) => path.join(root, d));
const sourcesChanged = () => Math.max(...sources.filter(existsSync).map(newest), statSync(lock).mtimeMs);
if (!existsSync(buildId) || statSync(buildId).mtimeMs < sourcesChanged()) {
  run('npx', ['next', 'build']);
}

const port = process.env.PORT ?? '3000';
console.log(`\nCaption Companion: http://localhost:${port}/`);
run(process.execPath, [path.join('scripts', 'serve.mjs'), '-p', port]);
