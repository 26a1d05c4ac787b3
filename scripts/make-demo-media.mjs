#!/usr/bin/env node
/**
 * `npm run media:demo`: builds the synthetic `sound-of-metal` featurette from the single source
 * `scripts/demo/timeline.mjs`.
 *
 * 1. Speaks every narration line with espeak-ng, converts it to 48 kHz mono, trims its silent
 *    ends and measures its duration (samples, cross-checked with `soxi -D`).
 * 2. Synthesizes the sound design (drums, a ~4 kHz ringing tone, chords, a low-passed "muffled"
 *    voice, silence) from fixed seeds.
 * 3. Lays every item end to end on one timeline, so each cue time is derived from real audio.
 * 4. Renders the title cards with ffmpeg `drawtext` (DejaVu), encodes WebM (VP9/Opus) and
 *    MP4 (H.264 Baseline/AAC-LC), grabs the poster, and writes the manifest and the WebVTT files.
 *
 * Deterministic: no dates, no random seeds from the clock, bit-exact muxing flags.
 * Needs ffmpeg, ffprobe, espeak-ng and sox (`apt-get install -y ffmpeg espeak-ng sox`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as timeline from './demo/timeline.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const slug = timeline.title.slug;
const captionsDir = join(root, 'titles', slug);
const mediaDir = join(root, 'public', 'media', slug);
const RATE = 48000;
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
/** Caption limits from DESIGN.md, with a margin on reading speed (chars per second). */
const LIMITS = { lineChars: 42, lines: 2, minDur: 5 / 6, maxDur: 7, gap: 1 / 12, cps: 16 };
const bitexact = [
  '-fflags',
  '+bitexact',
  '-flags:v',
  '+bitexact',
  '-flags:a',
  '+bitexact',
  '-map_metadata',
  '-1',
];

const started = process.hrtime.bigint();
const work = mkdtempSync(join(tmpdir(), 'som-media-'));
const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28, ...opts });

for (const tool of ['ffmpeg', 'ffprobe', 'espeak-ng', 'sox', 'soxi']) {
  try {
    run('sh', ['-c', `command -v ${tool}`]);
  } catch {
    console.error(`${tool} is missing: apt-get install -y ffmpeg espeak-ng sox`);
    process.exit(1);
  }
}

// ---------- audio primitives (Float32 mono at 48 kHz) ----------

function readWav16(path) {
  const buf = readFileSync(path);
  let p = 12;
  let fmt = null;
  while (p < buf.length) {
    const id = buf.toString('ascii', p, p + 4);
    const size = buf.readUInt32LE(p + 4);
    if (id === 'fmt ')
      fmt = {
        channels: buf.readUInt16LE(p + 10),
        rate: buf.readUInt32LE(p + 12),
        bits: buf.readUInt16LE(p + 22),
      };
    if (id === 'data') {
      if (!fmt || fmt.channels !== 1 || fmt.rate !== RATE || fmt.bits !== 16)
        throw new Error(`${path}: expected 48 kHz mono 16-bit`);
      const out = new Float32Array(size / 2);
      for (let i = 0; i < out.length; i++) out[i] = buf.readInt16LE(p + 8 + i * 2) / 32768;
      return out;
    }
    p += 8 + size + (size % 2);
  }
  throw new Error(`${path}: no data chunk`);
}

function writeWav16(path, samples) {
  const data = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    data.writeInt16LE(Math.round(s * 32767), i * 2);
  }
  const head = Buffer.alloc(44);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(36 + data.length, 4);
  head.write('WAVEfmt ', 8, 'ascii');
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20);
  head.writeUInt16LE(1, 22);
  head.writeUInt32LE(RATE, 24);
  head.writeUInt32LE(RATE * 2, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write('data', 36, 'ascii');
  head.writeUInt32LE(data.length, 40);
  writeFileSync(path, Buffer.concat([head, data]));
}

const db = (d) => 10 ** (d / 20);
const sec = (n) => Math.round(n * RATE);

/** Cuts the leading and trailing audio quieter than `threshold`, so a clip starts on its onset. */
function trim(samples, threshold = db(-40)) {
  let a = 0;
  let b = samples.length - 1;
  while (a < b && Math.abs(samples[a]) < threshold) a++;
  while (b > a && Math.abs(samples[b]) < threshold) b--;
  return samples.slice(a, b + 1);
}

function normalize(samples, peakDb) {
  let peak = 0;
  for (const s of samples) peak = Math.max(peak, Math.abs(s));
  const g = peak > 0 ? db(peakDb) / peak : 1;
  return samples.map((s) => s * g);
}

/** Linear fade in and out, in seconds, to avoid clicks. */
function fade(samples, inSec, outSec) {
  const a = sec(inSec);
  const b = sec(outSec);
  for (let i = 0; i < a && i < samples.length; i++) samples[i] *= i / a;
  for (let i = 0; i < b && i < samples.length; i++) samples[samples.length - 1 - i] *= i / b;
  return samples;
}

/** RBJ biquad low-pass. */
function lowpass(samples, freq, q = 0.707) {
  const w = (2 * Math.PI * freq) / RATE;
  const alpha = Math.sin(w) / (2 * q);
  const cos = Math.cos(w);
  const a0 = 1 + alpha;
  const [b0, b1, b2] = [(1 - cos) / 2 / a0, (1 - cos) / a0, (1 - cos) / 2 / a0];
  const [a1, a2] = [(-2 * cos) / a0, (1 - alpha) / a0];
  const out = new Float32Array(samples.length);
  let [x1, x2, y1, y2] = [0, 0, 0, 0];
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i];
    const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    [x2, x1, y2, y1] = [x1, x, y1, y];
    out[i] = y;
  }
  return out;
}

/** mulberry32: a small seeded PRNG, so the noise in the drums is the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- sound design ----------

function drums(seconds) {
  const out = new Float32Array(sec(seconds));
  const rand = prng(0x5eed);
  const add = (at, voice) => {
    const start = sec(at);
    for (let i = 0; i < voice.length && start + i < out.length; i++) out[start + i] += voice[i];
  };
  const kick = new Float32Array(sec(0.4));
  let phase = 0;
  for (let i = 0; i < kick.length; i++) {
    const t = i / RATE;
    phase += (2 * Math.PI * (45 + 110 * Math.exp(-t / 0.04))) / RATE;
    kick[i] = Math.sin(phase) * Math.exp(-t / 0.16);
  }
  const snare = new Float32Array(sec(0.3));
  let prev = 0;
  for (let i = 0; i < snare.length; i++) {
    const t = i / RATE;
    const n = rand() * 2 - 1;
    snare[i] =
      (n - prev) * 0.5 * Math.exp(-t / 0.07) + 0.4 * Math.sin(2 * Math.PI * 190 * t) * Math.exp(-t / 0.05);
    prev = n;
  }
  const hat = new Float32Array(sec(0.06));
  for (let i = 0; i < hat.length; i++) {
    const n = rand() * 2 - 1;
    hat[i] = (n - prev) * 0.12 * Math.exp(-i / RATE / 0.015);
    prev = n;
  }
  const beat = 0.5; // 120 bpm
  for (let t = 0; t + 0.4 < seconds; t += beat / 2) add(t, hat);
  for (let bar = 0; bar * 4 * beat < seconds - 0.5; bar++) {
    const b = bar * 4 * beat;
    for (const [at, v] of [
      [0, kick],
      [1, snare],
      [1.5, kick],
      [2, kick],
      [3, snare],
    ])
      if (b + at * beat + 0.4 < seconds) add(b + at * beat, v);
  }
  return fade(normalize(out, -3), 0.005, 0.3);
}

function ringing(seconds) {
  const out = new Float32Array(sec(seconds));
  for (let i = 0; i < out.length; i++) out[i] = 0.22 * Math.sin((2 * Math.PI * 4000 * i) / RATE);
  return fade(out, 0.6, 0.8);
}

/** Soft chords (A minor, F, C, G), each note a sine with a gentle second harmonic. */
function chords(seconds, reverse) {
  const progression = [
    [220, 261.63, 329.63],
    [174.61, 220, 261.63],
    [261.63, 329.63, 392],
    [196, 246.94, 293.66],
  ];
  const order = reverse ? [...progression].reverse() : progression;
  const out = new Float32Array(sec(seconds));
  const len = seconds / order.length;
  order.forEach((chord, c) => {
    const start = sec(c * len);
    const n = sec(len + 0.4);
    for (let i = 0; i < n && start + i < out.length; i++) {
      const t = i / RATE;
      const env = Math.min(1, t / 0.15) * Math.exp(-t / 1.2);
      let s = 0;
      for (const f of chord) s += Math.sin(2 * Math.PI * f * t) + 0.3 * Math.sin(4 * Math.PI * f * t);
      out[start + i] += (env * s) / 6;
    }
  });
  return fade(normalize(out, -6), 0.05, reverse ? 1.5 : 0.4);
}

const sounds = {
  drums,
  ringing,
  'music-intro': (s) => chords(s, false),
  'music-outro': (s) => chords(s, true),
};

/** espeak-ng → 48 kHz mono 16-bit WAV (sox, no dither, repeatable) → trimmed Float32. */
function speak(key, voice, text) {
  const raw = join(work, `${key}.raw.wav`);
  const wav = join(work, `${key}.wav`);
  run('espeak-ng', [
    '-v',
    voice.espeak,
    '-s',
    String(timeline.speed),
    '-p',
    String(voice.pitch),
    '-w',
    raw,
    text,
  ]);
  run('sox', ['-R', '-D', raw, '-r', String(RATE), '-c', '1', '-b', '16', wav]);
  return trim(readWav16(wav));
}

/** Writes a clip and returns its duration as soxi measures it, asserting it matches the samples. */
function measure(key, samples) {
  const path = join(work, `${key}.clip.wav`);
  writeWav16(path, samples);
  const soxDur = Number(run('soxi', ['-D', path]).toString().trim());
  if (Math.abs(soxDur - samples.length / RATE) > 1e-6) throw new Error(`${key}: soxi says ${soxDur}s`);
  return soxDur;
}

// ---------- captions: text helpers ----------

const plain = (s) => s.replace(/<[^>]+>/g, '');

/** Short words a line should not end on (English and Spanish), as line-breaking guides advise. */
const CLINGY = new Set(
  'a an the and or of to in on for with by as at de la el los las un una y o en con por para que su sus se lo le del al te me'.split(
    ' ',
  ),
);

/**
 * Splits cue text into at most two lines of at most 42 characters: as balanced as possible,
 * preferring a break after punctuation and never leaving a short function word or an opening
 * quote at the end of the first line.
 */
function wrap(text) {
  if (text.length <= LIMITS.lineChars) return [text];
  let best = null;
  for (let i = 1; i < text.length; i++) {
    if (text[i] !== ' ') continue;
    const [a, b] = [text.slice(0, i), text.slice(i + 1)];
    if (a.length > LIMITS.lineChars || b.length > LIMITS.lineChars) continue;
    const lastWord = a.split(' ').at(-1).toLowerCase();
    const clings = CLINGY.has(lastWord) || (/^[«“"]/.test(lastWord) && !/[»”"]$/.test(lastWord));
    const score = Math.abs(a.length - b.length) - (/[,.:;]$/.test(a) ? 14 : 0) + (clings ? 30 : 0);
    if (!best || score < best.score) best = { score, lines: [a, b] };
  }
  if (!best) throw new Error(`Cue text does not fit two lines of ${LIMITS.lineChars}: "${text}"`);
  return best.lines;
}

/** Seconds a text needs on screen at the reading-speed limit, within the duration limits. */
const readTime = (...texts) =>
  Math.max(LIMITS.minDur, ...texts.map((t) => plain(t).replace(/\n/g, ' ').length / LIMITS.cps));

const ms = (t) => Math.round(t * 1000) / 1000;
function stamp(t) {
  const total = Math.round(t * 1000);
  const [h, m, s, f] = [
    Math.floor(total / 3600000),
    Math.floor(total / 60000) % 60,
    Math.floor(total / 1000) % 60,
    total % 1000,
  ];
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(f).padStart(3, '0')}`;
}

// ---------- layout ----------

const audio = []; // { at: samples, samples }
const captions = []; // { start, end, en, es, voice? }
const descriptions = [];
const aslCues = [];
const chapterCues = [];
const cards = []; // { start, end, lines }
let cursor = 0; // seconds
/** Rounds a time up to the next whole millisecond, so cue times and sample positions agree exactly. */
const place = (t) => Math.ceil(t * 1000 - 1e-6) / 1000;
let lastCueEnd = -1;
let clipIndex = 0;
const clipReport = [];

for (const chapter of timeline.chapters) {
  const chapterStart = cursor;
  for (const scene of chapter.scenes) {
    const sceneStart = cursor;
    const desc = scene.card.description;
    const descStart = ms(sceneStart + 0.1);
    const descEnd = ms(descStart + Math.min(LIMITS.maxDur, readTime(desc)));
    descriptions.push({ start: descStart, end: descEnd, text: desc });
    scene.items.forEach((item, i) => {
      const isLast =
        i === scene.items.length - 1 &&
        scene === chapter.scenes.at(-1) &&
        chapter === timeline.chapters.at(-1);
      let samples;
      let caption = item.caption ?? item.text;
      if (item.type === 'line' || item.type === 'muffled') {
        const voice = timeline.voices[item.voice];
        const key = `clip${String(++clipIndex).padStart(2, '0')}`;
        samples = speak(key, voice, item.say ?? item.text);
        samples =
          item.type === 'muffled'
            ? normalize(lowpass(lowpass(samples, 450), 450), -12)
            : normalize(samples, -3);
        if (item.type === 'line') {
          // The description of the card must finish in the gap before the first dialogue.
          cursor = Math.max(cursor, place(descEnd + 0.35));
        }
        const dur = measure(key, samples);
        clipReport.push({ key, voice: voice.name, dur, text: item.say ?? item.text });
      } else if (item.type === 'sound') {
        samples = sounds[item.sound](item.seconds);
      } else {
        samples = new Float32Array(sec(item.seconds));
      }
      cursor = Math.max(cursor, place(lastCueEnd + LIMITS.gap + 0.02));
      cursor = place(cursor);
      const start = cursor;
      audio.push({ at: Math.round(start * RATE), samples });
      const audioEnd = cursor + samples.length / RATE;
      if (caption) {
        const end = ms(Math.max(audioEnd, start + readTime(caption, item.es)));
        if (end - start > LIMITS.maxDur + 1e-9)
          throw new Error(`Cue too long (${(end - start).toFixed(2)} s): ${caption}`);
        const voice = item.type === 'line' ? timeline.voices[item.voice] : null;
        captions.push({ start, end, en: caption, es: item.es, voice });
        if (item.asl) aslCues.push({ start, end, note: timeline.aslNotes[item.asl] });
        lastCueEnd = end;
      }
      cursor = isLast
        ? audioEnd
        : place(Math.max(audioEnd + timeline.itemGap, lastCueEnd + LIMITS.gap + 0.02));
    });
    cards.push({ start: sceneStart, end: cursor, lines: scene.card.lines });
  }
  chapterCues.push({ start: ms(chapterStart), end: ms(cursor), text: chapter.title });
}
const duration = cursor;
// The final cue ends exactly at the end of the media.
captions.at(-1).end = ms(duration);

for (const d of descriptions) {
  const clash = captions.find((c) => c.voice && c.start < d.end && d.start < c.end);
  if (clash) throw new Error(`Description "${d.text}" overlaps dialogue "${clash.en}"`);
}

// ---------- write the master audio ----------

const master = new Float32Array(Math.round(duration * RATE));
for (const { at, samples } of audio) master.set(samples.subarray(0, master.length - at), at);
const masterPath = join(work, 'master.wav');
writeWav16(masterPath, master);

// ---------- WebVTT ----------

function vtt(cues, body) {
  return [
    'WEBVTT',
    '',
    ...cues.flatMap((c, i) => [`${i + 1}`, `${stamp(c.start)} --> ${stamp(c.end)}`, body(c), '']),
  ].join('\n');
}
const voiceTag = (name, lines) => (name ? `<v ${name}>${lines.join('\n')}` : lines.join('\n'));
mkdirSync(captionsDir, { recursive: true });
mkdirSync(mediaDir, { recursive: true });
const files = {
  'en.captions.vtt': vtt(captions, (c) => voiceTag(c.voice?.name, wrap(c.en))),
  'es.subtitles.vtt': vtt(captions, (c) => voiceTag(c.voice?.es, wrap(c.es))),
  'en.descriptions.vtt': vtt(descriptions, (c) => wrap(c.text).join('\n')),
  'en.chapters.vtt': vtt(chapterCues, (c) => c.text),
  'asl-notes.vtt': vtt(aslCues, (c) => JSON.stringify(c.note)),
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(captionsDir, name), text);

// ---------- video ----------

const { width, height, fps, background } = timeline.video;
const styles = {
  title: { font: 'DejaVuSans-Bold.ttf', size: 66, lead: 86, color: 'white' },
  heading: { font: 'DejaVuSans-Bold.ttf', size: 40, lead: 56, color: 'white' },
  body: { font: 'DejaVuSans.ttf', size: 30, lead: 44, color: 'white' },
  quote: { font: 'DejaVuSerif-Italic.ttf', size: 34, lead: 48, color: 'white' },
  credit: { font: 'DejaVuSans.ttf', size: 26, lead: 38, color: '0xE0E0E0' },
  gap: { lead: 18 },
};
const footerH = 44;
const filters = [];
let textIndex = 0;
const drawtext = (text, style, x, y, enable) => {
  const file = join(work, `text${textIndex++}.txt`);
  writeFileSync(file, text);
  const on = enable ? `:enable='gte(t,${enable[0]})*lt(t,${enable[1]})'` : '';
  return `drawtext=fontfile=${FONT_DIR}/${style.font}:textfile=${file}:expansion=none:fontsize=${style.size}:fontcolor=${style.color}:x=${x}:y=${y}${on}`;
};
for (const card of cards) {
  const total = card.lines.reduce((h, l) => h + styles[l.style].lead, 0);
  let y = Math.round((height - footerH - total) / 2);
  for (const line of card.lines) {
    const style = styles[line.style];
    if (line.text)
      filters.push(
        drawtext(line.text, style, '(w-text_w)/2', y + Math.round((style.lead - style.size) / 2), [
          ms(card.start),
          ms(card.end),
        ]),
      );
    y += style.lead;
  }
}
filters.push(
  drawtext(
    timeline.footer,
    { font: 'DejaVuSans.ttf', size: 16, color: '0xC8C8C8' },
    '(w-text_w)/2',
    height - 30,
    null,
  ),
);
const graph = `color=c=${background}:s=${width}x${height}:r=${fps}:d=${duration},format=yuv420p,${filters.join(',')}[v]`;
const graphPath = join(work, 'cards.filter');
writeFileSync(graphPath, graph);

const mp4 = join(mediaDir, 'featurette.mp4');
const webm = join(mediaDir, 'featurette.webm');
const poster = join(mediaDir, 'poster.jpg');
const ffmpeg = (args) => run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
ffmpeg([
  '-filter_complex_script',
  graphPath,
  '-i',
  masterPath,
  '-map',
  '[v]',
  '-map',
  '0:a',
  '-c:v',
  'libx264',
  '-profile:v',
  'baseline',
  '-level:v',
  '3.0',
  '-pix_fmt',
  'yuv420p',
  '-preset',
  'slow',
  '-tune',
  'stillimage',
  '-crf',
  '28',
  '-g',
  String(fps * 2),
  '-c:a',
  'aac',
  '-b:a',
  '96k',
  '-ar',
  String(RATE),
  '-ac',
  '1',
  '-movflags',
  '+faststart',
  ...bitexact,
  mp4,
]);
ffmpeg([
  '-filter_complex_script',
  graphPath,
  '-i',
  masterPath,
  '-map',
  '[v]',
  '-map',
  '0:a',
  '-c:v',
  'libvpx-vp9',
  '-b:v',
  '0',
  '-crf',
  '40',
  '-deadline',
  'good',
  '-cpu-used',
  '2',
  '-row-mt',
  '0',
  '-threads',
  '1',
  '-g',
  String(fps * 4),
  '-pix_fmt',
  'yuv420p',
  '-c:a',
  'libopus',
  '-b:a',
  '64k',
  '-ar',
  String(RATE),
  '-ac',
  '1',
  ...bitexact,
  webm,
]);
ffmpeg([
  '-ss',
  String(ms(cards[0].start + 2.5)),
  '-i',
  mp4,
  '-frames:v',
  '1',
  '-q:v',
  '3',
  ...bitexact,
  poster,
]);

// ---------- manifest ----------

const { title, year, synopsis, credits, posterAlt, mediaNotice } = timeline.title;
const manifest = {
  slug,
  title,
  year,
  synopsis,
  credits,
  poster: `/media/${slug}/poster.jpg`,
  posterAlt,
  duration: ms(duration),
  sources: [
    { src: `/media/${slug}/featurette.webm`, type: 'video/webm; codecs="vp9, opus"' },
    { src: `/media/${slug}/featurette.mp4`, type: 'video/mp4; codecs="avc1.42C01E, mp4a.40.2"' },
  ],
  tracks: [
    { kind: 'captions', src: 'en.captions.vtt', srclang: 'en', label: 'English (SDH)', default: true },
    { kind: 'subtitles', src: 'es.subtitles.vtt', srclang: 'es', label: 'Español' },
    { kind: 'descriptions', src: 'en.descriptions.vtt', srclang: 'en', label: 'English descriptions' },
    { kind: 'chapters', src: 'en.chapters.vtt', srclang: 'en', label: 'Chapters' },
    { kind: 'metadata', src: 'asl-notes.vtt', srclang: 'en', label: 'ASL interpreter notes' },
  ],
  mediaNotice,
  audioIntroduction: { src: 'audio-introduction.txt', srclang: 'en' },
};
writeFileSync(join(captionsDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(join(captionsDir, 'audio-introduction.txt'), `${timeline.audioIntroduction.join('\n\n')}\n`);

// ---------- report ----------

const probe = (file) =>
  Number(
    run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file])
      .toString()
      .trim(),
  );
for (const file of [mp4, webm]) {
  const d = probe(file);
  if (Math.abs(d - duration) > 0.1)
    throw new Error(`${file}: ffprobe duration ${d} s, timeline ${duration} s`);
}
rmSync(work, { recursive: true, force: true });
const kb = (f) => `${(statSync(f).size / 1024).toFixed(0)} KB`;
console.log(`Synthesized ${clipReport.length} speech clips:`);
for (const c of clipReport) console.log(`  ${c.key}  ${c.dur.toFixed(3)} s  ${c.voice.padEnd(16)} ${c.text}`);
console.log(
  `\nDuration ${duration.toFixed(3)} s; ${captions.length} captions, ${descriptions.length} descriptions, ${chapterCues.length} chapters, ${aslCues.length} ASL notes.`,
);
console.log('Wrote:');
for (const f of [webm, mp4, poster]) console.log(`  ${f.replace(`${root}/`, '')}  ${kb(f)}`);
const mediaTotal = [webm, mp4, poster].reduce((n, f) => n + statSync(f).size, 0);
console.log(`  (media total ${(mediaTotal / 1048576).toFixed(2)} MB)`);
for (const name of [...Object.keys(files), 'manifest.json'])
  console.log(`  titles/${slug}/${name}  ${kb(join(captionsDir, name))}`);
console.log(`Done in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s.`);
