// The bench's server-under-load figures come from several autocannon rounds per URL (file, page,
// page, file): one report per URL whose rate is over all its rounds' time, whose latencies are the
// worst round's, which keeps every failure, and whose server CPU time per request is read from
// /proc for all of the server's processes (a figure the machine's other load hardly changes).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processGroupCpuSeconds } from '../../scripts/bench/app-server';
import { combineRounds, cpuMicrosPerRequest, type Round } from '../../scripts/bench/server-load';

const round = (duration: number, total: number, p99: number, errors = 0, cpu: number | null = 1): Round => ({
  duration,
  requests: { average: total / duration, total },
  latency: { p50: p99 / 4, p99, max: p99 * 2 },
  throughput: { average: 1000 },
  errors,
  timeouts: errors,
  non2xx: 0,
  serverCpuSeconds: cpu,
});

describe(combineRounds.name, () => {
  it('should give the request rate over all the rounds, not the mean of their rates', () => {
    const combined = combineRounds([round(5, 10_000, 40), round(10, 5_000, 90)]);
    expect(combined.duration).toBe(15);
    expect(combined.requests.total).toBe(15_000);
    expect(combined.requests.average).toBe(1_000);
  });

  it("should keep the worst round's latencies and every round's failures", () => {
    const combined = combineRounds([round(5, 100, 40, 1), round(5, 100, 90, 2)]);
    expect(combined.latency).toEqual({ p50: 22.5, p99: 90, max: 180 });
    expect(combined.errors).toBe(3);
    expect(combined.timeouts).toBe(3);
  });

  it('should give a rate of 0 for rounds that lasted no time', () => {
    expect(combineRounds([{ ...round(5, 0, 1), duration: 0 }]).requests.average).toBe(0);
  });

  it("should add the server's CPU time, and know none when a round does not", () => {
    const combined = combineRounds([round(5, 2_000, 40, 0, 0.5), round(5, 3_000, 40, 0, 1)]);
    expect(combined.serverCpuSeconds).toBe(1.5);
    expect(cpuMicrosPerRequest(combined)).toBe(300);
    const unknown = combineRounds([round(5, 2_000, 40, 0, 0.5), round(5, 3_000, 40, 0, null)]);
    expect(unknown.serverCpuSeconds).toBeNull();
    expect(cpuMicrosPerRequest(unknown)).toBeNull();
  });
});

describe(processGroupCpuSeconds.name, () => {
  const proc = mkdtempSync(path.join(tmpdir(), 'proc-'));
  afterAll(() => rmSync(proc, { recursive: true, force: true }));
  const stat = (pid: number, name: string, group: number, utime: number, stime: number) => {
    mkdirSync(path.join(proc, String(pid)));
    // pid (comm) state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime …
    const fields = ['S', 1, group, group, 0, -1, 0, 0, 0, 0, 0, utime, stime, 0, 0];
    writeFileSync(path.join(proc, String(pid), 'stat'), `${pid} (${name}) ${fields.join(' ')}\n`);
  };

  it("should add the user and system time of the group's processes only, names with spaces too", () => {
    stat(100, 'node', 100, 250, 50);
    stat(101, 'next-server (v16)', 100, 100, 0);
    stat(102, 'autocannon', 102, 9_999, 9_999);
    writeFileSync(path.join(proc, 'uptime'), '1 1\n');
    expect(processGroupCpuSeconds(100, proc)).toBe(4);
  });

  it('should give null where there is no /proc', () => {
    expect(processGroupCpuSeconds(100, path.join(proc, 'missing'))).toBeNull();
  });
});
