// The server under load: autocannon (its command line, in a process of its own so it does not
// share the bench's event loop) with 50 connections for 15 s on the watch page, against
// `next start` on loopback. Every page is rendered per request (each carries its CSP nonce).
import path from 'node:path';
import { verdict, type SectionResult } from './bench-row';
import { runNodeForJson } from './node-json';
import { fixed } from './stats';

const SECTION = 'Server under load (autocannon, 50 connections, 15 s)';

/** The parts of autocannon's `--json` report the bench reads. */
interface AutocannonReport {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

function runAutocannon(
  root: string,
  url: string,
  connections: number,
  seconds: number,
): Promise<AutocannonReport> {
  const bin = path.join(root, 'node_modules', 'autocannon', 'autocannon.js');
  return runNodeForJson<AutocannonReport>('autocannon', [
    bin,
    '-c',
    String(connections),
    '-d',
    String(seconds),
    '-j',
    url,
  ]);
}

export async function measureServerLoad(
  root: string,
  origin: string,
  watchPath: string,
): Promise<SectionResult> {
  const report = await runAutocannon(root, `${origin}${watchPath}`, 50, 15);
  // autocannon's `errors` include its timeouts (no answer within 10 s).
  const failures = report.errors + report.non2xx;
  return {
    rows: [
      {
        section: SECTION,
        figure: `\`${watchPath}\` requests per second`,
        value: `${fixed(report.requests.average, 0)} (${report.requests.total} in all)`,
        budget: '–',
        verdict: 'no budget',
      },
      {
        section: SECTION,
        figure: 'latency',
        value: `p50 ${report.latency.p50} ms · p99 ${report.latency.p99} ms · max ${report.latency.max} ms`,
        budget: '–',
        verdict: 'no budget',
      },
      {
        section: SECTION,
        figure: 'errors, timeouts and non-2xx answers',
        value: `${failures} (${report.timeouts} timeouts, ${report.errors - report.timeouts} other errors, ${report.non2xx} non-2xx)`,
        budget: '0',
        verdict: verdict(failures === 0),
      },
    ],
    data: report,
  };
}
