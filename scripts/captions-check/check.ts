// `npm run captions:check -- [title folders, .vtt or .srt files] [options]`: the caption check,
// for the build (every shipped title, with no arguments) and for publishers' own files.
//   exit 0: clean (or warnings only, with --allow-warnings)
//   exit 1: quality warnings only
//   exit 2: errors (parse errors, a refused file, a manifest naming a missing file, a malformed
//           ASL note, a bad option)
// Options:
//   --allow-warnings     exit 0 on warnings only
//   --json               print the report as JSON
//   --profile NAME       lint thresholds: adult (default) or children (captions/lint.ts)
//   --fix-offset MS      write a copy of each file shifted by MS milliseconds (negative: earlier)
//                        next to it, as name.shifted.vtt (or .srt); title folders are not shifted
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCaptionFile, type CaptionFile } from '../captions/caption-file';
import { isLintProfileName, lintTrack, type LintFinding, type LintProfileName } from '../captions/lint';
import { shiftCues } from '../captions/shift-cues';
import { srtCueText, toSrt } from '../captions/srt';
import { TITLES_ROOT, listTitleSlugs, readTitleFolder, type TitleProblem } from '../captions/title-folder';
import { toWebVTT } from '../captions/write-vtt';

function fail(message: string): never {
  console.error(`captions:check: ${message}`);
  process.exit(2);
}

/** The value of `--name VALUE` or `--name=VALUE`; the value may start with "-" (a negative offset). */
function option(args: string[], name: string): { value: string | null; rest: string[] } {
  const rest: string[] = [];
  let value: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === name) {
      value = args[i + 1] ?? fail(`${name} needs a value`);
      i += 1;
    } else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
    else rest.push(arg);
  }
  return { value, rest };
}

const profileOption = option(process.argv.slice(2), '--profile');
const offsetOption = option(profileOption.rest, '--fix-offset');
const args = offsetOption.rest;
const allowWarnings = args.includes('--allow-warnings');
const json = args.includes('--json');
const unknown = args.filter((a) => a.startsWith('--') && a !== '--allow-warnings' && a !== '--json');
if (unknown.length > 0) fail(`unknown option ${unknown.join(', ')}`);
const targets = args.filter((a) => !a.startsWith('--'));

const profileName = profileOption.value ?? 'adult';
if (!isLintProfileName(profileName)) fail(`unknown profile "${profileName}" (adult or children)`);
const profile: LintProfileName = profileName;
const offsetMs = offsetOption.value === null ? null : Number(offsetOption.value);
if (offsetMs !== null && (!Number.isFinite(offsetMs) || offsetOption.value?.trim() === '')) {
  fail(`--fix-offset takes a number of milliseconds, not "${offsetOption.value}"`);
}

const problems: TitleProblem[] = [];
const written: string[] = [];
const relative = (file: string) => path.relative(process.cwd(), file) || file;

const findingProblem = (f: LintFinding): TitleProblem => ({
  file: f.file,
  line: f.line,
  column: 1,
  severity: f.severity,
  message: `${f.rule}${f.cueId ? ` (cue "${f.cueId}")` : ''}: ${f.message}`,
});

function checkTitle(dir: string) {
  const slug = path.basename(dir);
  const { title, problems: found } = readTitleFolder(slug, path.dirname(dir));
  problems.push(...found);
  for (const track of title?.tracks ?? []) {
    if (!track.parsed.valid) continue;
    const file = relative(path.join(dir, track.src));
    problems.push(...lintTrack(track.parsed.cues, track.kind, { profile, file }).map(findingProblem));
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
          cues.map((cue) => ({ startTime: cue.startTime, endTime: cue.endTime, text: srtCueText(cue.tree) })),
        )
      : toWebVTT(cues);
  writeFileSync(out, text);
  written.push(relative(out));
}

function checkFile(file: string) {
  const name = relative(file);
  const caption = readCaptionFile(name, new Uint8Array(readFileSync(file)), { profile });
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
  if (offsetMs !== null) writeShifted(file, caption, offsetMs);
}

const list = targets.length > 0 ? targets : listTitleSlugs().map((slug) => path.join(TITLES_ROOT, slug));
if (list.length === 0) fail('no titles found under titles/ (each needs a manifest.json)');
for (const target of list) {
  if (!existsSync(target)) {
    problems.push({ file: target, severity: 'error', message: 'no such file or folder' });
  } else if (statSync(target).isDirectory()) {
    checkTitle(path.resolve(target));
  } else {
    checkFile(target);
  }
}

const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
if (json) {
  console.log(JSON.stringify({ checked: list.map(relative), profile, errors, warnings, written }, null, 2));
} else {
  for (const p of problems) {
    const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
    console.log(`${where}: ${p.severity}: ${p.message}`);
  }
  for (const out of written) console.log(`wrote ${out} (shifted by ${offsetMs} ms)`);
  console.log(
    `captions:check: ${list.length} checked (${profile} profile), ${errors.length} error(s), ${warnings.length} warning(s)`,
  );
}
process.exit(errors.length > 0 ? 2 : warnings.length > 0 && !allowWarnings ? 1 : 0);
