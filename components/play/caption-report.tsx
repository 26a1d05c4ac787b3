'use client';

import { useMemo } from 'react';
import type { CaptionFile } from '@/captions/caption-file';
import { LINT_PROFILES, lintTrack, type LintFinding, type LintProfileName } from '@/captions/lint';
import { trackKindFromFileName } from '@/captions/caption-file';
import type { ParseError } from '@/captions/model';
import type { RefusedCaption, ShiftedCaption } from './play-captions';
import { plural } from './plural';

const FORMAT_NAMES = { webvtt: 'WebVTT', srt: 'SubRip' } as const;
const ENCODING_NAMES = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE' } as const;
const RULE_NAMES: Record<LintFinding['rule'], string> = {
  'max-lines': 'Too many lines',
  'line-length': 'Line too long',
  'reading-speed': 'Reading speed',
  'min-duration': 'Too short',
  'max-duration': 'Too long',
  'min-gap': 'Gap too short',
  overlap: 'Overlap',
  'description-fit': 'Needs extended description',
};
const SEVERITY_NAMES: Record<LintFinding['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};
/** Long lines are quoted up to this many characters. */
const QUOTE_LIMIT = 160;

export interface ReportCounts {
  errors: number;
  warnings: number;
}

/** Lints each file with the chosen profile (the files were parsed once, when read). */
export function useFindings(
  captions: readonly ShiftedCaption[],
  profile: LintProfileName,
): Map<string, LintFinding[]> {
  return useMemo(
    () =>
      new Map(
        captions.map((c) => [
          c.key,
          lintTrack(c.file.cues, trackKindFromFileName(c.file.name), { profile, file: c.file.name }),
        ]),
      ),
    [captions, profile],
  );
}

/** Errors and warnings over every file, refused files counting as errors. */
export function reportCounts(
  captions: readonly ShiftedCaption[],
  refused: readonly RefusedCaption[],
  findings: ReadonlyMap<string, readonly LintFinding[]>,
): ReportCounts {
  const all = [...captions.flatMap((c) => [...c.file.errors, ...(findings.get(c.key) ?? [])])];
  return {
    errors: refused.length + all.filter((p) => p.severity === 'error').length,
    warnings: all.filter((p) => p.severity === 'warning').length,
  };
}

function quote(file: CaptionFile, line: number): string {
  const text = file.text.split(/\r\n?|\n/)[line - 1] ?? '';
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}

/**
 * The report on every file chosen: the summary of errors and warnings, then each refused file
 * and each file read. Its own chunk (`React.lazy` in the workspace), loaded with the first file,
 * like the parsers and the lint it shows.
 */
export function CaptionReports({
  captions,
  refused,
  profile,
  onRemove,
}: {
  captions: readonly ShiftedCaption[];
  refused: readonly RefusedCaption[];
  profile: LintProfileName;
  onRemove(key: string): void;
}) {
  const findings = useFindings(captions, profile);
  const counts = reportCounts(captions, refused, findings);
  return (
    <>
      <p className="play-summary" data-report-summary="">
        {plural(captions.length + refused.length, 'file')}: {plural(counts.errors, 'error')},{' '}
        {plural(counts.warnings, 'warning')}.
      </p>
      {refused.map((r) => (
        <RefusedReport key={r.key} refused={r} onRemove={() => onRemove(r.key)} />
      ))}
      {captions.map((c) => (
        <CaptionReport
          key={c.key}
          caption={c}
          findings={findings.get(c.key) ?? []}
          profile={profile}
          onRemove={() => onRemove(c.key)}
        />
      ))}
    </>
  );
}

/** One refused file: its name and why. */
export function RefusedReport({ refused, onRemove }: { refused: RefusedCaption; onRemove: () => void }) {
  return (
    <article className="play-file" data-state="refused" aria-labelledby={`report-${refused.key}`}>
      <h3 id={`report-${refused.key}`}>{refused.name}</h3>
      <p className="play-refused" data-refused-message="">
        <strong>Refused:</strong> {refused.message}
      </p>
      <button type="button" onClick={onRemove}>
        Remove {refused.name}
      </button>
    </article>
  );
}

/** One file's report: what it is, its parse problems (quoted) and quality findings. */
export function CaptionReport({
  caption,
  findings,
  profile,
  onRemove,
}: {
  caption: ShiftedCaption;
  findings: readonly LintFinding[];
  profile: LintProfileName;
  onRemove: () => void;
}) {
  const { file, key } = caption;
  const problems = [...file.errors, ...findings];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const thresholds = LINT_PROFILES[profile];
  return (
    <article
      className="play-file"
      data-state={errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'clean'}
      aria-labelledby={`report-${key}`}
    >
      <h3 id={`report-${key}`}>{file.name}</h3>
      <p>
        {FORMAT_NAMES[file.format]}, {ENCODING_NAMES[file.encoding]}, {plural(file.cues.length, 'cue')}.{' '}
        <strong data-file-summary="">
          {plural(errors, 'error')}, {plural(warnings, 'warning')}.
        </strong>
      </p>
      <h4>Parse problems</h4>
      {file.errors.length === 0 ? (
        <p>None: every cue was read.</p>
      ) : (
        <ol className="play-problems">
          {file.errors.map((error, i) => (
            <ParseProblem key={i} error={error} quoted={quote(file, error.line)} />
          ))}
        </ol>
      )}
      <h4>Quality ({profile} profile)</h4>
      {findings.length === 0 ? (
        <p>
          None: at most {thresholds.maxLines} lines of {thresholds.maxCharsPerLine} characters, at most{' '}
          {thresholds.readingSpeedWarning} characters a second, and timing within the guidelines.
        </p>
      ) : (
        <ol className="play-problems">
          {findings.map((finding, i) => (
            <QualityFinding key={i} finding={finding} />
          ))}
        </ol>
      )}
      <button type="button" onClick={onRemove}>
        Remove {file.name}
      </button>
    </article>
  );
}

function ParseProblem({ error, quoted }: { error: ParseError; quoted: string }) {
  return (
    <li data-severity={error.severity} data-line={error.line}>
      <span className="play-severity">{error.severity === 'error' ? 'Error' : 'Warning'}</span>, line{' '}
      {error.line}, column {error.column}: {error.message}
      <span className="play-quote">
        Line {error.line} reads: {quoted === '' ? '(an empty line)' : <code>{quoted}</code>}
      </span>
    </li>
  );
}

/** The rule's message already names the measured value and the limit ("a line of 50 characters; at most 42"). */
function QualityFinding({ finding }: { finding: LintFinding }) {
  return (
    <li
      data-severity={finding.severity}
      data-line={finding.line}
      data-rule={finding.rule}
      data-measured={finding.measured}
      data-threshold={finding.threshold}
    >
      <span className="play-severity">{SEVERITY_NAMES[finding.severity]}</span>, line {finding.line}
      {finding.cueId ? `, cue ${finding.cueId}` : ''}: {RULE_NAMES[finding.rule]}: {finding.message}
    </li>
  );
}
