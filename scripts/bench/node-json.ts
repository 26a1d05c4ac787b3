// The bench's measuring tools (Lighthouse, autocannon) run as command lines in Node processes of
// their own, so they do not share the bench's event loop, and print one JSON report.
import { spawn } from 'node:child_process';

/**
 * Runs `node <args>` and resolves with its standard output parsed as JSON. Rejects, naming
 * `name`, when it cannot start, exits non-zero (with the last 3 lines of its standard error) or
 * prints something that is not JSON.
 */
export function runNodeForJson<T>(name: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        return reject(new Error(`${name} exited ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`));
      }
      try {
        resolve(JSON.parse(out) as T);
      } catch (error) {
        reject(new Error(`${name} printed no JSON: ${String(error)}`));
      }
    });
  });
}
