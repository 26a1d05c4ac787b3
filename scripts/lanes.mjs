// The runner behind `npm test` (scripts/test.mjs): phases, one after another, each of lanes of
// steps run at once, each line of a lane's output prefixed with its name, the first failure
// stopping them all.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

const running = new Set();
/** Set once a failure (or Ctrl-C) stops the lanes: no lane starts another step. */
let stopping = false;
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

const SETPRIV = '/usr/bin/setpriv';

/**
 * The command line that keeps a step at the priority it is given. Run as root, Chromium raises its
 * own browser and GPU processes to nice -8, out of reach of the step's niceness; without the
 * capability to raise priority (CAP_SYS_NICE, dropped by util-linux's setpriv for the step and
 * everything it starts), it cannot.
 */
function commandAt(niceness, command, args) {
  if (!niceness || process.getuid?.() !== 0 || !existsSync(SETPRIV)) return [command, args];
  return [SETPRIV, ['--bounding-set=-sys_nice', '--inh-caps=-sys_nice', command, ...args]];
}

/**
 * Runs one step; resolves with its exit status. With `niceness`, the step and everything it starts
 * run at that lower priority, at least (a positive number: 10 yields to steps at the default 0).
 */
function runStep([name, command, args, env = process.env, { niceness = 0 } = {}], lane, cwd) {
  const log = (message) => console.log(`[${lane}] ${message}`);
  log(`=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(...commandAt(niceness, command, args), {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Each step gets its own process group, so a failure in another lane (or Ctrl-C) can stop it
      // and what it started.
      detached: true,
    });
    // Set before the step has started anything: its children inherit it. Never below this
    // runner's own (lowering it takes a privilege).
    if (niceness) setPriority(child.pid, Math.max(niceness, getPriority()));
    running.add(child);
    const out = prefixed(process.stdout, lane);
    const err = prefixed(process.stderr, lane);
    child.stdout.on('data', (c) => out.write(c));
    child.stderr.on('data', (c) => err.write(c));
    child.on('close', () => (out.end(), err.end()));
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
async function runLane(steps, lane, cwd) {
  for (const step of steps) {
    if (stopping) return null;
    const result = await runStep(step, lane, cwd);
    if (result.status !== 0) return result;
  }
  return null;
}

/** How long a stopped step has to clean up after SIGINT before SIGTERM ends it. */
const GRACE_MS = 5000;

function signal(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    // Already gone.
  }
}

/**
 * Stops every running step and what it started. SIGINT first, as Ctrl-C would: Playwright stops
 * the servers it started only then (on SIGTERM it left `next start` and the static server
 * holding their ports, and the next run refused to start); SIGTERM for whatever is left.
 */
function stopAll() {
  stopping = true;
  for (const child of running) {
    signal(child, 'SIGINT');
    const timer = setTimeout(() => running.has(child) && signal(child, 'SIGTERM'), GRACE_MS);
    child.once('close', () => clearTimeout(timer));
  }
}

/**
 * Runs `phases` one after another, each an object of lanes run at once, each lane a list of steps
 * in order. The first failure stops every lane (and what its step started), starts no later
 * phase, and is returned with its status; null when every step passed. A step is
 * `[name, command, args, env?, { niceness? }?]`.
 */
export async function runLanes(phases, cwd) {
  stopping = false;
  let failure = null;
  for (const lanes of phases) {
    await Promise.all(
      Object.entries(lanes).map(async ([lane, steps]) => {
        const failed = await runLane(steps, lane, cwd);
        if (failed && !failure) {
          failure = failed;
          stopAll();
        }
      }),
    );
    if (failure) return failure;
  }
  return null;
}

/** Stops every running step: for Ctrl-C. */
export const stopSteps = stopAll;
