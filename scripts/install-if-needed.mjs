// Installs the npm dependencies when node_modules is missing or older than package-lock.json, so a
// fresh clone's first `npm start` or `npm test` works on its own. Not `npm ci`: this registry has
// no other platforms' optional binaries (@next/swc-darwin-*, …), which `npm ci` reports as a lock
// mismatch; `npm install` installs the locked versions, skips those and leaves the lock as it is.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** Runs `npm install` in `root` if needed; exits the process with npm's status if it fails. */
export function installIfNeeded(root) {
  const lock = path.join(root, 'package-lock.json');
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('\n> npm install --no-audit --no-fund');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
