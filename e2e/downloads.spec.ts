// Verifies the transcript downloads on the standalone page: for every transcript language, the
// plain-text transcript (chapter headings, speakers, sound cues, descriptions), the original
// WebVTT file byte for byte, and the cues as SubRip, each with its content type and file name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { formatTimestamp } from '../captions/format';
import { parseSrt } from '../captions/srt';
import { expectNoAxeViolations } from './axe';
import { DEMO_SLUG, readTitle, transcriptLanguagesOf } from './title-data';

const title = readTitle();
const languages = transcriptLanguagesOf(title);
const fileName = (srclang: string, format: string) =>
  format === 'txt' ? `${DEMO_SLUG}-transcript.${srclang}.txt` : `${DEMO_SLUG}.${srclang}.${format}`;
const url = (srclang: string, format: string) =>
  `/watch/${DEMO_SLUG}/transcript/${fileName(srclang, format)}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

// Axe on a busy test machine can take longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

test.describe('given the standalone transcript page', () => {
  test('should offer each language as text, WebVTT and SubRip', async ({ page }) => {
    await page.goto(`/watch/${DEMO_SLUG}/transcript`);
    const downloads = page.getByRole('region', { name: 'Download' });
    for (const { srclang, label } of languages) {
      for (const format of ['txt', 'vtt', 'srt']) {
        const link = downloads.getByRole('link', {
          name: new RegExp(`^${escape(label)}: .*\\(\\.${format}\\)$`),
        });
        await expect(link).toHaveAttribute('href', url(srclang, format));
        await expect(link).toHaveAttribute('download', fileName(srclang, format));
      }
    }
    await expectNoAxeViolations(page, 'standalone transcript with downloads');
  });

  test('should save a download under its file name', async ({ page }) => {
    await page.goto(`/watch/${DEMO_SLUG}/transcript`);
    const { srclang, label } = languages[0]!;
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: new RegExp(`^${escape(label)}: .*\\(\\.srt\\)$`) }).click();
    expect((await downloading).suggestedFilename()).toBe(fileName(srclang, 'srt'));
  });
});

for (const language of languages) {
  const track = title.tracks.find((t) => t.kind === language.kind && t.srclang === language.srclang)!;
  const entries = language.chapters.flatMap((c) => c.entries);

  test.describe(`given the ${language.label} downloads`, () => {
    test('should serve the plain-text transcript with headings, speakers, sounds and descriptions in order', async ({
      request,
    }) => {
      const response = await request.get(url(language.srclang, 'txt'));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
      expect(response.headers()['content-disposition']).toBe(
        `attachment; filename="${fileName(language.srclang, 'txt')}"`,
      );
      const text = await response.text();
      expect(text.startsWith(title.manifest.title)).toBe(true);
      let position = 0;
      for (const chapter of language.chapters) {
        if (chapter.title) {
          const at = text.indexOf(`${chapter.title} (${formatTimestamp(chapter.startTime)})`, position);
          expect(at, `chapter "${chapter.title}"`).toBeGreaterThan(position - 1);
          position = at;
        }
        for (const entry of chapter.entries) {
          const label =
            entry.kind === 'sound' ? 'Sound: ' : entry.kind === 'description' ? 'Description: ' : '';
          const line = `[${formatTimestamp(entry.startTime)}] ${label}${entry.speaker ? `${entry.speaker}: ` : ''}${oneLine(entry.text)}`;
          const at = text.indexOf(line, position);
          expect(at, line).toBeGreaterThan(position - 1);
          position = at;
        }
      }
      expect(text.match(/\] Description: /g) ?? []).toHaveLength(
        entries.filter((e) => e.kind === 'description').length,
      );
    });

    test('should serve the original WebVTT file, byte for byte', async ({ request }) => {
      const response = await request.get(url(language.srclang, 'vtt'));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('text/vtt; charset=utf-8');
      expect(response.headers()['content-disposition']).toBe(
        `attachment; filename="${fileName(language.srclang, 'vtt')}"`,
      );
      expect(
        Buffer.from(await response.body()).equals(readFileSync(path.join(title.folder, track.src))),
      ).toBe(true);
    });

    test('should serve SubRip that reads back as the same cues', async ({ request }) => {
      const response = await request.get(url(language.srclang, 'srt'));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/x-subrip; charset=utf-8');
      expect(response.headers()['content-disposition']).toBe(
        `attachment; filename="${fileName(language.srclang, 'srt')}"`,
      );
      const { cues, errors } = parseSrt(await response.text());
      expect(errors).toEqual([]);
      const speech = (cue: (typeof track.parsed.cues)[number]) =>
        entries.find((e) => e.startTime === cue.startTime && e.kind !== 'description')!;
      expect(cues.map((c) => [c.startTime, c.endTime, oneLine(c.text.replace(/<\/?[ibu]>/g, ''))])).toEqual(
        track.parsed.cues.map((c) => {
          const entry = speech(c);
          return [
            c.startTime,
            c.endTime,
            `${entry.speaker ? `${entry.speaker}: ` : ''}${oneLine(entry.text)}`,
          ];
        }),
      );
    });
  });
}
