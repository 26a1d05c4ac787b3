import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listTitleSlugs, readTitleFolder } from '../../captions/title-folder';

const DEMO = 'sound-of-metal';
let root: string;
let titles: string;
let publicRoot: string;

/** A copy of the demo title's folder (and empty stand-ins for its media) to break on purpose. */
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'title-folder-'));
  titles = path.join(root, 'titles');
  publicRoot = path.join(root, 'public');
  cpSync(path.join('titles', DEMO), path.join(titles, DEMO), { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(titles, DEMO, 'manifest.json'), 'utf8'));
  for (const src of [manifest.poster, ...manifest.sources.map((s: { src: string }) => s.src)]) {
    mkdirSync(path.dirname(path.join(publicRoot, src)), { recursive: true });
    writeFileSync(path.join(publicRoot, src), '');
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = () => readTitleFolder(DEMO, titles, publicRoot);
const edit = (file: string, change: (text: string) => string) => {
  const full = path.join(titles, DEMO, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
};

describe(listTitleSlugs.name, () => {
  it('should list folders that hold a manifest', () => {
    mkdirSync(path.join(titles, 'no-manifest'));
    expect(listTitleSlugs(titles)).toEqual([DEMO]);
    expect(listTitleSlugs(path.join(root, 'missing'))).toEqual([]);
  });
});

describe(readTitleFolder.name, () => {
  it('should read the demo title with no problems', () => {
    const { title, problems } = read();
    expect(problems).toEqual([]);
    expect(title?.tracks.every((t) => t.parsed.valid && t.parsed.cues.length > 0)).toBe(true);
    expect(title?.aslNotes.length).toBeGreaterThanOrEqual(8);
  });

  it('should name the manifest when it is not JSON', () => {
    edit('manifest.json', (text) => text.slice(0, -3));
    const { title, problems } = read();
    expect(title).toBeNull();
    expect(problems[0]).toMatchObject({ file: expect.stringContaining('manifest.json'), severity: 'error' });
  });

  it('should name the field of a broken manifest', () => {
    edit('manifest.json', (text) => text.replace('"title":', '"name":'));
    expect(read().problems.map((p) => p.message)).toContain('title: must be a non-empty string');
  });

  it('should report a track the manifest names but the folder lacks, and keep the others', () => {
    rmSync(path.join(titles, DEMO, 'es.subtitles.vtt'));
    const { title, problems } = read();
    expect(problems.map((p) => p.message)).toContain('tracks: names es.subtitles.vtt, which is missing');
    expect(title?.tracks.find((t) => t.src === 'es.subtitles.vtt')?.parsed.valid).toBe(false);
    expect(title?.tracks.find((t) => t.kind === 'captions')?.parsed.valid).toBe(true);
  });

  it('should report missing media', () => {
    rmSync(path.join(publicRoot, 'media', DEMO, 'poster.jpg'));
    expect(read().problems.map((p) => p.message)).toContain(
      `poster: names /media/${DEMO}/poster.jpg, which is missing from public/`,
    );
  });

  it('should report a caption file that is not WebVTT, with its file and line', () => {
    edit('en.captions.vtt', () => '1\n00:00:01,000 --> 00:00:02,000\nAn SRT file\n');
    const { title, problems } = read();
    expect(title?.tracks.find((t) => t.kind === 'captions')?.parsed.valid).toBe(false);
    expect(
      problems.some((p) => p.file.endsWith('en.captions.vtt') && p.line === 1 && p.severity === 'error'),
    ).toBe(true);
  });

  it('should report a malformed ASL note with its line and skip only that note', () => {
    const before = read().title!.aslNotes.length;
    let brokenLine = 0;
    edit('asl-notes.vtt', (text) => {
      const lines = text.split('\n');
      brokenLine = lines.findIndex((line) => line.startsWith('{')) + 1;
      lines[brokenLine - 1] = '{"gloss": "deaf"}';
      return lines.join('\n');
    });
    const { title, problems } = read();
    expect(title!.aslNotes.length).toBe(before - 1);
    const problem = problems.find((p) => p.file.endsWith('asl-notes.vtt'));
    expect(problem).toMatchObject({ line: brokenLine, severity: 'error' });
    expect(problem?.message).toMatch(/^ASL note/);
  });

  it('should read the audio introduction the manifest names', () => {
    const { title, problems } = read();
    expect(problems).toEqual([]);
    expect(title?.audioIntroduction?.srclang).toBe('en');
    expect(title?.audioIntroduction?.paragraphs[0]).toMatch(/^Audio introduction to Sound of Metal/);
  });

  it('should report an audio introduction the folder lacks, and still read the title', () => {
    rmSync(path.join(titles, DEMO, 'audio-introduction.txt'));
    const { title, problems } = read();
    expect(title?.audioIntroduction).toBeNull();
    expect(problems).toEqual([
      {
        file: expect.stringContaining('manifest.json'),
        severity: 'error',
        message: 'audioIntroduction: names audio-introduction.txt, which is missing',
      },
    ]);
  });

  it('should name the file and line of a problem in the audio introduction', () => {
    edit('audio-introduction.txt', (text) => `${text}\nA \u0007 bell.\n`);
    const { title, problems } = read();
    expect(title?.audioIntroduction).toBeNull();
    expect(problems).toEqual([
      {
        file: expect.stringContaining('audio-introduction.txt'),
        line: 13,
        column: 1,
        severity: 'error',
        message: 'audio introduction has a control or bidi-override character',
      },
    ]);
  });

  it('should read a title without an audio introduction as having none', () => {
    edit('manifest.json', (text) => {
      const manifest = JSON.parse(text);
      delete manifest.audioIntroduction;
      return JSON.stringify(manifest);
    });
    const { title, problems } = read();
    expect(problems).toEqual([]);
    expect(title?.audioIntroduction).toBeNull();
  });
});
