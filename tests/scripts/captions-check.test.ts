// The caption check's command line: its exit codes are what the build and publishers rely on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'captions-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(...args: string[]) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/captions-check.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

function file(name: string, text: string) {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
}

describe('captions:check', () => {
  it('should pass the shipped titles with exit 0', () => {
    const { status, out } = check();
    expect(out).toMatch(/0 error\(s\), 0 warning\(s\)/);
    expect(status).toBe(0);
  });

  it('should exit 0 on a clean file', () => {
    expect(check(file('clean.captions.vtt', 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello there.\n')).status).toBe(0);
  });

  it('should exit 1 on warnings only, and 0 with --allow-warnings', () => {
    const fast = file('fast.captions.vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\nFar too many words to read in one second.\n');
    const { status, out } = check(fast);
    expect(status).toBe(1);
    expect(out).toMatch(/fast\.captions\.vtt:3:1: warning: /);
    expect(check(fast, '--allow-warnings').status).toBe(0);
  });

  it('should exit 2 on a file that is not WebVTT, naming file, line and column', () => {
    const { status, out } = check(file('bad.captions.vtt', 'WEBVT\n\n00:00.000 --> 00:02.000\nHi\n'));
    expect(status).toBe(2);
    expect(out).toMatch(/bad\.captions\.vtt:1:\d+: error: /);
  });

  it('should exit 2 on a missing path', () => {
    expect(check(path.join(dir, 'nope.vtt')).status).toBe(2);
  });

  it('should print JSON with --json', () => {
    const { out } = check(file('json.captions.vtt', 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello there.\n'), '--json');
    expect(JSON.parse(out)).toMatchObject({ errors: [], warnings: [] });
  });
});
