// The server under load: autocannon (its command line, in a process of its own so it does not
// share the bench's event loop) with 50 connections for 10 s on a static file (the poster, from
// public/) and 10 s on the watch page, against the same server (scripts/serve.mjs) on loopback, and the ratio
// of their request rates. The watch page is prerendered, so it should be served nearly as fast as
// a file: at least half the static file's rate, p99 within 200 ms, no errors.
//
// Each URL's 10 s are two rounds of 5 s in the order file, page, page, file: on a machine whose
// load changes during the run (other builds starting or ending), a change that is steady over the
// 20 s weighs on both URLs alike, where one URL's 10 s after the other's gave ratios from 32 % to
// 76 % for the same build. Both URLs are first asked for during 5 s, not counted, so that neither
// is measured while Node.js still compiles and tunes its path: after a 2 s warm-up the page's first
// round still cost the server 1.1–2.2 times the CPU per request of its second, in four servers of
// four (the poster's rounds showed no such order).
//
// autocannon sends no Accept-Encoding, so the budgeted rows are of uncompressed answers. A browser
// asks for compression: the server sends the page compressed once, where Next.js alone gzips it on
// each request (the poster, a JPEG, is sent as it is). The same pair again with Chromium's
// Accept-Encoding gives that figure, as extra rows without a budget.
import path from 'node:path';
import { verdict, type SectionResult } from './bench-row';
import { runNodeForJson } from './node-json';
import { fixed } from './stats';

const CONNECTIONS = 50;
const SECONDS = 10;
const WARM_UP_SECONDS = 5;
const SECTION = `Server under load (autocannon, ${CONNECTIONS} connections, ${SECONDS} s per URL)`;
const RATIO_BUDGET = 0.5;
const P99_BUDGET_MS = 200;
/** What Chromium sends with a navigation. */
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

/** The parts of autocannon's `--json` report the bench reads. */
export interface AutocannonReport {
  /** Seconds the run lasted. */
  duration: number;
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
  headers: Record<string, string> = {},
): Promise<AutocannonReport> {
  const bin = path.join(root, 'node_modules', 'autocannon', 'autocannon.js');
  return runNodeForJson<AutocannonReport>('autocannon', [
    bin,
    '-c',
    String(connections),
    '-d',
    String(seconds),
    ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}=${value}`]),
    '-j',
    url,
  ]);
}

/** One autocannon run, and the CPU seconds the server used meanwhile (null where unknown). */
export interface Round extends AutocannonReport {
  serverCpuSeconds: number | null;
}

/**
 * One report for several runs on the same URL: the request rate over their whole time, the worst
 * round's latencies (autocannon's percentiles cannot be merged), every failure, and the server's
 * CPU time over all of them (unknown if unknown in any).
 */
export function combineRounds(rounds: readonly Round[]): Round {
  const sum = (figure: (report: Round) => number) =>
    rounds.reduce((total, report) => total + figure(report), 0);
  const worst = (figure: (report: Round) => number) => Math.max(...rounds.map(figure));
  const duration = sum((r) => r.duration);
  const total = sum((r) => r.requests.total);
  return {
    duration,
    requests: { average: duration > 0 ? total / duration : 0, total },
    latency: {
      p50: worst((r) => r.latency.p50),
      p99: worst((r) => r.latency.p99),
      max: worst((r) => r.latency.max),
    },
    throughput: { average: duration > 0 ? sum((r) => r.throughput.average * r.duration) / duration : 0 },
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
    serverCpuSeconds: rounds.some((r) => r.serverCpuSeconds === null)
      ? null
      : sum((r) => r.serverCpuSeconds!),
  };
}

/** The server's CPU time per answered request, in microseconds, or null where unknown. */
export function cpuMicrosPerRequest(report: Round): number | null {
  if (report.serverCpuSeconds === null || report.requests.total === 0) return null;
  return (report.serverCpuSeconds * 1e6) / report.requests.total;
}

/**
 * The static file and the watch page, each warmed up, then in the order file, page, page, file,
 * `SECONDS` each in all.
 */
async function measurePair(
  root: string,
  fileUrl: string,
  pageUrl: string,
  cpuSeconds: () => number | null,
  headers: Record<string, string> = {},
): Promise<{ file: Round; page: Round }> {
  const round = async (url: string, seconds: number): Promise<Round> => {
    const before = cpuSeconds();
    const report = await runAutocannon(root, url, CONNECTIONS, seconds, headers);
    const after = cpuSeconds();
    return { ...report, serverCpuSeconds: before === null || after === null ? null : after - before };
  };
  const half = SECONDS / 2;
  for (const url of [fileUrl, pageUrl]) await round(url, WARM_UP_SECONDS);
  const file = [await round(fileUrl, half)];
  const page = [await round(pageUrl, half)];
  page.push(await round(pageUrl, half));
  file.push(await round(fileUrl, half));
  return { file: combineRounds(file), page: combineRounds(page) };
}

const cpuText = (report: Round) => {
  const micros = cpuMicrosPerRequest(report);
  return micros === null ? 'not available (no /proc)' : `${fixed(micros, 0)} µs`;
};

/** autocannon's `errors` include its timeouts (no answer within 10 s). */
const failuresOf = (report: AutocannonReport) => report.errors + report.non2xx;

function failureText(report: AutocannonReport): string {
  const other = report.errors - report.timeouts;
  return `${failuresOf(report)} (${report.timeouts} timeouts, ${other} other errors, ${report.non2xx} non-2xx)`;
}

export async function measureServerLoad(
  root: string,
  origin: string,
  staticPath: string,
  watchPath: string,
  /** The server's CPU seconds so far (`AppServer.cpuSeconds`). */
  cpuSeconds: () => number | null = () => null,
): Promise<SectionResult> {
  const { file, page } = await measurePair(
    root,
    `${origin}${staticPath}`,
    `${origin}${watchPath}`,
    cpuSeconds,
  );
  const ratio = file.requests.average > 0 ? page.requests.average / file.requests.average : 0;
  const rows = [file, page].flatMap((report, i) => {
    const url = `\`${i === 0 ? staticPath : watchPath}\``;
    const p99 = report.latency.p99;
    return [
      {
        section: SECTION,
        figure: `${url} requests per second`,
        value: `${fixed(report.requests.average, 0)} (${report.requests.total} in all)`,
        budget: '–',
        verdict: 'no budget' as const,
      },
      {
        section: SECTION,
        figure: `${url} latency`,
        value: `p50 ${report.latency.p50} ms · p99 ${p99} ms · max ${report.latency.max} ms (worst round)`,
        budget: i === 0 ? '–' : `p99 ≤ ${P99_BUDGET_MS} ms`,
        verdict: i === 0 ? ('no budget' as const) : verdict(p99 <= P99_BUDGET_MS),
      },
      {
        section: SECTION,
        figure: `${url} server CPU time per request (user + system, all of the server's processes)`,
        value: cpuText(report),
        budget: '–',
        verdict: 'no budget' as const,
      },
      {
        section: SECTION,
        figure: `${url} errors, timeouts and non-2xx answers`,
        value: failureText(report),
        budget: '0',
        verdict: verdict(failuresOf(report) === 0),
      },
    ];
  });
  rows.push({
    section: SECTION,
    figure: 'watch page requests per second ÷ static file requests per second',
    value: `${fixed(ratio * 100, 0)} %`,
    budget: `≥ ${RATIO_BUDGET * 100} %`,
    verdict: verdict(ratio >= RATIO_BUDGET),
  });

  const browser = { 'accept-encoding': BROWSER_ACCEPT_ENCODING };
  const { file: fileAsked, page: pageAsked } = await measurePair(
    root,
    `${origin}${staticPath}`,
    `${origin}${watchPath}`,
    cpuSeconds,
    browser,
  );
  const askedRatio =
    fileAsked.requests.average > 0 ? pageAsked.requests.average / fileAsked.requests.average : 0;
  const rate = (report: Round) =>
    `${fixed(report.requests.average, 0)} req/s · p99 ${report.latency.p99} ms · ${failuresOf(report)} errors · CPU ${cpuText(report)} per request`;
  rows.push(
    {
      section: SECTION,
      figure: `with a browser's Accept-Encoding (${BROWSER_ACCEPT_ENCODING}): \`${staticPath}\``,
      value: rate(fileAsked),
      budget: '–',
      verdict: 'no budget',
    },
    {
      section: SECTION,
      figure: `with a browser's Accept-Encoding: \`${watchPath}\` (Brotli, compressed once)`,
      value: rate(pageAsked),
      budget: '–',
      verdict: 'no budget',
    },
    {
      section: SECTION,
      figure: "with a browser's Accept-Encoding: watch page ÷ static file, requests per second",
      value: `${fixed(askedRatio * 100, 0)} %`,
      budget: '–',
      verdict: 'no budget',
    },
  );
  return {
    rows,
    data: {
      static: { path: staticPath, ...file },
      watch: { path: watchPath, ...page },
      ratio,
      browserAcceptEncoding: {
        acceptEncoding: BROWSER_ACCEPT_ENCODING,
        static: fileAsked,
        watch: pageAsked,
        ratio: askedRatio,
      },
    },
  };
}
