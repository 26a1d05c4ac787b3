// The watch page through a screen reader: a virtual screen reader (e2e/screen-reader.ts) reads the
// hydrated page from top to bottom and acts on it the way a reader user does. What it should hear
// is built from the shipped title through the same core the app uses (e2e/title-data.ts).
import { expect, test, type Page } from '@playwright/test';
import { cuePlainText, cueSpeaker } from '../captions/cue-text-plain';
import { formatSpokenDuration, formatTimestamp } from '../captions/format';
import type { TranscriptEntry } from '../captions/transcript';
import { seekTo, videoState, waitForPlayer } from './media';
import {
  expectInOrder,
  serveScreenReader,
  startScreenReader,
  withoutSpaces,
  type ScreenReader,
} from './screen-reader';
import { cuesOf, DEMO_SLUG, readTitle, transcriptOf } from './title-data';

test.use({ bypassCSP: true });
// A full walk of the watch page is a few thousand steps; the machine running the suite may be busy.
test.describe.configure({ timeout: 120_000 });

const title = readTitle();
const name = title.manifest.title;
const transcript = transcriptOf(title);
const notes = [...title.aslNotes].sort((a, b) => a.cue.startTime - b.cue.startTime);

const KIND_LABEL: Record<TranscriptEntry['kind'], string> = {
  speech: '',
  sound: 'Sound',
  description: 'Description',
};
/** A transcript line's link as it should be heard: time, who or what, the words. */
const cueLink = (e: TranscriptEntry) =>
  `link, ${formatTimestamp(e.startTime)}, ${[KIND_LABEL[e.kind], e.speaker]
    .filter(Boolean)
    .map((l) => `${l}: `)
    .join('')}${e.text}`;
const sameWords = (heard: string, expected: string) => withoutSpaces(heard) === withoutSpaces(expected);

async function openWatchPage(page: Page): Promise<ScreenReader> {
  await serveScreenReader(page);
  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
  return startScreenReader(page);
}

test.describe('given the watch page and a screen reader', () => {
  test('should hear the title, then the player controls with their names and states', async ({ page }) => {
    const reader = await openWatchPage(page);
    const heard = await reader.readToEnd();
    const duration = await page.locator('#title-video').evaluate((v: HTMLVideoElement) => v.duration);

    expectInOrder(heard, [
      `heading, ${name}, level 1`,
      'region, Player',
      'heading, Player, level 2',
      'group, Player controls',
    ]);
    const controls = heard.slice(
      heard.indexOf('group, Player controls'),
      heard.indexOf('end of group, Player controls'),
    );
    const prefixed =
      (start: string, ...parts: string[]) =>
      (h: string) =>
        h.startsWith(start) && parts.every((p) => h.includes(p));
    const expected: [string, (h: string) => boolean][] = [
      [
        'the seek slider with the time spoken',
        prefixed(
          'slider, Seek',
          `current value ${formatSpokenDuration(0)} of ${formatSpokenDuration(duration)}`,
        ),
      ],
      ['Play with its keys', prefixed('button, Play', 'key shortcuts')],
      ['Mute, not pressed', prefixed('button, Mute', 'not pressed')],
      ['the volume in percent', prefixed('slider, Volume', 'current value 100 percent')],
      // Captions, speed and the dialogs are in the settings menu now: one button, a menu behind it.
      ['captions on, with its key', prefixed('button, Captions', 'key shortcuts')],
      ['the settings menu button', prefixed('button, Settings', 'not expanded')],
      ['full screen, not pressed', prefixed('button, Full screen', 'not pressed')],
    ];
    let from = 0;
    for (const [what, matches] of expected) {
      const at = controls.findIndex((h, i) => i >= from && matches(h));
      expect(
        at,
        `should hear ${what} in the player controls: ${JSON.stringify(controls, null, 1)}`,
      ).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
    expect(
      heard.find((h) => h.startsWith('button, Audio description')),
      'the description toggle with its state',
    ).toMatch(/not pressed$/);
  });

  test('should hear the transcript heading, every chapter, and every line with its time, in time order', async ({
    page,
  }) => {
    const reader = await openWatchPage(page);
    const heard = await reader.readToEnd();
    const start = heard.indexOf('region, Transcript');
    expect(start, 'a region named Transcript').toBeGreaterThan(0);
    const section = heard.slice(start, heard.indexOf('end of region, Transcript'));
    expect(section).toContain('heading, Transcript, level 2');
    expect(section).toContain('searchbox, Search the transcript');
    expectInOrder(
      section,
      transcript.flatMap((chapter) => [
        ...(chapter.title
          ? [`heading, ${chapter.title} (${formatTimestamp(chapter.startTime)}), level 3`]
          : []),
        ...chapter.entries.map(cueLink),
      ]),
      sameWords,
    );
  });

  test('should hear the ASL notes: each sign, the moment it links to and its dictionary', async ({
    page,
  }) => {
    expect(notes.length, 'the demo title has notes').toBeGreaterThan(0);
    const reader = await openWatchPage(page);
    const heard = await reader.readToEnd();
    const section = heard.slice(
      heard.indexOf('region, ASL interpreter notes'),
      heard.indexOf('end of region, ASL interpreter notes'),
    );
    expectInOrder(section, [
      'heading, ASL interpreter notes, level 2',
      'heading, Sign at this moment, level 3',
      'heading, All notes, level 3',
    ]);
    expectInOrder(
      section,
      notes.flatMap(({ cue, note }) => [
        `heading, ${note.gloss}: ${note.title}, level 4`,
        `link, Watch ${note.gloss} from ${formatTimestamp(cue.startTime)}`,
        note.body,
        `link, ${note.dictionary.name}`,
      ]),
    );
  });

  test('should hear Play become Pause and Mute become pressed after acting on them', async ({ page }) => {
    const reader = await openWatchPage(page);
    await reader.moveTo('button, Play');
    await reader.act();
    await expect.poll(async () => (await videoState(page)).paused).toBe(false);
    // The reading cursor starts again from the top, as after a page change in a real reader.
    await reader.stop();
    const again = await startScreenReader(page);
    expect(await again.moveTo('button, Pause')).toContain('key shortcuts');
    await again.act();
    await expect.poll(async () => (await videoState(page)).paused).toBe(true);

    expect(await again.moveTo('button, Mute')).toMatch(/not pressed$/);
    await again.act();
    await expect.poll(async () => (await videoState(page)).muted).toBe(true);
    await again.stop();
    const third = await startScreenReader(page);
    expect(await third.moveTo('button, Mute')).toMatch(/, pressed$/);
  });

  test('should hear each caption as it plays once voiced captions are on', async ({ page }) => {
    const spoken = cuesOf(title, 'captions')
      .filter((cue) => cueSpeaker(cue.tree) && cue.startTime > 1)
      .slice(0, 2);
    expect(spoken.length, 'the demo title has captions with speakers').toBe(2);
    const reader = await openWatchPage(page);
    await reader.moveTo('checkbox, Voice captions to my screen reader');
    await reader.act();
    await seekTo(page, spoken[0]!.startTime + 0.05);
    await reader.expectToHear(`polite: ${cueSpeaker(spoken[0]!.tree)}: ${cuePlainText(spoken[0]!.tree)}`);
    await seekTo(page, spoken[1]!.startTime + 0.05);
    await reader.expectToHear(`polite: ${cueSpeaker(spoken[1]!.tree)}: ${cuePlainText(spoken[1]!.tree)}`);
  });

  test('should hear descriptions through the screen reader when the viewer chooses it', async ({ page }) => {
    const description = cuesOf(title, 'descriptions').find((cue) => cue.startTime > 1);
    expect(description, 'the demo title has a description after its first second').toBeDefined();
    const reader = await openWatchPage(page);
    await reader.moveTo('button, Audio description');
    await reader.act();
    // The settings' code loads once description is on; a reader moving on meets them when shown.
    await expect(page.locator('summary', { hasText: 'Description settings' })).toBeVisible();
    await reader.moveTo('Description settings');
    await reader.act();
    await reader.moveTo('radio, Through my screen reader');
    await reader.act();
    await seekTo(page, description!.startTime + 0.05);
    await reader.expectToHear(`polite: ${cuePlainText(description!.tree)}`);
  });

  test('should hear the match count while searching the transcript, and the next match on Enter', async ({
    page,
  }) => {
    // The title's first speaker's name: a word the transcript is sure to hold, found in several lines.
    const speaker = transcript.flatMap((c) => c.entries).find((e) => e.speaker)!.speaker;
    const lines = transcript
      .flatMap((c) => c.entries)
      .filter((e) => `${e.speaker}: ${e.text}`.toLowerCase().includes(speaker.toLowerCase()));
    expect(lines.length, `several lines name ${speaker}`).toBeGreaterThan(1);
    const reader = await openWatchPage(page);
    await reader.moveTo('searchbox, Search the transcript');
    await reader.act();
    await reader.type(speaker);
    await reader.expectToHear(`polite: 1 of ${lines.length} matching lines`);
    await reader.press('Enter');
    await reader.expectToHear(`polite: 2 of ${lines.length} matching lines`);
  });

  test('should hear each new sign note once the viewer turns announcements on', async ({ page }) => {
    const [first, second] = notes;
    expect(second, 'the demo title has two notes').toBeDefined();
    const reader = await openWatchPage(page);
    await reader.moveTo('checkbox, Announce each new sign note to my screen reader');
    await reader.act();
    for (const { cue, note } of [first!, second!]) {
      await seekTo(page, (cue.startTime + cue.endTime) / 2);
      await reader.expectToHear(`polite: ASL note: ${note.gloss}, ${note.title}`);
    }
  });
});
