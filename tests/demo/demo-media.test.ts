/**
 * Verifies the generated `sound-of-metal` demo media independently of the generator: speech
 * onsets found by ffmpeg's `silencedetect` line up with the dialogue cues, the files exist and
 * are small, and ffprobe reports the codecs and the duration the manifest promises.
 * Regenerate with `npm run media:demo`. Needs ffmpeg/ffprobe; it fails (never skips) without them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const captionsDir = join(root, 'titles', 'sound-of-metal');
const mediaDir = join(root, 'public', 'media', 'sound-of-metal');
const media = {
  webm: join(mediaDir, 'featurette.webm'),
  mp4: join(mediaDir, 'featurette.mp4'),
  poster: join(mediaDir, 'poster.jpg'),
};
/** How far a dialogue cue may start from the detected speech onset, in seconds. */
const ONSET_TOLERANCE = 0.1;
/** The silence the timeline puts before every dialogue cue, in seconds. */
const MIN_SILENCE_BEFORE_DIALOGUE = 0.3;

interface TestCue {
  startTime: number;
  endTime: number;
  text: string;
}

/** A deliberately small WebVTT reader for this test: timing lines and the text under them. */
function readCues(file: string): TestCue[] {
  const seconds = (stamp: string) => {
    const parts = stamp.split(':').map(Number);
    return parts.reduce((total, part) => total * 60 + part, 0);
  };
  const timing = /^((?:\d+:)?\d{2}:\d{2}\.\d{3})\s+-->\s+((?:\d+:)?\d{2}:\d{2}\.\d{3})/;
  const cues: TestCue[] = [];
  for (const block of readFileSync(file, 'utf8')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)) {
    const lines = block.split('\n');
    const at = lines.findIndex((line) => timing.test(line));
    if (at < 0) continue;
    const [, start = '', end = ''] = timing.exec(lines[at] ?? '') ?? [];
    cues.push({ startTime: seconds(start), endTime: seconds(end), text: lines.slice(at + 1).join('\n') });
  }
  return cues;
}

/** Runs a tool and returns stdout+stderr; a missing ffmpeg/ffprobe is a failure, not a skip. */
function tool(command: 'ffmpeg' | 'ffprobe', args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing ? `${command} not found: install ffmpeg (apt-get install -y ffmpeg)` : String(result.error),
    );
  }
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}

interface Onset {
  time: number;
  silenceBefore: number;
}

/** Sound onsets: the `silence_end` events of `silencedetect`, with the silence that preceded each. */
function onsets(file: string): Onset[] {
  const log = tool('ffmpeg', [
    '-hide_banner',
    '-nostats',
    '-i',
    file,
    '-vn',
    '-af',
    'silencedetect=noise=-35dB:d=0.25',
    '-f',
    'null',
    '-',
  ]);
  return [...log.matchAll(/silence_end: ([\d.]+) \| silence_duration: ([\d.]+)/g)].map((m) => ({
    time: Number(m[1]),
    silenceBefore: Number(m[2]),
  }));
}

function probe(file: string): { duration: number; codecs: Record<string, string>; profile: string } {
  const json = JSON.parse(
    tool('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file]).trim(),
  ) as {
    format: { duration: string };
    streams: { codec_type: string; codec_name: string; profile?: string }[];
  };
  const codecs = Object.fromEntries(json.streams.map((s) => [s.codec_type, s.codec_name]));
  const profile = json.streams.find((s) => s.codec_type === 'video')?.profile ?? '';
  return { duration: Number(json.format.duration), codecs, profile };
}

const manifest = JSON.parse(readFileSync(join(captionsDir, 'manifest.json'), 'utf8')) as {
  duration: number;
  sources: { src: string; type: string }[];
};
const captions = readCues(join(captionsDir, 'en.captions.vtt'));
const dialogue = captions.filter((cue) => cue.text.startsWith('<v '));

describe('sound-of-metal demo media', () => {
  it('should find ffmpeg and ffprobe', () => {
    expect(tool('ffmpeg', ['-version'])).toMatch(/ffmpeg version/);
    expect(tool('ffprobe', ['-version'])).toMatch(/ffprobe version/);
  });

  it('should have the media files, together under 8 MB', () => {
    for (const file of Object.values(media)) expect(existsSync(file), file).toBe(true);
    const total = Object.values(media).reduce((sum, file) => sum + statSync(file).size, 0);
    expect(total).toBeLessThan(8 * 1024 * 1024);
  });

  it('should list WebM first and MP4 second in the manifest', () => {
    expect(manifest.sources.map((s) => s.src)).toEqual([
      '/media/sound-of-metal/featurette.webm',
      '/media/sound-of-metal/featurette.mp4',
    ]);
  });

  it('should have a dialogue cue for every narration line', () => {
    expect(dialogue.length).toBeGreaterThanOrEqual(10);
  });

  describe.each([
    ['WebM', media.webm, { video: 'vp9', audio: 'opus' }],
    ['MP4', media.mp4, { video: 'h264', audio: 'aac' }],
  ])('given the %s file', (_name, file, codecs) => {
    it('should report the expected codecs', () => {
      expect(probe(file).codecs).toMatchObject(codecs);
    });

    it('should last as long as the manifest says and end with the last cue', () => {
      const { duration } = probe(file);
      expect(Math.abs(duration - manifest.duration)).toBeLessThanOrEqual(0.1);
      expect(Math.abs(duration - captions.at(-1)!.endTime)).toBeLessThanOrEqual(0.1);
    });

    it('should start every dialogue cue within 100 ms of a speech onset that follows silence', () => {
      const found = onsets(file);
      const misses = dialogue
        .map((cue) => {
          const nearest = found.reduce((best, o) =>
            Math.abs(o.time - cue.startTime) < Math.abs(best.time - cue.startTime) ? o : best,
          );
          return {
            cue: cue.text.split('\n')[0],
            start: cue.startTime,
            onset: nearest.time,
            silence: nearest.silenceBefore,
          };
        })
        .filter(
          (m) => Math.abs(m.onset - m.start) > ONSET_TOLERANCE || m.silence < MIN_SILENCE_BEFORE_DIALOGUE,
        );
      expect(misses).toEqual([]);
    });
  });

  it('should use H.264 Baseline to match the avc1.42C01E codecs string', () => {
    expect(probe(media.mp4).profile).toMatch(/Baseline/);
  });
});
