// `npm run captions:check -- [title folders or .vtt files]`: the build-time check of caption
// files. With no arguments it checks every shipped title under captions/.
//   exit 0: clean (or warnings only, with --allow-warnings)
//   exit 1: quality warnings only
//   exit 2: errors (parse errors, a manifest naming a missing file, a malformed ASL note)
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { lintTrack } from '../captions/lint';
import type { TrackKind } from '../captions/manifest';
import { parseWebVTT } from '../captions/parse';
import { CAPTIONS_ROOT, listTitleSlugs, readTitleFolder, type TitleProblem } from '../captions/title-folder';

const args = process.argv.slice(2);
const allowWarnings = args.includes('--allow-warnings');
const json = args.includes('--json');
const targets = args.filter((a) => !a.startsWith('--'));

const problems: TitleProblem[] = [];
const relative = (file: string) => path.relative(process.cwd(), file) || file;

function checkTitle(dir: string) {
  const slug = path.basename(dir);
  const { title, problems: found } = readTitleFolder(slug, path.dirname(dir));
  problems.push(...found);
  for (const track of title?.tracks ?? []) {
    if (!track.parsed.valid) continue;
    for (const f of lintTrack(track.parsed.cues, track.kind)) {
      problems.push({
        file: relative(path.join(dir, track.src)),
        line: f.line,
        column: 1,
        severity: f.severity,
        message: `${f.rule}${f.cueId ? ` (cue "${f.cueId}")` : ''}: ${f.message}`,
      });
    }
  }
}

function checkFile(file: string) {
  const kind: TrackKind =
    (['captions', 'subtitles', 'descriptions', 'chapters', 'metadata'] as const).find((k) =>
      path.basename(file).includes(`.${k}.`),
    ) ?? 'captions';
  const parsed = parseWebVTT(readFileSync(file, 'utf8'), { kind });
  for (const e of parsed.errors) {
    problems.push({ file: relative(file), line: e.line, column: e.column, severity: e.severity, message: e.message });
  }
  if (!parsed.valid) return;
  for (const f of lintTrack(parsed.cues, kind)) {
    problems.push({ file: relative(file), line: f.line, column: 1, severity: f.severity, message: `${f.rule}: ${f.message}` });
  }
}

const list = targets.length > 0 ? targets : listTitleSlugs().map((slug) => path.join(CAPTIONS_ROOT, slug));
if (list.length === 0) {
  console.error('captions:check: no titles found under captions/ (each needs a manifest.json)');
  process.exit(2);
}
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
  console.log(JSON.stringify({ checked: list.map(relative), errors, warnings }, null, 2));
} else {
  for (const p of problems) {
    const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
    console.log(`${where}: ${p.severity}: ${p.message}`);
  }
  console.log(`captions:check: ${list.length} checked, ${errors.length} error(s), ${warnings.length} warning(s)`);
}
process.exit(errors.length > 0 ? 2 : warnings.length > 0 && !allowWarnings ? 1 : 0);
