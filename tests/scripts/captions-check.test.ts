// The caption check's command line: its exit codes are what the build and publishers rely on.
// The cases call the check in-process (`captionsCheck`, what the command line runs); one case
// starts the real command, to prove the wiring of exit code and output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSrt } from '../../captions/srt';
import { parseWebVTT } from '../../captions/parse';
import { captionsCheck } from '../../scripts/captions-check/check';

const dir = mkdtempSync(path.join(tmpdir(), 'captions-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(...args: string[]) {
  const result = captionsCheck(args);
  return { status: result.status, out: result.stdout + result.stderr, stdout: result.stdout };
}

function file(name: string, text: string | Uint8Array) {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
}

const CLEAN_SRT =
  '1\n00:00:01,000 --> 00:00:03,000\nHello there.\n\n2\n00:00:04,000 --> 00:00:06,500\n<i>Goodbye.</i>\n';
// 26 characters in 1.8 s: 14.4 cps, fine for adults (17), too fast for children (13).
const BRISK = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.800\nabcdefghijklmnopqrstuvwxyz\n';

describe('captions:check', () => {
  it('should pass the shipped titles with exit 0', () => {
    const { status, out } = check();
    expect(out).toMatch(/0 error\(s\), 0 warning\(s\)/);
    expect(status).toBe(0);
  });

  // tsx compiles the script in a new Node process: seconds on a busy machine.
  it(
    'should exit with the status of the check and print its report from the command line',
    { timeout: 60_000 },
    () => {
      const fast = file(
        'cli.captions.vtt',
        'WEBVTT\n\n00:00.000 --> 00:01.000\nFar too many words to read in one second.\n',
      );
      const result = spawnSync(
        process.execPath,
        ['node_modules/tsx/dist/cli.mjs', 'scripts/captions-check.ts', fast],
        {
          encoding: 'utf8',
        },
      );
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/cli\.captions\.vtt:3:1: warning: reading-speed/);
    },
  );

  describe('given descriptions that do not fit their gap in dialogue', () => {
    it('should report each in the shipped title as info, with the words a minute it assumes, and pass', () => {
      const { status, out } = check();
      expect(out).toMatch(
        /titles\/sound-of-metal\/en\.descriptions\.vtt:\d+:1: info: description-fit \(cue "\w+"\): needs extended description: about [\d.]+ s to read at 160 words a minute, [\d.]+ s before dialogue/,
      );
      expect(out).toMatch(
        /[1-9]\d* description\(s\) needing extended description \(read at 160 words a minute\)/,
      );
      expect(status).toBe(0);
    });

    it('should measure a loose descriptions file against the duration of each cue', () => {
      const described = file(
        'film.descriptions.vtt',
        'WEBVTT\n\nfits\n00:00.000 --> 00:03.000\nA door opens.\n\nlong\n00:05.000 --> 00:06.000\nRuben walks slowly across the empty rehearsal room.\n',
      );
      const { status, out, stdout } = check(described);
      expect(status).toBe(0);
      expect(out).toMatch(
        /film\.descriptions\.vtt:8:1: info: description-fit \(cue "long"\): .* 1 s in its own duration/,
      );
      expect(out).not.toMatch(/cue "fits"/);
      expect(JSON.parse(check(described, '--json').stdout)).toMatchObject({
        wordsPerMinute: 160,
        notes: [{ line: 8, severity: 'info' }],
      });
      expect(stdout).toMatch(/1 description\(s\) needing extended description/);
    });
  });

  describe('given a chapters file', () => {
    const CHAPTER = 'WEBVTT\n\n00:00.000 --> 00:37.000\nChapter one: the band on the road\n';

    it.each(['chapters.vtt', 'film-chapters.vtt', 'film.en.chapters.vtt', 'Film_Chapters.vtt'])(
      'should not hold %s to caption thresholds (no max-duration for a 37 s chapter)',
      (name) => {
        const { status, out } = check(file(name, CHAPTER));
        expect(out).not.toMatch(/max-duration/);
        expect(status).toBe(0);
      },
    );

    it('should lint it as the kind --kind names', () => {
      const chapters = file('kind.chapters.vtt', CHAPTER);
      const { status, out } = check(chapters, '--kind', 'captions');
      expect(status).toBe(1);
      expect(out).toMatch(/max-duration: shown for 37 s; at most 7 s/);
      expect(check(file('loose.vtt', CHAPTER), '--kind=chapters').status).toBe(0);
      expect(check(file('loose2.vtt', CHAPTER)).status).toBe(1);
    });

    it('should exit 2 on an unknown kind, naming the kinds', () => {
      const { status, out } = check(file('k.vtt', CHAPTER), '--kind', 'chaptrs');
      expect(status).toBe(2);
      expect(out).toMatch(/unknown kind "chaptrs" \(captions, subtitles, descriptions, chapters, metadata\)/);
    });
  });

  it('should exit 0 on a clean file', () => {
    expect(
      check(file('clean.captions.vtt', 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello there.\n')).status,
    ).toBe(0);
  });

  it('should exit 1 on warnings only, and 0 with --allow-warnings', () => {
    const fast = file(
      'fast.captions.vtt',
      'WEBVTT\n\n00:00.000 --> 00:01.000\nFar too many words to read in one second.\n',
    );
    const { status, out } = check(fast);
    expect(status).toBe(1);
    expect(out).toMatch(/fast\.captions\.vtt:3:1: warning: /);
    expect(check(fast, '--allow-warnings').status).toBe(0);
  });

  it('should exit 2 on a file that is not WebVTT, naming file, line and column', () => {
    const { status, out } = check(file('bad.captions.vtt', 'WEBVT\n\n00:00.000 --> 00:02.000\nHi\n'));
    expect(status).toBe(2);
    expect(out).toMatch(/bad\.captions\.vtt:1:\d+: error: /);
  });

  it('should exit 2 on a missing path', () => {
    expect(check(path.join(dir, 'nope.vtt')).status).toBe(2);
  });

  it('should print JSON with --json', () => {
    const { stdout } = check(
      file('json.captions.vtt', 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello there.\n'),
      '--json',
    );
    expect(JSON.parse(stdout)).toMatchObject({ errors: [], warnings: [], profile: 'adult' });
  });

  describe('given SubRip files', () => {
    it('should exit 0 on a clean .srt, also in UTF-16 with a byte order mark', () => {
      expect(check(file('clean.srt', CLEAN_SRT)).status).toBe(0);
      const utf16 = new Uint8Array([
        0xff,
        0xfe,
        ...Array.from(CLEAN_SRT).flatMap((c) => [c.charCodeAt(0), 0]),
      ]);
      expect(check(file('clean16.srt', utf16)).status).toBe(0);
    });

    it('should exit 2 on a broken timing line, naming its line and column', () => {
      const { status, out } = check(
        file(
          'broken.srt',
          '1\n00:00:01,000 --> 00:00:03,000\nfine\n\n2\n00:00:0x,000 --> 00:00:05,000\nbroken\n',
        ),
      );
      expect(status).toBe(2);
      expect(out).toMatch(/broken\.srt:6:1: error: /);
    });

    it('should exit 1 on quality warnings with the cue number', () => {
      const { status, out } = check(
        file('fast.srt', '7\n00:00:00,000 --> 00:00:01,000\nFar too many words to read in one second.\n'),
      );
      expect(status).toBe(1);
      expect(out).toMatch(/fast\.srt:2:1: warning: reading-speed \(cue "7"\)/);
    });
  });

  describe('given files that are not captions', () => {
    it.each([
      ['empty.vtt', new Uint8Array(), /empty/],
      ['binary.srt', new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x00, 0x00, 0x00, 0x01]), /not UTF-8|NUL/],
      ['header.vtt', new TextEncoder().encode('WEBVTT\n'), /no cues/],
    ])('should exit 2 on %s with its message', (name, bytes, message) => {
      const { status, out } = check(file(name, bytes));
      expect(status).toBe(2);
      expect(out).toMatch(message);
    });
  });

  describe('given --profile', () => {
    it('should warn for children on a pace that passes for adults', () => {
      const brisk = file('brisk.captions.vtt', BRISK);
      expect(check(brisk).status).toBe(0);
      const { status, out } = check(brisk, '--profile', 'children');
      expect(status).toBe(1);
      expect(out).toMatch(/reading-speed: 14\.4 characters a second; aim for at most 13/);
      expect(out).toMatch(/children profile/);
      expect(check(brisk, '--profile=children', '--allow-warnings').status).toBe(0);
    });

    it('should exit 2 on an unknown profile', () => {
      const { status, out } = check(file('p.captions.vtt', BRISK), '--profile', 'toddlers');
      expect(status).toBe(2);
      expect(out).toMatch(/unknown profile "toddlers"/);
    });
  });

  describe('given --fix-offset', () => {
    it('should write a WebVTT copy shifted by the milliseconds next to the input', () => {
      const input = file(
        'late.captions.vtt',
        'WEBVTT\n\nintro\n00:00:01.000 --> 00:00:02.500 align:start\n<v Lou>Hi.</v>\n\n00:00:04.000 --> 00:00:05.000\nBye.\n',
      );
      const { status, out } = check(input, '--fix-offset', '-750');
      expect(status).toBe(0);
      const written = path.join(dir, 'late.captions.shifted.vtt');
      expect(out).toContain('late.captions.shifted.vtt');
      const before = parseWebVTT(readFileSync(input, 'utf8')).cues;
      const after = parseWebVTT(readFileSync(written, 'utf8'));
      expect(after.errors).toEqual([]);
      expect(after.cues.map((c) => [c.id, c.startTime, c.endTime, c.text, c.settings.align])).toEqual(
        before.map((c) => [c.id, c.startTime - 0.75, c.endTime - 0.75, c.text, c.settings.align]),
      );
    });

    it('should write a SubRip copy of a SubRip file, and accept --fix-offset=MS', () => {
      const input = file('early.srt', CLEAN_SRT);
      expect(check(input, '--fix-offset=1500').status).toBe(0);
      const shifted = parseSrt(readFileSync(path.join(dir, 'early.shifted.srt'), 'utf8'));
      expect(shifted.errors).toEqual([]);
      expect(shifted.cues.map((c) => [c.startTime, c.endTime, c.text])).toEqual(
        parseSrt(CLEAN_SRT).cues.map((c) => [c.startTime + 1.5, c.endTime + 1.5, c.text]),
      );
    });

    it('should exit 2 on an offset that is not a number, writing nothing', () => {
      const input = file('nan.captions.vtt', BRISK);
      const { status, out } = check(input, '--fix-offset', 'soon');
      expect(status).toBe(2);
      expect(out).toMatch(/milliseconds/);
      expect(existsSync(path.join(dir, 'nan.captions.shifted.vtt'))).toBe(false);
    });
  });
});
