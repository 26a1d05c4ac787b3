// `npm test`: the whole suite, stopping at the first failure. The checks (lint, typecheck, the
// caption check, Vitest) and the builds (fixture titles, production build, static export) do not
// depend on each other, so they run as two lanes at once: the builds wait on the disk and on
// single-threaded phases often enough for the checks to fill the gaps on two cores. The browser
// tests need both lanes and run last. Each line of a lane's output is prefixed with its lane.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { installIfNeeded } from './install-if-needed.mjs';

const root = path.resolve(import.meta.dirname, '..');
installIfNeeded(root);
// The browser tests run against a build of their own (with the test-only fixture titles), so
// `npm start`'s build in .next never carries them.
const testEnv = {
  ...process.env,
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-test',
  CAPTION_FIXTURES_DIR: process.env.CAPTION_FIXTURES_DIR ?? 'tests/.generated/captions',
};

const checks = [
  ['lint', 'npm', ['run', 'lint']],
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['caption check of every shipped title', 'npm', ['run', 'captions:check']],
  ['unit and conformance tests (Vitest)', 'npx', ['vitest', 'run']],
];
const builds = [
  ['test fixture titles', 'npx', ['tsx', 'scripts/make-fixtures.ts'], testEnv],
  ['production build', 'npx', ['next', 'build'], testEnv],
  ['static export (out/, for the static-export browser tests)', 'npm', ['run', 'export']],
];
const browser = [
  ['browser tests (Playwright against the production server)', 'npx', ['playwright', 'test'], testEnv],
];

const running = new Set();
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

/** Writes `text` line by line, each prefixed with `[lane] `. */
function prefixed(stream, lane) {
  let rest = '';
  return {
    write(chunk) {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) stream.write(`[${lane}] ${line}\n`);
    },
    end() {
      if (rest) stream.write(`[${lane}] ${rest}\n`);
    },
  };
}

/** Runs one step; resolves with its exit status. `lane` null: output straight through. */
function runStep([name, command, args, env = process.env], lane) {
  const log = (message) => console.log(lane ? `[${lane}] ${message}` : message);
  log(`=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env,
      stdio: lane ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      // A lane's step gets its own process group, so a failure in the other lane (or Ctrl-C) can
      // stop it and what it started.
      detached: lane !== null,
    });
    running.add(child);
    if (lane) {
      const out = prefixed(process.stdout, lane);
      const err = prefixed(process.stderr, lane);
      child.stdout.on('data', (c) => out.write(c));
      child.stderr.on('data', (c) => err.write(c));
      child.on('close', () => (out.end(), err.end()));
    }
    child.on('close', (code, signal) => {
      running.delete(child);
      const status = code ?? (signal ? 1 : 0);
      log(
        status === 0
          ? `=== ok: ${name} (${seconds(started)} s)`
          : `=== FAILED: ${name} (${seconds(started)} s)`,
      );
      resolve({ name, status });
    });
  });
}

/** Runs the steps in order; resolves with the first failure, or null. */
async function runLane(steps, lane) {
  for (const step of steps) {
    const result = await runStep(step, lane);
    if (result.status !== 0) return result;
  }
  return null;
}

function stopAll() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

function fail({ name, status }) {
  stopAll();
  console.error(`\n=== FAILED: ${name}`);
  process.exit(status || 1);
}

process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

const started = Date.now();
await Promise.all(
  [runLane(checks, 'checks'), runLane(builds, 'build')].map((lane) =>
    lane.then((failure) => failure && fail(failure)),
  ),
);
const failure = await runLane(browser, null);
if (failure) fail(failure);
console.log(`\nAll test steps passed (${seconds(started)} s).`);
