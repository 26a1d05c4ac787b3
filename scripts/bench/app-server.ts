// The production server (scripts/serve.mjs: `next start`'s handler with prerendered pages kept in
// memory) on loopback for the bench, stopped by its process group when the bench ends.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildEnv, type BuildSettings } from './app-build';

export interface AppServer {
  origin: string;
  stop(): void;
  /**
   * The CPU time, in seconds, the server's processes have used so far (user and system), or null
   * where it cannot be read (no `/proc`: not Linux). What else the machine runs changes the CPU
   * time per request far less than the request rate (the poster in two runs on the shared machine:
   * 4,130 and 365 req/s, 137 and 519 µs per request).
   */
  cpuSeconds(): number | null;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** The CPU seconds used by the processes of process group `group`, from `/proc/<pid>/stat`. */
export function processGroupCpuSeconds(group: number, procDir = '/proc'): number | null {
  let entries: string[];
  try {
    entries = readdirSync(procDir).filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let ticks = 0;
  for (const pid of entries) {
    let stat: string;
    try {
      stat = readFileSync(path.join(procDir, pid, 'stat'), 'utf8');
    } catch {
      continue; // Ended since the listing.
    }
    // The command name, in parentheses, may hold spaces: the fields after it are space-separated.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state, ppid, pgrp (index 2), …, utime (11), stime (12).
    if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / CLOCK_TICKS_PER_SECOND;
}

async function waitUntilServing(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer on ${origin} within ${timeoutMs / 1000} s`);
}

/** Resolves when the server says it has kept what it serves from memory (its `Ready:` line). */
function untilReady(child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    let ready = false;
    const timer = setTimeout(
      () => reject(new Error(`the server did not say "Ready:" within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    // Read to the end (a full pipe would stall the server), but keep nothing once it is ready.
    child.stdout?.on('data', (chunk: Buffer) => {
      if (ready) return;
      seen += chunk.toString();
      if (/^Ready:/m.test(seen)) {
        ready = true;
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${child.exitCode}`));
    });
  });
}

/** Starts the built app on 127.0.0.1:`port` and resolves once it answers and has warmed its cache. */
export async function startServer(settings: BuildSettings, port: number): Promise<AppServer> {
  const child = spawn(
    process.execPath,
    [path.join(settings.root, 'scripts', 'serve.mjs'), '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: settings.root,
      env: { ...buildEnv(settings), NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    },
  );
  const stop = () => {
    // The whole process group: Next.js may fork workers.
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  const ready = untilReady(child);
  try {
    await waitUntilServing(origin, child, 60_000);
    // Measured once every page, script and track file is kept in memory, as every visitor after
    // the server's first few seconds gets them.
    await ready;
  } catch (error) {
    stop();
    throw error;
  }
  const group = child.pid!;
  return { origin, stop, cpuSeconds: () => processGroupCpuSeconds(group) };
}
