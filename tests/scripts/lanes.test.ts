// The runner behind `npm test`: phases one after another, each of lanes at once, the first failure
// stopping every lane.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain ES module without types, like the other npm scripts.
import { runLanes } from '../../scripts/lanes.mjs';

type Step = [name: string, command: string, args: string[], env?: NodeJS.ProcessEnv, options?: object];
const node = (name: string, code: string): Step => [name, process.execPath, ['-e', code]];
/** A step that writes `file` in the working folder. */
const touch = (name: string, file: string) =>
  node(name, `require('node:fs').writeFileSync(${JSON.stringify(file)}, '')`);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lanes-'));
  // The runner reports each step on the console; keep the test output clean.
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('runLanes', { timeout: 30_000 }, () => {
  it('should run every lane of each phase, one phase after another, and return null when all pass', async () => {
    const failure = await runLanes(
      [
        { a: [touch('a1', 'a1'), touch('a2', 'a2')], b: [touch('b1', 'b1')] },
        // Fails unless the first phase has finished: a2 and b1 exist.
        {
          after: [
            node(
              'after',
              `const fs = require('node:fs'); if (fs.existsSync('a2') && fs.existsSync('b1')) fs.writeFileSync('after', '')`,
            ),
          ],
        },
      ],
      dir,
    );
    expect(failure).toBeNull();
    expect(['a1', 'a2', 'b1', 'after'].filter((f) => existsSync(path.join(dir, f)))).toEqual([
      'a1',
      'a2',
      'b1',
      'after',
    ]);
  });

  it('should stop the other lane at the first failure, start no step after it, and return the failure', async () => {
    const failure = await runLanes(
      [
        {
          // Runs until it is stopped: if the failure did not stop it, runLanes would never return.
          slow: [node('forever', 'setInterval(() => {}, 1000)'), touch('next in slow lane', 'slow-next')],
          failing: [node('broken', 'process.exit(3)')],
        },
        { after: [touch('after', 'after')] },
      ],
      dir,
    );
    expect(failure).toEqual({ name: 'broken', status: 3 });
    expect(existsSync(path.join(dir, 'slow-next'))).toBe(false);
    expect(existsSync(path.join(dir, 'after'))).toBe(false);
  });

  it('should let a stopped step clean up on SIGINT, as Playwright stops its servers, and end one that does not', async () => {
    // Cleans up and exits on SIGINT, as Playwright does (it stops the servers it started).
    const tidy = node(
      'tidy',
      `process.on('SIGINT', () => { require('node:fs').writeFileSync('cleaned', ''); process.exit(130); }); setInterval(() => {}, 1000)`,
    );
    // Ignores SIGINT: only SIGTERM, after the grace time, ends it (else runLanes would not return).
    const stubborn = node('stubborn', `process.on('SIGINT', () => {}); setInterval(() => {}, 1000)`);
    const failure = await runLanes(
      [
        {
          tidy: [tidy],
          stubborn: [stubborn],
          failing: [node('broken', 'setTimeout(() => process.exit(2), 500)')],
        },
      ],
      dir,
    );
    expect(failure).toEqual({ name: 'broken', status: 2 });
    expect(existsSync(path.join(dir, 'cleaned'))).toBe(true);
  });

  it('should run a step with a niceness at that lower priority, and what it starts too, for good', async () => {
    // The step starts a child of its own, which tries to raise its priority back, as Chromium does
    // when run as root, then writes the priority it runs at.
    const child = `const os = require('node:os');
      try { os.setPriority(os.getPriority() - 10); } catch {}
      require('node:fs').writeFileSync('priority', String(os.getPriority()));`;
    const step: Step = [
      'yielding',
      process.execPath,
      [
        '-e',
        `require('node:child_process').execFileSync(process.execPath, ['-e', ${JSON.stringify(child)}])`,
      ],
      process.env,
      { niceness: 10 },
    ];
    expect(await runLanes([{ low: [step], normal: [touch('normal', 'normal')] }], dir)).toBeNull();
    expect(readFileSync(path.join(dir, 'priority'), 'utf8')).toBe(String(Math.max(10, getPriority())));
  });
});
