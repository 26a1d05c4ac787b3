// The bench's one table, printed to the terminal and written as Markdown and JSON.
import type { BenchRow } from './bench-row';
import { benchSummary, summaryLines } from './bench-summary';

/** Where and how a run happened, printed above the table. */
export interface RunContext {
  date: string;
  command: string;
  machine: string;
  /** 1-minute load average at the start and the end of the run. */
  load: [number, number];
  seconds: number;
  chromium: string;
  node: string;
}

const HEADERS = ['Section', 'Figure', 'Value', 'Budget', 'Result'] as const;

const cells = (row: BenchRow) => [row.section, row.figure, row.value, row.budget, row.verdict];

/** A plain-text table for the terminal. */
export function textTable(rows: readonly BenchRow[]): string {
  const lines = [HEADERS as readonly string[], ...rows.map(cells)];
  const widths = HEADERS.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const format = (line: readonly string[]) =>
    line
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join(' │ ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [format(lines[0]!), rule, ...lines.slice(1).map(format)].join('\n');
}

const escapeCell = (cell: string) => cell.replaceAll('|', '\\|');

function contextLines(context: RunContext): string[] {
  return [
    `- Date: ${context.date}`,
    `- Command: \`${context.command}\``,
    `- Machine: ${context.machine}; load average ${context.load[0].toFixed(2)} at the start, ${context.load[1].toFixed(2)} at the end`,
    `- Browser: ${context.chromium}; Node.js ${context.node}; run took ${Math.round(context.seconds)} s`,
  ];
}

/** The Markdown summary: context, the table, and how to read it. */
export function markdownReport(
  rows: readonly BenchRow[],
  context: RunContext,
  notRun: readonly string[] = [],
): string {
  return [
    '# Caption Companion: `npm run bench`',
    '',
    ...contextLines(context),
    '- Budgets:',
    ...summaryLines(benchSummary(rows, notRun)).map((line) => `  - ${escapeCell(line)}`),
    '',
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${cells(row).map(escapeCell).join(' | ')} |`),
    '',
    'The machine is shared and noisy: figures are medians and p95s of one run, and the caption-sync',
    "budget compares the overlay with the browser's own cue timing measured in the same playback.",
    '',
  ].join('\n');
}
