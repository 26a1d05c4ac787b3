// `next start` on loopback for the bench, stopped by its process id when the bench ends.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { buildEnv, type BuildSettings } from './app-build';

export interface AppServer {
  origin: string;
  stop(): void;
}

async function waitUntilServing(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer on ${origin} within ${timeoutMs / 1000} s`);
}

/** Starts the built app on 127.0.0.1:`port` and resolves once `/` answers. */
export async function startServer(settings: BuildSettings, port: number): Promise<AppServer> {
  const nextBin = path.join(settings.root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: settings.root,
    env: { ...buildEnv(settings), NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = () => {
    // The whole process group: `next start` may fork workers.
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(origin, child, 60_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop };
}
