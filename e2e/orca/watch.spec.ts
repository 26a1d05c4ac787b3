// The watch page through a real screen reader: Orca, on a private virtual desktop
// (e2e/orca/fixture.ts), with its speech captured as text. Each journey acts as a blind viewer
// does (Orca's own keys pressed on the display, not through the browser) and asserts the stable
// parts of what Orca says (names, roles, states), never whole transcripts. Every expected phrase
// that is content comes from the shipped title (e2e/title-data.ts). Preferences a journey needs
// are stored before the page loads, the way the app keeps them, so the journeys do not depend on
// where the player puts its settings.
import { expect, type Page } from '@playwright/test';
import { cuePlainText, cueSpeaker } from '../../captions/cue-text-plain';
import { formatTimestamp } from '../../captions/format';
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  writePreferences,
  type Preferences,
} from '../../components/preferences/preferences';
import { seekTo, videoState, waitForPlayer } from '../media';
import { cuesOf, DEMO_SLUG, readTitle, transcriptOf } from '../title-data';
import { screenReaderTest } from './fixture';
import { expectToHearInOrder, type Speech } from './speech';

const test = screenReaderTest();

const title = readTitle();
const lines = transcriptOf(title).flatMap((chapter) => chapter.entries);

/** Opens the watch page and gives the page keyboard focus, as a viewer arriving from a link. */
async function openWatchPage(page: Page, speech: Speech, preferences: Partial<Preferences> = {}) {
  if (Object.keys(preferences).length)
    await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      PREFERENCES_KEY,
      writePreferences({ ...DEFAULT_PREFERENCES, ...preferences }),
    ] as const);
  // Orca's announcement of a new page ends with the document's name and role.
  const heard = await speech.after(
    async () => {
      await page.goto(`/watch/${DEMO_SLUG}`);
      await waitForPlayer(page);
      await page.bringToFront();
    },
    { first: 'document web' },
  );
  expect(heard, 'Orca should announce the page').toContainEqual(
    expect.stringContaining(title.manifest.title),
  );
}

/** Plays the video from `seconds` (through the page: what is tested is what Orca says as it plays). */
async function playFrom(page: Page, seconds: number) {
  await seekTo(page, seconds);
  await page.locator('#title-video').evaluate((video: HTMLVideoElement) => video.play());
}

test('navigating by headings hears the title, then Player, Transcript and ASL interpreter notes', async ({
  page,
  speech,
  key,
}) => {
  await openWatchPage(page, speech);
  const heard: string[] = [];
  // `h` is Orca's next-heading key; as many presses as it takes, within a cap.
  for (let i = 0; i < 12 && !heard.some((h) => h.startsWith('ASL interpreter notes heading')); i++)
    heard.push(...(await speech.after(() => key('h'))));
  expectToHearInOrder(heard, [
    `${title.manifest.title} heading level 1`,
    'Player heading level 2',
    'Transcript heading level 2',
    'ASL interpreter notes heading level 2',
  ]);
});

test('Tab reaches Play with its name and role, and Space makes it Pause', async ({ page, speech, key }) => {
  await openWatchPage(page, speech);
  // To the Player heading first (Tab then starts from there, as after any reading-cursor move).
  await headingNamed(speech, key, 'Player');
  let heard: string[] = [];
  for (let i = 0; i < 20 && !heard.some((h) => PLAY.test(h)); i++)
    heard = await speech.after(() => key('Tab'), { quietMs: 500 });
  expect(heard, 'Tab should reach the Play button and Orca say its name and role').toContainEqual(
    expect.stringMatching(PLAY),
  );
  // Orca does not announce a change of name on the focused button by itself (the virtual screen
  // reader cannot show this); a viewer asks where they are (KP_Enter) and hears the new name.
  await speech.after(() => key('space'), { withinMs: 3000 });
  await expect
    .poll(async () => (await videoState(page)).paused, { message: 'Space should play' })
    .toBe(false);
  const where = await speech.after(() => key('KP_Enter'));
  expect(where, 'Orca should say the button is now Pause').toContainEqual(
    expect.stringMatching(/^Pause\b.*\bbutton/),
  );
});

test('opening caption settings from the Settings menu hears the menu, the dialog and its first control; Escape names the trigger', async ({
  page,
  speech,
  key,
}) => {
  await openWatchPage(page, speech);
  const trigger = page.getByRole('button', { name: 'Settings', exact: true });
  const onTrigger = await speech.after(() => trigger.focus());
  expect(onTrigger).toContainEqual(expect.stringMatching(/^Settings\b.*button/));
  // The menu's code loads on first use: wait for the menu to be announced (by its trigger's name).
  const menu = await speech.after(() => key('Return'), { first: /\bmenu\b/ });
  expect(menu).toContainEqual(expect.stringMatching(/^Settings menu/));
  // End goes to the last item (Keyboard shortcuts…), Up to the one before it.
  await speech.after(() => key('End'));
  const item = await speech.after(() => key('Up'));
  expect(item).toContainEqual(expect.stringMatching(/^Caption style/));
  const opened = await speech.after(() => key('Return'), { first: /\bdialog\b/ });
  expectToHearInOrder(opened, ['dialog', 'Changes apply at once', 'Close push button']);
  await expect(page.getByRole('dialog', { name: 'Caption settings' })).toBeVisible();

  await speech.after(() => key('Escape'));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(trigger).toBeFocused();
  // Where am I (KP_Enter) names what has focus now. (Orca does not always announce the return of
  // focus by itself: the trigger comes back from aria-hidden at the moment it gets focus.)
  // On a busy machine Orca can still be reading the menu it last knew when first asked; a viewer
  // asks again. The answer must come within three asks.
  let where: string[] = [];
  for (let ask = 0; ask < 3 && !where.some((line) => /^Settings\b.*button/.test(line)); ask++)
    where = await speech.after(() => key('KP_Enter'));
  expect(where, 'focus is back on the trigger, with its name and role').toContainEqual(
    expect.stringMatching(/^Settings\b.*button/),
  );
});

test('typing in the transcript search hears the match count once typing pauses', async ({
  page,
  speech,
  key,
  type,
}) => {
  // The first speaker's name: a word the transcript is sure to hold, in several lines.
  const word = lines.find((line) => line.speaker)!.speaker;
  const matching = lines.filter((line) =>
    `${line.speaker}: ${line.text}`.toLowerCase().includes(word.toLowerCase()),
  ).length;
  expect(matching, `several lines name ${word}`).toBeGreaterThan(1);
  await openWatchPage(page, speech);
  // Tab into the field, as a viewer does (Orca then leaves browse mode, so letters are typed, not
  // taken as its navigation keys): from the control before it.
  await page.getByRole('searchbox', { name: 'Search the transcript' }).focus();
  await speech.after(() => key('shift+Tab'), { quietMs: 500 });
  const field = await speech.after(() => key('Tab'));
  expect(field).toContainEqual(expect.stringMatching(/^Search the transcript entry/));
  expect(field, 'typing goes to the field').toContain('Focus mode');
  const heard = await speech.after(() => type(word), { quietMs: 2000 });
  const typed = await page.getByRole('searchbox', { name: 'Search the transcript' }).inputValue();
  expect(typed, 'the keys pressed on the display reach the field').toBe(word);
  // The count's unit is the line (components/transcript/transcript-search-field.tsx).
  expect(heard.at(-1), 'the count for the whole word, last').toBe(`1 of ${matching} matching lines`);
});

test('with voiced captions on, captions are heard as the video plays', async ({ page, speech }) => {
  const [first, second] = cuesOf(title, 'captions').filter(
    (cue) => cueSpeaker(cue.tree) && cue.startTime > 1,
  );
  expect(second, 'the title has two captions with speakers').toBeDefined();
  await openWatchPage(page, speech, { voicedCaptions: true });
  speech.clear();
  await playFrom(page, first!.startTime - 0.2);
  const heard = await speech.until(cuePlainText(second!.tree), 30_000);
  expectToHearInOrder(heard, [
    `${cueSpeaker(first!.tree)}: ${cuePlainText(first!.tree)}`,
    `${cueSpeaker(second!.tree)}: ${cuePlainText(second!.tree)}`,
  ]);
});

test('with descriptions through the screen reader, a description is heard', async ({ page, speech }) => {
  const description = cuesOf(title, 'descriptions').find((cue) => cue.startTime > 1);
  expect(description, 'the title has a description after its first second').toBeDefined();
  await openWatchPage(page, speech, {
    descriptions: { ...DEFAULT_PREFERENCES.descriptions, enabled: true, output: 'screen-reader' },
  });
  speech.clear();
  await playFrom(page, description!.startTime - 0.2);
  const heard = await speech.until(cuePlainText(description!.tree), 30_000);
  expectToHearInOrder(heard, [cuePlainText(description!.tree)]);
});

test('say all from the Transcript heading reads the lines in time order with times and speakers', async ({
  page,
  speech,
  key,
}) => {
  await openWatchPage(page, speech);
  await headingNamed(speech, key, 'Transcript');
  // KP_Add is Orca's say-all key in the desktop layout.
  const said = await speech.after(() => key('KP_Add'), { quietMs: 2000, withinMs: 60_000 });
  const spoken = lines.filter((line) => line.kind === 'speech').slice(0, 4);
  expectToHearInOrder(
    said,
    spoken.flatMap((line) => [formatTimestamp(line.startTime), line.speaker, line.text]),
  );
});

const PLAY = /^Play\b.*\bbutton/;

/** Presses Orca's next-heading key until it says the heading named `name` (at most 12 times). */
async function headingNamed(speech: Speech, key: (...keys: string[]) => void, name: string) {
  let heard: string[] = [];
  for (let i = 0; i < 12 && !heard.some((h) => h.startsWith(`${name} heading`)); i++)
    heard = await speech.after(() => key('h'));
  expect(heard, `Orca should reach the ${name} heading`).toContainEqual(
    expect.stringMatching(new RegExp(`^${name} heading level 2`)),
  );
}
