// The caption check as a function: `scripts/captions-check.ts` is its command line, and tests call
// it in-process (starting tsx once per case cost seconds each). Arguments and exit codes are the
// command line's; see there.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCaptionFile, type CaptionFile } from '../../captions/caption-file';
import {
  isLintProfileName,
  lintDescriptionFit,
  lintTrack,
  type LintFinding,
  type LintProfileName,
} from '../../captions/lint';
import { TRACK_KINDS, type TrackKind } from '../../captions/manifest';
import { WORDS_PER_MINUTE } from '../../captions/description-timing';
import { shiftCues } from '../../captions/shift-cues';
import { srtCueText, toSrt } from '../../captions/srt';
import {
  TITLES_ROOT,
  listTitleSlugs,
  readTitleFolder,
  type LoadedTitle,
  type TitleProblem,
} from '../../captions/title-folder';
import { toWebVTT } from '../../captions/write-vtt';

/** What the check would print and the exit code it would end with. */
export interface CheckResult {
  status: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** A finding worth knowing that never fails the check (a description that needs extended description). */
type Problem = Omit<TitleProblem, 'severity'> & { severity: TitleProblem['severity'] | 'info' };

class UsageError extends Error {}
const usage = (message: string): never => {
  throw new UsageError(message);
};

/** The value of `--name VALUE` or `--name=VALUE`; the value may start with "-" (a negative offset). */
function option(args: string[], name: string): { value: string | null; rest: string[] } {
  const rest: string[] = [];
  let value: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === name) {
      value = args[i + 1] ?? usage(`${name} needs a value`);
      i += 1;
    } else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
    else rest.push(arg);
  }
  return { value, rest };
}

const findingProblem = (f: LintFinding): Problem => ({
  file: f.file,
  line: f.line,
  column: 1,
  severity: f.severity,
  message: `${f.rule}${f.cueId ? ` (cue "${f.cueId}")` : ''}: ${f.message}`,
});

/** The captions track a descriptions track is read against: same language first. */
function dialogueFor(title: LoadedTitle, srclang: string) {
  const captions = title.tracks.filter((t) => t.kind === 'captions' && t.parsed.valid);
  return (captions.find((t) => t.srclang === srclang) ?? captions[0])?.parsed.cues ?? [];
}

/** Runs the check on `argv` (the arguments after the script's name), relative to `cwd`. */
export function captionsCheck(argv: readonly string[], cwd = process.cwd()): CheckResult {
  try {
    return run([...argv], cwd);
  } catch (error) {
    if (error instanceof UsageError)
      return { status: 2, stdout: '', stderr: `captions:check: ${error.message}\n` };
    throw error;
  }
}

function run(argv: string[], cwd: string): CheckResult {
  const profileOption = option(argv, '--profile');
  const offsetOption = option(profileOption.rest, '--fix-offset');
  const kindOption = option(offsetOption.rest, '--kind');
  const args = kindOption.rest;
  const allowWarnings = args.includes('--allow-warnings');
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--allow-warnings' && a !== '--json');
  if (unknown.length > 0) usage(`unknown option ${unknown.join(', ')}`);
  const targets = args.filter((a) => !a.startsWith('--'));

  const profileName = profileOption.value ?? 'adult';
  if (!isLintProfileName(profileName)) usage(`unknown profile "${profileName}" (adult or children)`);
  const profile = profileName as LintProfileName;
  const offsetMs = offsetOption.value === null ? null : Number(offsetOption.value);
  if (offsetMs !== null && (!Number.isFinite(offsetMs) || offsetOption.value?.trim() === '')) {
    usage(`--fix-offset takes a number of milliseconds, not "${offsetOption.value}"`);
  }
  const kind = kindOption.value as TrackKind | null;
  if (kind !== null && !TRACK_KINDS.includes(kind)) {
    usage(`unknown kind "${kind}" (${TRACK_KINDS.join(', ')})`);
  }

  const problems: Problem[] = [];
  const written: string[] = [];
  const resolve = (file: string) => path.resolve(cwd, file);
  const relative = (file: string) => path.relative(cwd, file) || file;

  // A title folder: each track is linted by the kind its manifest gives it.
  function checkTitle(dir: string) {
    const { title, problems: found } = readTitleFolder(path.basename(dir), path.dirname(dir));
    problems.push(...found);
    for (const track of title?.tracks ?? []) {
      if (!track.parsed.valid) continue;
      const file = relative(path.join(dir, track.src));
      problems.push(...lintTrack(track.parsed.cues, track.kind, { profile, file }).map(findingProblem));
      if (track.kind === 'descriptions') {
        const dialogue = dialogueFor(title!, track.srclang);
        problems.push(...lintDescriptionFit(track.parsed.cues, dialogue, { file }).map(findingProblem));
      }
    }
  }

  /** `film.en.srt` → `film.en.shifted.srt`, beside the input. */
  function writeShifted(file: string, caption: CaptionFile, offset: number) {
    const ext = path.extname(file) || (caption.format === 'srt' ? '.srt' : '.vtt');
    const out = path.join(path.dirname(file), `${path.basename(file, ext)}.shifted${ext}`);
    const cues = shiftCues(caption.cues, offset);
    const text =
      caption.format === 'srt'
        ? toSrt(
            cues.map((cue) => ({
              startTime: cue.startTime,
              endTime: cue.endTime,
              text: srtCueText(cue.tree),
            })),
          )
        : toWebVTT(cues);
    writeFileSync(out, text);
    written.push(relative(out));
  }

  // A loose file: linted by --kind, or by the kind its name gives (`*chapters*`, …; see
  // trackKindFromFileName), so a chapters file is not held to caption thresholds.
  function checkFile(file: string) {
    const name = relative(file);
    const caption = readCaptionFile(name, new Uint8Array(readFileSync(file)), {
      profile,
      ...(kind ? { kind } : {}),
    });
    if (!caption.ok) {
      problems.push({
        file: name,
        line: caption.line,
        column: caption.column,
        severity: 'error',
        message: caption.message,
      });
      return;
    }
    for (const e of caption.errors) {
      problems.push({ file: name, line: e.line, column: e.column, severity: e.severity, message: e.message });
    }
    problems.push(...caption.findings.map(findingProblem));
    if (caption.kind === 'descriptions') {
      problems.push(...lintDescriptionFit(caption.cues, [], { file: name }).map(findingProblem));
    }
    if (offsetMs !== null) writeShifted(file, caption, offsetMs);
  }

  const list =
    targets.length > 0 ? targets.map(resolve) : listTitleSlugs().map((slug) => path.join(TITLES_ROOT, slug));
  if (list.length === 0) usage('no titles found under titles/ (each needs a manifest.json)');
  for (const target of list) {
    if (!existsSync(target)) {
      problems.push({ file: relative(target), severity: 'error', message: 'no such file or folder' });
    } else if (statSync(target).isDirectory()) {
      checkTitle(target);
    } else {
      checkFile(target);
    }
  }

  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const notes = problems.filter((p) => p.severity === 'info');
  const status = errors.length > 0 ? 2 : warnings.length > 0 && !allowWarnings ? 1 : 0;
  const out: string[] = [];
  if (json) {
    const checked = list.map(relative);
    const report = { checked, profile, wordsPerMinute: WORDS_PER_MINUTE, errors, warnings, notes, written };
    out.push(JSON.stringify(report, null, 2));
  } else {
    for (const p of problems) {
      const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
      out.push(`${where}: ${p.severity}: ${p.message}`);
    }
    for (const file of written) out.push(`wrote ${file} (shifted by ${offsetMs} ms)`);
    out.push(
      `captions:check: ${list.length} checked (${profile} profile), ${errors.length} error(s), ` +
        `${warnings.length} warning(s), ${notes.length} description(s) needing extended description ` +
        `(read at ${WORDS_PER_MINUTE} words a minute)`,
    );
  }
  return { status, stdout: `${out.join('\n')}\n`, stderr: '' };
}
