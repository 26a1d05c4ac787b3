// The bench's server-under-load figures come from several autocannon rounds per URL (file, page,
// page, file): one report per URL whose rate is over all its rounds' time, whose latencies are the
// worst round's, and which keeps every failure.
import { describe, expect, it } from 'vitest';
import { combineRounds, type AutocannonReport } from '../../scripts/bench/server-load';

const round = (duration: number, total: number, p99: number, errors = 0): AutocannonReport => ({
  duration,
  requests: { average: total / duration, total },
  latency: { p50: p99 / 4, p99, max: p99 * 2 },
  throughput: { average: 1000 },
  errors,
  timeouts: errors,
  non2xx: 0,
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
});
