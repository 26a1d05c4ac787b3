// Verifies /play with an audio file instead of a video (Plyr #94): an MP3, an Ogg and a WAV
// (made here with ffmpeg, a 14-second tone) each play in the same player, with the caption
// overlay over a plain area, the transcript, the sync offset and the downloads; the whole path
// works from the keyboard; axe runs in each new state.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { formatVttTimestamp } from '../captions/format';
import { expectNoAxeViolations } from './axe';
import { seekTo, waitForPlayer } from './media';

const CUES = [
  { start: 2, end: 4, text: 'Alpha is heard.' },
  { start: 6, end: 8, text: 'Bravo answers.' },
  { start: 10, end: 12, text: 'Charlie closes.' },
];
const CAPTIONS = {
  name: 'talk.en.vtt',
  mimeType: 'text/vtt',
  buffer: Buffer.from(
    `WEBVTT\n\n${CUES.map((c) => `${formatVttTimestamp(c.start)} --> ${formatVttTimestamp(c.end)}\n${c.text}\n`).join('\n')}`,
  ),
};

const FORMATS = [
  { name: 'talk.mp3', mimeType: 'audio/mpeg', codec: ['-c:a', 'libmp3lame', '-b:a', '32k'] },
  { name: 'talk.ogg', mimeType: 'audio/ogg', codec: ['-c:a', 'libvorbis', '-q:a', '0'] },
  { name: 'talk.wav', mimeType: 'audio/wav', codec: ['-c:a', 'pcm_s16le', '-ar', '8000'] },
] as const;

let dir = '';
const audio: Record<string, Buffer> = {};

test.beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'play-audio-'));
  for (const format of FORMATS) {
    const file = path.join(dir, format.name);
    execFileSync('ffmpeg', [
      '-hide_banner',
      '-loglevel',
      'error',
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=440:duration=14',
      '-ac',
      '1',
      ...format.codec,
      file,
    ]);
    audio[format.name] = readFileSync(file);
  }
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test loads real media and runs axe several times: allow for a busy machine.
test.describe.configure({ timeout: 120_000 });

const overlay = (page: Page) => page.locator('[data-caption-overlay]');
const media = (page: Page) => page.locator('#title-video');

async function loadAudio(page: Page, format: (typeof FORMATS)[number]) {
  await page.goto('/play');
  await expect(page.getByLabel('Video file')).toBeEnabled();
  await page
    .getByLabel('Video file')
    .setInputFiles({ name: format.name, mimeType: format.mimeType, buffer: audio[format.name]! });
  await expect(page.locator('.play-status')).toHaveText(`Loaded the audio file ${format.name}.`);
  await page.getByLabel('Caption file').setInputFiles(CAPTIONS);
  await waitForPlayer(page);
}

for (const format of FORMATS) {
  test.describe(`given a local ${format.name} and a WebVTT file`, () => {
    test('should play the audio in the player with the caption overlay over a plain area and the transcript', async ({
      page,
    }) => {
      await loadAudio(page, format);
      await expect(media(page)).toHaveAttribute('data-media', 'audio');
      await expect(media(page)).toHaveAttribute('aria-label', `${format.name}: audio`);
      expect(
        await media(page).evaluate((v: HTMLVideoElement) => [v.videoWidth, Math.round(v.duration)]),
      ).toEqual([0, 14]);
      // The plain area keeps the player's 16:9 box, so the captions have somewhere to go.
      const box = (await media(page).boundingBox())!;
      expect(box.height).toBeGreaterThan(100);
      for (const cue of CUES) {
        await seekTo(page, (cue.start + cue.end) / 2);
        await expect(overlay(page)).toHaveText(cue.text);
      }
      await expect(page.getByRole('region', { name: 'Transcript' }).locator('li[data-start]')).toHaveCount(
        CUES.length,
      );
      await expectNoAxeViolations(page, `${format.name} loaded`);
    });
  });
}

test.describe('given a local audio file, from the keyboard', () => {
  test('should play and pause, move the captions with the offset and offer the shifted files', async ({
    page,
  }) => {
    await loadAudio(page, FORMATS[0]);
    // Tab from the caption input into the player until the Play button has focus.
    const playButton = page.getByRole('button', { name: 'Play', exact: true });
    await page.getByLabel('Caption file').focus();
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      if (await playButton.evaluate((button) => button === document.activeElement)) break;
    }
    await expect(playButton).toBeFocused();
    await page.keyboard.press('Enter');
    // Played, the first caption comes up over the plain area as over a film.
    await expect(overlay(page)).toHaveText(CUES[0]!.text, { timeout: 20_000 });
    await expectNoAxeViolations(page, 'audio playing');
    await page.keyboard.press('k');
    await expect.poll(() => media(page).evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);

    const bravo = CUES[1]!;
    await seekTo(page, bravo.start - 0.3);
    await expect(overlay(page)).toHaveText('');
    await page.getByRole('button', { name: '1 s earlier' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Offset in milliseconds')).toHaveValue('-1000');
    await seekTo(page, bravo.start - 0.3);
    await expect(overlay(page)).toHaveText(bravo.text);
    await expect(page.getByRole('link', { name: 'Download talk.en.shifted.vtt' })).toBeVisible();
    await expectNoAxeViolations(page, 'audio with an offset');
  });
});
