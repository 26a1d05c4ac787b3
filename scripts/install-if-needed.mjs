// Installs the npm dependencies when node_modules is missing or older than package-lock.json, so a
// fresh clone's first `npm start` or `npm test` works on its own. `npm ci`: it installs exactly what
// the lock says (every platform's optional packages are listed in it) and never rewrites the lock,
// so a fresh clone stays clean. `npm install` is for changing a dependency on purpose.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** Runs `npm ci` in `root` if needed; exits the process with npm's status if it fails. */
export function installIfNeeded(root) {
  const lock = path.join(root, 'package-lock.json');
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('\n> npm ci --no-audit --no-fund');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
