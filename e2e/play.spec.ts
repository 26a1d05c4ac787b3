// Verifies /play, the bring-your-own player: a local video and WebVTT or SubRip files (fixtures
// made here) play in the shared player with the caption overlay; the validation report lists the
// planted errors with their lines and quotes; the sync offset moves the overlay's timing (seek,
// then read) and the downloaded files carry the shifted times; hostile files (script in cue text
// and in the file name, `javascript:` text, over 10 MB, binary, empty, header only) each get their
// message, execute nothing and leave the page usable; and no request ever carries file content
// or leaves the origin. Axe runs after each state a user can reach.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { MAX_CAPTION_FILE_BYTES, readCaptionFile } from '../captions/caption-file';
import { formatVttTimestamp } from '../captions/format';
import { parseWebVTT } from '../captions/parse';
import { formatSrtTimestamp, parseSrt } from '../captions/srt';
import { expectNoAxeViolations } from './axe';
import { chooseSetting, seekTo, waitForPlayer } from './media';
import { DEMO_SLUG } from './title-data';

/** The user's "local" video: the demo featurette, handed to the page as a file, not a URL. */
const VIDEO = {
  name: 'my-holiday.webm',
  mimeType: 'video/webm',
  buffer: readFileSync(path.join('public', 'media', DEMO_SLUG, 'featurette.webm')),
};

interface FixtureCue {
  start: number;
  end: number;
  text: string;
}

const CUES: FixtureCue[] = [
  { start: 2, end: 4, text: 'Alpha is on screen.' },
  { start: 6, end: 8, text: 'Bravo follows it.' },
  { start: 10, end: 12, text: 'Charlie closes.' },
];
const vtt = (cues: readonly FixtureCue[]) =>
  `WEBVTT\n\n${cues.map((c, i) => `${i + 1}\n${formatVttTimestamp(c.start)} --> ${formatVttTimestamp(c.end)}\n${c.text}\n`).join('\n')}`;
const srt = (cues: readonly FixtureCue[]) =>
  cues
    .map(
      (c, i) =>
        `${i + 1}\r\n${formatSrtTimestamp(c.start)} --> ${formatSrtTimestamp(c.end)}\r\n${c.text}\r\n`,
    )
    .join('\r\n');
const textFile = (name: string, text: string, mimeType = 'text/vtt') => ({
  name,
  mimeType,
  buffer: Buffer.from(text, 'utf8'),
});

/** A file with errors planted on known lines: a bad timestamp, a cue ending before it starts, a stray block. */
const PLANTED_LINES = {
  badTimestamp: '00:00:0x.000 --> 00:00:05.000',
  backwards: '00:00:09.000 --> 00:00:08.000',
  stray: 'this line is not a cue',
};
const PLANTED = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:03.000',
  'A fine cue.',
  '',
  PLANTED_LINES.badTimestamp,
  'Lost cue.',
  '',
  '00:00:06.000 --> 00:00:06.200',
  'Far too many words to read in a fifth of a second.',
  '',
  PLANTED_LINES.backwards,
  'Backwards cue.',
  '',
  PLANTED_LINES.stray,
  '',
].join('\n');

const middle = (cue: FixtureCue, offsetMs = 0) => (cue.start + cue.end) / 2 + offsetMs / 1000;
const overlay = (page: Page) => page.locator('[data-caption-overlay]');
const report = (page: Page) => page.getByRole('region', { name: 'Validation report' });

async function openPlay(page: Page) {
  await page.goto('/play');
  await expect(page.getByLabel('Video file')).toBeEnabled();
}

async function load(page: Page, captions: Parameters<Page['setInputFiles']>[1], { video = true } = {}) {
  if (video) await page.getByLabel('Video file').setInputFiles(VIDEO);
  await page.getByLabel('Caption file').setInputFiles(captions);
  if (video) await waitForPlayer(page);
}

// Each test loads a real video and runs axe several times: allow for a busy machine.
test.describe.configure({ timeout: 120_000 });

let dialogs: string[] = [];
let offending: string[] = [];

test.beforeEach(async ({ page, baseURL }) => {
  dialogs = [];
  offending = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Every request must be a plain read of this origin (or a page-local blob:/data: URL): none
  // carries a body, none goes elsewhere.
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local = url.protocol === 'blob:' || url.protocol === 'data:';
    if (
      request.postDataBuffer() !== null ||
      !['GET', 'HEAD'].includes(request.method()) ||
      (!local && url.origin !== origin)
    ) {
      offending.push(`${request.method()} ${request.url()}`);
    }
  });
});

test.afterEach(async ({ page }) => {
  expect(offending, 'requests that could carry file content').toEqual([]);
  expect(dialogs, 'dialogs opened by file content').toEqual([]);
  expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
});

test.describe('given /play with no files', () => {
  test('should offer the two named inputs and say that files stay on the device', async ({ page }) => {
    await openPlay(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Play your own video and captions');
    await expect(page.getByLabel('Caption file')).toHaveAttribute('multiple', '');
    await expect(page.getByText(/Your files stay on this device/)).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Play your own files' }),
    ).toHaveAttribute('href', '/play');
    await expectNoAxeViolations(page, '/play empty');
  });
});

test.describe('given a local video and a WebVTT file', () => {
  test('should play the local video with the caption overlay and the transcript', async ({ page }) => {
    await openPlay(page);
    await load(page, textFile('film.en.vtt', vtt(CUES)));
    expect(await page.locator('#title-video').evaluate((v: HTMLVideoElement) => v.currentSrc)).toMatch(
      /^blob:/,
    );
    for (const cue of CUES) {
      await seekTo(page, middle(cue));
      await expect(overlay(page)).toHaveText(cue.text);
    }
    await seekTo(page, 5);
    await expect(overlay(page)).toHaveText('');
    const transcript = page.getByRole('region', { name: 'Transcript' });
    await expect(transcript.locator('li[data-start]')).toHaveCount(CUES.length);
    await expect(report(page).locator('[data-report-summary]')).toHaveText('1 file: 0 errors, 0 warnings.');
    await expectNoAxeViolations(page, 'video and captions loaded');

    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction(() => {
      const video = document.querySelector<HTMLVideoElement>('#title-video');
      return !!video && !video.paused && video.currentTime > 5;
    });
    await expectNoAxeViolations(page, 'playing');
  });

  test('should search the transcript of the chosen captions and seek from a match by keyboard', async ({
    page,
  }) => {
    await openPlay(page);
    await load(page, textFile('film.en.vtt', vtt(CUES)));
    const transcript = page.getByRole('region', { name: 'Transcript' });
    const field = transcript.getByRole('searchbox', { name: 'Search the transcript' });
    // "o" is in every cue, "ow" only in "Bravo follows it." (case and all).
    await field.fill('OW');
    await expect(transcript.getByRole('status').first()).toHaveText('1 of 1 matching line');
    const match = transcript.locator(`li[data-start="${CUES[1]!.start}"]`);
    await expect(match.locator('mark')).toHaveText(['ow']);
    await expect(transcript.locator('mark')).toHaveCount(1);
    await expectNoAxeViolations(page, '/play transcript searched');
    await match.getByRole('link').focus();
    await page.keyboard.press('Enter');
    await expect(overlay(page)).toHaveText(CUES[1]!.text);
  });

  test('should show a SubRip file in the overlay as the same cues', async ({ page }) => {
    await openPlay(page);
    await load(page, textFile('film.en.srt', srt(CUES), 'application/x-subrip'));
    await seekTo(page, middle(CUES[1]!));
    await expect(overlay(page)).toHaveText(CUES[1]!.text);
    await expect(report(page)).toContainText('SubRip, UTF-8, 3 cues.');
    await expectNoAxeViolations(page, 'SubRip loaded');
  });
});

test.describe('given files dropped on the page', () => {
  test('should take the video for the player and the rest as caption files', async ({ page }) => {
    await openPlay(page);
    const dataTransfer = await page.evaluateHandle(
      ({ captions }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([captions], 'dropped.en.vtt', { type: 'text/vtt' }));
        transfer.items.add(new File(['not really a video'], 'dropped.webm', { type: 'video/webm' }));
        return transfer;
      },
      { captions: vtt(CUES) },
    );
    await page.locator('.play-drop').dispatchEvent('drop', { dataTransfer });
    await expect(report(page).getByRole('heading', { name: 'dropped.en.vtt' })).toBeVisible();
    await expect(page.locator('#title-video')).toHaveAttribute('aria-label', 'dropped.webm: video');
    expect(await page.locator('#title-video').getAttribute('src')).toMatch(/^blob:/);
    // Not a playable video: the player says so, and the page goes on working.
    await expect(page.getByRole('alert').filter({ hasText: 'The video could not be played' })).toBeVisible();
    await expectNoAxeViolations(page, 'dropped files');
  });
});

test.describe('given a caption file with planted errors', () => {
  test('should list each error with its line and the line quoted, with a summary count', async ({ page }) => {
    await openPlay(page);
    await load(page, textFile('planted.vtt', PLANTED), { video: false });
    const expected = readCaptionFile('planted.vtt', Buffer.from(PLANTED));
    if (!expected.ok) throw new Error('the planted file should be read');
    const lines = PLANTED.split('\n');
    const parseErrors = expected.errors.filter((e) => e.severity === 'error');
    // Every planted line is reported as an error.
    for (const planted of Object.values(PLANTED_LINES)) {
      expect(parseErrors.map((e) => lines[e.line - 1])).toContain(planted);
    }
    const items = report(page).locator('li[data-severity="error"]');
    await expect(items).toHaveCount(
      parseErrors.length + expected.findings.filter((f) => f.severity === 'error').length,
    );
    for (const error of parseErrors) {
      const item = report(page).locator(`li[data-severity="error"][data-line="${error.line}"]`).first();
      await expect(item).toContainText(`line ${error.line}, column ${error.column}`);
      await expect(item.locator('code')).toHaveText(lines[error.line - 1]!);
    }
    const fast = expected.findings.find((f) => f.rule === 'reading-speed')!;
    const fastItem = report(page).locator(`li[data-rule="reading-speed"][data-line="${fast.line}"]`);
    await expect(fastItem).toContainText(`Reading speed: ${fast.message}`);
    await expect(fastItem).toContainText(`${fast.measured} characters a second`);
    await expect(fastItem).toContainText(`at most ${fast.threshold}`);
    const problems = [...expected.errors, ...expected.findings];
    const count = (severity: string) => problems.filter((p) => p.severity === severity).length;
    await expect(report(page).locator('[data-report-summary]')).toHaveText(
      `1 file: ${count('error')} errors, ${count('warning')} warnings.`,
    );
    await expectNoAxeViolations(page, 'report with errors');

    // The children's profile re-checks the same cues with its own thresholds.
    await page.getByLabel('Quality profile').selectOption('children');
    await expect(report(page).getByRole('heading', { name: 'Quality (children profile)' })).toBeVisible();
    await expectNoAxeViolations(page, 'children profile');
  });
});

test.describe('given captions that run late', () => {
  test('should move the overlay with the offset buttons and field, and export shifted files', async ({
    page,
  }) => {
    await openPlay(page);
    await load(page, textFile('late.en.vtt', vtt(CUES)));
    const bravo = CUES[1]!;
    const before = bravo.start - 0.3;

    await seekTo(page, before);
    await expect(overlay(page)).toHaveText('');
    // 5 fine steps earlier: Bravo now starts 0.5 s sooner, so it shows at the same moment.
    const earlier = page.getByRole('button', { name: '100 ms earlier' });
    for (let i = 0; i < 5; i += 1) await earlier.click();
    await expect(page.getByLabel('Offset in milliseconds')).toHaveValue('-500');
    await seekTo(page, before);
    await expect(overlay(page)).toHaveText(bravo.text);
    await expectNoAxeViolations(page, 'offset -500 ms');

    // A coarse step later by keyboard: +1 s leaves the moment empty again.
    await page.getByRole('button', { name: '1 s later' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Offset in milliseconds')).toHaveValue('500');
    await seekTo(page, bravo.start + 0.2);
    await expect(overlay(page)).toHaveText('');
    await seekTo(page, middle(bravo, 500));
    await expect(overlay(page)).toHaveText(bravo.text);

    // The exact number: -1500 ms.
    const offset = -1500;
    await page.getByLabel('Offset in milliseconds').fill(String(offset));
    await expect(page.locator('#play-offset-status')).toHaveText(/1\.5 s earlier/);
    await seekTo(page, middle(CUES[0]!, offset));
    await expect(overlay(page)).toHaveText(CUES[0]!.text);
    await expectNoAxeViolations(page, 'offset -1500 ms');

    const [vttDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download late.en.shifted.vtt' }).click(),
    ]);
    expect(vttDownload.suggestedFilename()).toBe('late.en.shifted.vtt');
    const exported = parseWebVTT(readFileSync((await vttDownload.path())!, 'utf8'));
    expect(exported.errors).toEqual([]);
    expect(exported.cues.map((c) => [c.startTime, c.endTime, c.text])).toEqual(
      CUES.map((c) => [c.start + offset / 1000, c.end + offset / 1000, c.text]),
    );

    const [srtDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download late.en.shifted.srt' }).click(),
    ]);
    const exportedSrt = parseSrt(readFileSync((await srtDownload.path())!, 'utf8'));
    expect(exportedSrt.errors).toEqual([]);
    expect(exportedSrt.cues.map((c) => [c.startTime, c.endTime, c.text])).toEqual(
      CUES.map((c) => [c.start + offset / 1000, c.end + offset / 1000, c.text]),
    );
  });
});

test.describe('given hostile files', () => {
  const SCRIPT_CUE =
    '<script>window.__pwned = 1; alert(1)</script><img src=x onerror="window.__pwned = 1">javascript:alert(2)';

  test('should show markup and script in cue text and file names as text, executing nothing', async ({
    page,
  }) => {
    await openPlay(page);
    const name = '<img src=x onerror=alert(3)>.vtt';
    await load(page, [
      textFile(name, vtt([{ start: 2, end: 4, text: SCRIPT_CUE }])),
      textFile('script.srt', srt([{ start: 6, end: 8, text: SCRIPT_CUE }]), 'application/x-subrip'),
    ]);
    await seekTo(page, 3);
    await expect(overlay(page)).toContainText('javascript:alert(2)');
    await expect(overlay(page).locator('script, img, a')).toHaveCount(0);
    await expect(report(page).getByRole('heading', { name })).toBeVisible();

    // SubRip has no such tags: the whole text is shown as written.
    await chooseSetting(page, 'Captions', 'script.srt');
    await seekTo(page, 7);
    await expect(overlay(page)).toHaveText(SCRIPT_CUE);
    await expect(page.locator('main script, main img')).toHaveCount(0);
    await expectNoAxeViolations(page, 'hostile cue text');
  });

  test('should refuse each unreadable file with its own message and stay usable', async ({ page }) => {
    await openPlay(page);
    const big = Buffer.alloc(MAX_CAPTION_FILE_BYTES + 1, 0x20);
    big.write('WEBVTT\n\n');
    const cases = [
      { name: 'huge.vtt', buffer: big, message: /up to 10\.0 MB/ },
      { name: 'movie.srt', buffer: VIDEO.buffer.subarray(0, 4096), message: /not UTF-8|NUL bytes/ },
      { name: 'empty.vtt', buffer: Buffer.alloc(0), message: /empty/ },
      { name: 'header.vtt', buffer: Buffer.from('WEBVTT\n\n'), message: /header but no cues/ },
      {
        name: 'latin1.vtt',
        buffer: Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\nCaf\xe9\n', 'latin1'),
        message: /not UTF-8/,
      },
    ];
    for (const { name, buffer, message } of cases) {
      await page.getByLabel('Caption file').setInputFiles({ name, mimeType: 'text/plain', buffer });
      const article = report(page).locator('article', {
        has: page.getByRole('heading', { name, exact: true }),
      });
      await expect(article.locator('[data-refused-message]')).toHaveText(message);
      await expect(page.getByRole('status').filter({ hasText: 'Refused 1 file' })).toBeVisible();
    }
    await expect(report(page).locator('[data-report-summary]')).toHaveText(
      `${cases.length} files: ${cases.length} errors, 0 warnings.`,
    );
    await expectNoAxeViolations(page, 'refused files');

    // Still usable: a good file after all of them plays with its overlay.
    await load(page, textFile('good.en.vtt', vtt(CUES)));
    await seekTo(page, middle(CUES[2]!));
    await expect(overlay(page)).toHaveText(CUES[2]!.text);
    await page.getByRole('button', { name: 'Remove huge.vtt' }).click();
    await expect(report(page).getByRole('heading', { name: 'huge.vtt' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'good file after refused ones');
  });
});
