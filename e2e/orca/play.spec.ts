// /play through a real screen reader (Orca, e2e/orca/fixture.ts): a viewer Tabs to the caption file
// button, presses Space and chooses a broken WebVTT file; Orca should then say which line holds
// the first error and what it is, read from the same core the page uses (captions/caption-file.ts).
import { expect } from '@playwright/test';
import { readCaptionFile } from '../../captions/caption-file';
import { screenReaderTest } from './fixture';
import { expectToHearInOrder } from './speech';

const test = screenReaderTest();

// Line 6 is a timestamp that is not one.
const BROKEN = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:03.000',
  'A fine cue.',
  '',
  '00:00:0x.000 --> 00:00:05.000',
  'Lost cue.',
  '',
].join('\n');

test('choosing a broken caption file hears the first error with its line', async ({ page, speech, key }) => {
  const read = readCaptionFile('broken.vtt', Buffer.from(BROKEN));
  if (!read.ok) throw new Error('the broken file should still be read');
  const [first] = read.errors.filter((e) => e.severity === 'error');
  expect(first, 'the file has an error').toBeDefined();

  page.on('filechooser', (chooser) =>
    chooser.setFiles({ name: 'broken.vtt', mimeType: 'text/vtt', buffer: Buffer.from(BROKEN) }),
  );
  await speech.after(
    async () => {
      await page.goto('/play');
      await page.bringToFront();
    },
    { first: 'document web' },
  );
  // The file inputs come after the page's heading: Tab from there until Orca names the caption one.
  let heard: string[] = [];
  for (let i = 0; i < 20 && !heard.some((h) => h.startsWith('Caption file')); i++)
    heard = await speech.after(() => key('Tab'), { quietMs: 500 });
  expect(heard, 'Tab should reach the caption file button').toContainEqual(
    expect.stringMatching(/^Caption file\b.*\bbutton/),
  );

  // Space opens the file chooser; Playwright answers it in the viewer's place (listening from
  // the start, so Chromium hands the chooser to Playwright instead of opening its own dialog).
  const said = await speech.after(() => key('space'), { first: `line ${first!.line}` });
  expectToHearInOrder(said, ['broken.vtt', `line ${first!.line}: ${first!.message}`]);
});
