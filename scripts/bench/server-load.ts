// The server under load: autocannon (its command line, in a process of its own so it does not
// share the bench's event loop) with 50 connections for 10 s on a static file (the poster, from
// public/), then 10 s on the watch page, against the same `next start` on loopback, and the ratio
// of their request rates. The watch page is prerendered, so it should be served nearly as fast as
// a file: at least half the static file's rate, p99 within 200 ms, no errors.
//
// autocannon sends no Accept-Encoding, so the budgeted rows are of uncompressed answers. A browser
// asks for compression, and Next.js gzips the page on each such request (the poster, a JPEG, is
// sent as it is): the same pair again with Chromium's Accept-Encoding gives that figure, as extra
// rows without a budget.
import path from 'node:path';
import { verdict, type SectionResult } from './bench-row';
import { runNodeForJson } from './node-json';
import { fixed } from './stats';

const CONNECTIONS = 50;
const SECONDS = 10;
const SECTION = `Server under load (autocannon, ${CONNECTIONS} connections, ${SECONDS} s per URL)`;
const RATIO_BUDGET = 0.5;
const P99_BUDGET_MS = 200;
/** What Chromium sends with a navigation. */
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

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
): Promise<SectionResult> {
  const file = await runAutocannon(root, `${origin}${staticPath}`, CONNECTIONS, SECONDS);
  const page = await runAutocannon(root, `${origin}${watchPath}`, CONNECTIONS, SECONDS);
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
        value: `p50 ${report.latency.p50} ms · p99 ${p99} ms · max ${report.latency.max} ms`,
        budget: i === 0 ? '–' : `p99 ≤ ${P99_BUDGET_MS} ms`,
        verdict: i === 0 ? ('no budget' as const) : verdict(p99 <= P99_BUDGET_MS),
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
  const fileAsked = await runAutocannon(root, `${origin}${staticPath}`, CONNECTIONS, SECONDS, browser);
  const pageAsked = await runAutocannon(root, `${origin}${watchPath}`, CONNECTIONS, SECONDS, browser);
  const askedRatio =
    fileAsked.requests.average > 0 ? pageAsked.requests.average / fileAsked.requests.average : 0;
  const rate = (report: AutocannonReport) =>
    `${fixed(report.requests.average, 0)} req/s · p99 ${report.latency.p99} ms · ${failuresOf(report)} errors`;
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
      figure: `with a browser's Accept-Encoding: \`${watchPath}\` (compressed per request)`,
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
