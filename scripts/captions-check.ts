// `npm run captions:check -- [title folders, .vtt or .srt files] [options]`: the caption check,
// for the build (every shipped title under titles/, with no arguments) and for publishers' own
// files. The check itself is scripts/captions-check/check.ts.
//   exit 0: clean (or warnings only, with --allow-warnings)
//   exit 1: quality warnings only
//   exit 2: errors (parse errors, a refused file, a manifest naming a missing file, a malformed
//           ASL note, a bad option)
// Descriptions that do not fit their gap in dialogue are reported as `info` (they need extended
// description: the player pauses for them) and never change the exit code.
// Options:
//   --allow-warnings     exit 0 on warnings only
//   --json               print the report as JSON
//   --profile NAME       lint thresholds: adult (default) or children (captions/lint.ts)
//   --kind KIND          lint loose files as this track kind (captions, subtitles, descriptions,
//                        chapters, metadata); by default from the name (`*chapters*`, …), else
//                        captions. Title folders take each track's kind from their manifest.
//   --fix-offset MS      write a copy of each file shifted by MS milliseconds (negative: earlier)
//                        next to it, as name.shifted.vtt (or .srt); title folders are not shifted
import { captionsCheck } from './captions-check/check';

const { status, stdout, stderr } = captionsCheck(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = status;
