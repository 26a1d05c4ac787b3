// Verifies the interactive descriptive transcript on the watch page and on its own page: a click
// or Enter on a cue seeks there; during playback the current cue moves and stays in view (jumping
// with reduced motion); scrolling away shows "Return to current" and stops following; search
// counts and highlights what the captions contain (ignoring case and accents), Enter / Shift+Enter
// step and Escape clears; timestamps, descriptions and following are persisted options; the
// language follows the player's captions or is chosen; a link to the moment can be copied; the
// print stylesheet drops the controls; an ARIA snapshot pins the structure; axe after each state.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatTimestamp } from '../captions/format';
import {
  applyPatch,
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  writePreferences,
} from '../components/preferences/preferences';
import { TRANSCRIPT_SECTION, expectNoAxeViolations } from './axe';
import { expectSeekedTo, seekTo, waitForPlayer } from './media';
import { cuesOf, DEMO_SLUG, readTitle, transcriptLanguagesOf } from './title-data';

const title = readTitle();
const [english, spanish] = transcriptLanguagesOf(title);
if (!english || !spanish)
  throw new Error('the demo title should have English captions and Spanish subtitles');
const entriesOf = (language: typeof english) => language.chapters.flatMap((c) => c.entries);
const englishEntries = entriesOf(english);

/** Folding done independently of the app's code: lower case, no accents, whitespace as one space. */
const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
const searchTextOf = (e: (typeof englishEntries)[number]) => `${e.speaker ? `${e.speaker}: ` : ''}${e.text}`;
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const expectedSearch = (entries: typeof englishEntries, query: string) => {
  const q = fold(query).trim();
  const matching = entries.filter((e) => fold(searchTextOf(e)).includes(q));
  return {
    entries: matching,
    lines: matching.length,
    marks: matching.reduce((n, e) => n + occurrences(fold(searchTextOf(e)), q), 0),
  };
};

/** A YAML single-quoted scalar, so a name holding ": " stays one item of the ARIA snapshot. */
const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The most frequent word of at least 5 letters among the entries: a query with several matches. */
function frequentWord(entries: typeof englishEntries): string {
  const counts = new Map<string, number>();
  for (const e of entries)
    for (const word of fold(searchTextOf(e)).match(/\p{L}{5,}/gu) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

// The machine running the suite may be busy; axe on a full watch page takes a while there.
test.describe.configure({ timeout: 120_000 });

const region = (page: Page) => page.getByRole('region', { name: 'Transcript' });
const shownList = (page: Page) => page.locator('.transcript:not([hidden])');
const panel = (page: Page) => page.locator('.transcript-scroller');
const item = (page: Page, startTime: number) =>
  shownList(page).locator(`li[data-start="${startTime}"]`).first();

/** Waits for hydration (the controls appear) and for the video's metadata. */
async function ready(page: Page) {
  await expect(page.getByRole('searchbox', { name: 'Search the transcript' })).toBeVisible();
  await page
    .locator('video')
    .evaluate(
      (video: HTMLVideoElement) =>
        video.readyState >= 1 ||
        new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true })),
    );
}

async function isInView(entry: Locator, container: Locator) {
  const [a, b] = await Promise.all([entry.boundingBox(), container.boundingBox()]);
  return !!a && !!b && a.y >= b.y - 1 && a.y + a.height <= b.y + b.height + 1;
}

test.describe('given the watch page', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 640 });
    await page.goto(`/watch/${DEMO_SLUG}`);
    await ready(page);
  });

  test('should pin the transcript structure: chapter headings, lists and time-named links', async ({
    page,
  }) => {
    const yaml = english.chapters
      .map((chapter) => {
        const heading = chapter.title
          ? `- ${quoted(`heading ${JSON.stringify(`${chapter.title} (${formatTimestamp(chapter.startTime)})`)} [level=3]`)}\n`
          : '';
        const links = chapter.entries.map((e) => {
          const kind = e.kind === 'sound' ? 'Sound: ' : e.kind === 'description' ? 'Description: ' : '';
          const name = `${formatTimestamp(e.startTime)}, ${kind}${searchTextOf(e)}`.replace(/\s+/g, ' ');
          return `  - listitem:\n    - ${quoted(`link ${JSON.stringify(name)}`)}`;
        });
        return `${heading}- list:\n${links.join('\n')}`;
      })
      .join('\n');
    await expect(shownList(page)).toMatchAriaSnapshot(yaml);
    await expect(shownList(page).getByRole('listitem')).toHaveCount(englishEntries.length);
    await expectNoAxeViolations(page, 'watch page, transcript hydrated', { include: TRANSCRIPT_SECTION });
  });

  test('should seek on a click on a cue, without leaving the page, and mark it current', async ({ page }) => {
    const entry = englishEntries[Math.floor(englishEntries.length / 2)]!;
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await item(page, entry.startTime).getByRole('link').click();
    await expectSeekedTo(page, entry.startTime);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await expect(page).toHaveURL(new RegExp(`\\?t=${Math.round(entry.startTime * 1000) / 1000}$`));
    await expect(item(page, entry.startTime)).toHaveAttribute('aria-current', 'true');
    await expect(shownList(page).locator('li[aria-current="true"]')).toHaveCount(1);
    await expectNoAxeViolations(page, 'after a click on a cue', { include: TRANSCRIPT_SECTION });
  });

  test('should seek on Enter on a focused cue link', async ({ page }) => {
    const entry = englishEntries[3]!;
    await item(page, entry.startTime).getByRole('link').focus();
    await page.keyboard.press('Enter');
    await expectSeekedTo(page, entry.startTime);
    await expect(item(page, entry.startTime)).toHaveAttribute('aria-current', 'true');
    await expect(item(page, entry.startTime).getByRole('link')).toBeFocused();
  });

  test('should move the current cue during playback and keep it in view, without moving focus', async ({
    page,
  }) => {
    const late = englishEntries.filter((e) => e.kind !== 'description').at(-4)!;
    const next = englishEntries.find((e) => e.startTime > late.startTime && e.kind !== 'description')!;
    // The panel is followed while it is on screen (phone.spec.ts: not while it is off screen).
    await panel(page).scrollIntoViewIfNeeded();
    await page.getByRole('searchbox', { name: 'Search the transcript' }).focus();
    await seekTo(page, late.startTime);
    await expect(item(page, late.startTime)).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => isInView(item(page, late.startTime), panel(page))).toBe(true);
    // At 3x the next cue comes three times sooner; the order of cues is what is checked.
    await page.locator('video').evaluate((v: HTMLVideoElement) => {
      v.muted = true;
      v.playbackRate = 3;
      return v.play();
    });
    await expect(item(page, next.startTime)).toHaveAttribute('aria-current', 'true', { timeout: 15_000 });
    await expect.poll(() => isInView(item(page, next.startTime), panel(page))).toBe(true);
    await expect(page.getByRole('searchbox', { name: 'Search the transcript' })).toBeFocused();
    await expectNoAxeViolations(page, 'during playback', { include: TRANSCRIPT_SECTION });
  });

  test('should show "Return to current" and stop following when the reader scrolls away', async ({
    page,
  }) => {
    const late = englishEntries.at(-3)!;
    await seekTo(page, englishEntries[1]!.startTime);
    await panel(page).hover();
    await page.mouse.wheel(0, 2000);
    const returnButton = page.getByRole('button', { name: 'Return to current' });
    await expect(returnButton).toBeVisible();
    await expectNoAxeViolations(page, 'scrolled away', { include: TRANSCRIPT_SECTION });
    const scrolled = await panel(page).evaluate((p) => p.scrollTop);
    await seekTo(page, englishEntries[2]!.startTime);
    await expect(item(page, englishEntries[2]!.startTime)).toHaveAttribute('aria-current', 'true');
    expect(await panel(page).evaluate((p) => p.scrollTop)).toBe(scrolled);

    await seekTo(page, late.startTime);
    await page.mouse.wheel(0, -4000);
    await expect.poll(() => isInView(item(page, late.startTime), panel(page))).toBe(false);
    await returnButton.click();
    await expect.poll(() => isInView(item(page, late.startTime), panel(page))).toBe(true);
    await expectNoAxeViolations(page, 'returned to current', { include: TRANSCRIPT_SECTION });
  });

  test('should pause following while focus is inside the transcript', async ({ page }) => {
    await item(page, englishEntries[0]!.startTime).getByRole('link').focus();
    await expect(page.getByRole('button', { name: 'Return to current' })).toBeVisible();
    const top = await panel(page).evaluate((p) => p.scrollTop);
    await seekTo(page, englishEntries.at(-1)!.startTime);
    await expect(item(page, englishEntries.at(-1)!.startTime)).toHaveAttribute('aria-current', 'true');
    expect(await panel(page).evaluate((p) => p.scrollTop)).toBe(top);
    await expect(item(page, englishEntries[0]!.startTime).getByRole('link')).toBeFocused();
  });

  test('should search ignoring case, highlight each match the view reaches and step with Enter, Shift+Enter and Escape', async ({
    page,
  }) => {
    const word = frequentWord(englishEntries);
    const expected = expectedSearch(englishEntries, word);
    expect(expected.lines).toBeGreaterThan(1);
    const field = page.getByRole('searchbox', { name: 'Search the transcript' });
    const status = region(page).getByRole('status').first();
    await field.fill(word.toUpperCase());
    await expect(status).toHaveText(`1 of ${expected.lines} matching lines`);
    // Each match is highlighted once the view reaches it.
    for (const entry of expected.entries) {
      await item(page, entry.startTime).scrollIntoViewIfNeeded();
      await expect(item(page, entry.startTime).locator('mark').first()).toBeVisible();
    }
    await expect(shownList(page).locator('mark')).toHaveCount(expected.marks);
    for (const mark of await shownList(page).locator('mark').allTextContents())
      expect(fold(mark)).toBe(fold(word));
    await expect(shownList(page).locator('li[data-match]')).toHaveCount(expected.lines);
    await expectNoAxeViolations(page, 'search results', { include: TRANSCRIPT_SECTION });

    await field.press('Enter');
    await expect(status).toHaveText(`2 of ${expected.lines} matching lines`);
    const second = shownList(page).locator('li[data-match]').nth(1);
    await expect(second).toHaveAttribute('data-current-match', '');
    await expect.poll(() => isInView(second, panel(page))).toBe(true);
    await field.press('Shift+Enter');
    await field.press('Shift+Enter');
    await expect(status).toHaveText(`${expected.lines} of ${expected.lines} matching lines`);

    await page.getByRole('checkbox', { name: 'Show only matching lines' }).check();
    await expect(shownList(page).locator('li:visible')).toHaveCount(expected.lines);
    await expectNoAxeViolations(page, 'filtered to matches', { include: TRANSCRIPT_SECTION });

    await field.press('Escape');
    await expect(field).toHaveValue('');
    await expect(status).toHaveText('');
    await expect(shownList(page).locator('mark')).toHaveCount(0);
    await expect(shownList(page).locator('li:visible')).toHaveCount(englishEntries.length);
  });

  test('should remember a transcript language chosen on its own across a reload, and follow the captions again', async ({
    page,
  }) => {
    const language = page.getByRole('combobox', { name: 'Language' });
    await language.selectOption({ label: spanish.label });
    await expect(page.locator(`.transcript[data-transcript-lang="${spanish.srclang}"]`)).toBeVisible();
    await page.reload();
    await expect(language).toHaveValue(spanish.srclang);
    await expect(page.locator(`.transcript[data-transcript-lang="${spanish.srclang}"]`)).toBeVisible();
    await expect(page.locator(`.transcript[data-transcript-lang="${english.srclang}"]`)).toBeHidden();
    await language.selectOption('follow');
    await page.reload();
    await expect(language).toHaveValue('follow');
    await expect(page.locator(`.transcript[data-transcript-lang="${english.srclang}"]`)).toBeVisible();
  });

  test('should say when nothing matches', async ({ page }) => {
    await page.getByRole('searchbox', { name: 'Search the transcript' }).fill('zzqxj');
    await expect(region(page).getByRole('status').first()).toHaveText('No matching lines');
    await expect(shownList(page).locator('mark')).toHaveCount(0);
  });

  test('should switch to the Spanish subtitles and find words without typing their accents', async ({
    page,
  }) => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: spanish.label });
    await expect(page.locator(`.transcript[data-transcript-lang="${spanish.srclang}"]`)).toBeVisible();
    await expect(page.locator(`.transcript[data-transcript-lang="${english.srclang}"]`)).toBeHidden();
    await expect(shownList(page).getByRole('listitem')).toHaveCount(entriesOf(spanish).length);
    await expectNoAxeViolations(page, 'Spanish transcript', { include: TRANSCRIPT_SECTION });

    const accented = entriesOf(spanish)
      .flatMap((e) => e.text.match(/\p{L}*[áéíóúñ]\p{L}*/gu) ?? [])
      .find((w) => w.length >= 4)!;
    const plain = accented.normalize('NFD').replace(/\p{M}/gu, '');
    const expected = expectedSearch(entriesOf(spanish), plain);
    await page.getByRole('searchbox', { name: 'Search the transcript' }).fill(plain);
    await expect(region(page).getByRole('status').first()).toHaveText(
      `1 of ${expected.lines} matching ${expected.lines === 1 ? 'line' : 'lines'}`,
    );
    await expect(shownList(page).locator('mark').first()).toHaveText(new RegExp(accented, 'i'));
  });

  test('should hide timestamps and descriptions, keep the time in link names, and remember the choice', async ({
    page,
  }) => {
    const description = englishEntries.find((e) => e.kind === 'description')!;
    const speech = englishEntries.find((e) => e.kind === 'speech')!;
    await page.getByRole('checkbox', { name: 'Timestamps' }).uncheck();
    await expect(item(page, speech.startTime).locator('.cue-time')).toHaveCSS('font-size', '0px');
    await expect(item(page, speech.startTime).getByRole('link')).toHaveAccessibleName(
      new RegExp(`^${formatTimestamp(speech.startTime)}, `),
    );
    await page.getByRole('checkbox', { name: 'Descriptions' }).uncheck();
    await expect(
      shownList(page).locator(`li[data-kind="description"][data-start="${description.startTime}"]`),
    ).toBeHidden();
    await page.getByRole('checkbox', { name: 'Follow the video' }).uncheck();
    await expectNoAxeViolations(page, 'timestamps and descriptions hidden', { include: TRANSCRIPT_SECTION });

    await page.reload();
    await ready(page);
    await expect(page.getByRole('checkbox', { name: 'Timestamps' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Descriptions' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Follow the video' })).not.toBeChecked();
    await expect(shownList(page).locator('li[data-kind="description"]:visible')).toHaveCount(0);
  });

  test('should not follow when following is turned off', async ({ page }) => {
    await page.getByRole('checkbox', { name: 'Follow the video' }).uncheck();
    const top = await panel(page).evaluate((p) => p.scrollTop);
    await seekTo(page, englishEntries.at(-1)!.startTime);
    await expect(item(page, englishEntries.at(-1)!.startTime)).toHaveAttribute('aria-current', 'true');
    expect(await panel(page).evaluate((p) => p.scrollTop)).toBe(top);
  });

  test('should inset the chapter headings from the panel border, as the lines are', async ({ page }) => {
    const border = (await panel(page).boundingBox())!;
    const title = shownList(page)
      .locator('.transcript-chapter')
      .first()
      .getByRole('heading')
      .locator('span')
      .first();
    const text = (await title.boundingBox())!;
    expect(text.x - border.x).toBeGreaterThanOrEqual(8);
  });

  test('should copy a link to the start of the caption on screen', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // A caption starting between whole seconds: flooring the time would land in the one before.
    const entry = englishEntries.find(
      (e) => e.kind !== 'description' && !Number.isInteger(e.startTime) && e.endTime - e.startTime > 1,
    )!;
    const t = (entry.startTime + Math.ceil(entry.startTime)) / 2;
    expect(Math.floor(t), 'flooring would leave the caption').toBeLessThan(entry.startTime);
    await seekTo(page, t);
    await page.getByRole('button', { name: 'Copy link to this moment' }).click();
    const link = `${baseURL}/watch/${DEMO_SLUG}?t=${entry.startTime}`;
    await expect(page.getByText(`Link copied: ${link}`)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await expectNoAxeViolations(page, 'link copied', { include: TRANSCRIPT_SECTION });
  });
});

test.describe('given captions the viewer moved 1.5 s later', () => {
  const OFFSET_MS = 1500;
  const moved = (seconds: number) => Math.round(seconds * 1000 + OFFSET_MS) / 1000;
  test.beforeEach(async ({ page }) => {
    const stored = writePreferences(
      applyPatch(DEFAULT_PREFERENCES, { captionOffsets: { [DEMO_SLUG]: OFFSET_MS } }),
    );
    await page.addInitScript(
      ([key, value]) => window.localStorage.setItem(key!, value!),
      [PREFERENCES_KEY, stored],
    );
    await page.setViewportSize({ width: 1280, height: 640 });
    await page.goto(`/watch/${DEMO_SLUG}`);
    await ready(page);
    await waitForPlayer(page);
  });

  test('should copy a link to where the caption on screen is shown in the video', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const entry = englishEntries.find((e) => e.kind !== 'description' && e.endTime - e.startTime > 1)!;
    // 0.2 s into the caption as it is shown. By the file's times that moment is 1.7 s in, so a
    // link made from the media time without the offset would point 1.5 s early.
    await seekTo(page, moved(entry.startTime) + 0.2);
    await page.getByRole('button', { name: 'Copy link to this moment' }).click();
    const link = `${baseURL}/watch/${DEMO_SLUG}?t=${moved(entry.startTime)}`;
    await expect(page.getByText(`Link copied: ${link}`)).toBeVisible();
  });

  test('should draw the ASL marks on the seek bar where the notes are shown, and chapters where they are', async ({
    page,
  }) => {
    const duration = await page.locator('video').evaluate((v: HTMLVideoElement) => v.duration);
    const notes = cuesOf(title, 'metadata').map((cue) => cue.startTime);
    const chapters = cuesOf(title, 'chapters').map((cue) => cue.startTime);
    expect(notes.length, 'the demo has ASL notes').toBeGreaterThan(0);
    const lefts = (kind: string) =>
      page
        .locator(`.seek-mark[data-kind="${kind}"]`)
        .evaluateAll((marks) => marks.map((m) => parseFloat((m as HTMLElement).style.left)));
    expect(await lefts('asl')).toEqual(notes.map((t) => expect.closeTo((moved(t) / duration) * 100, 3)));
    expect(await lefts('chapter')).toEqual(chapters.map((t) => expect.closeTo((t / duration) * 100, 3)));
  });
});

test.describe('given a viewer who prefers reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('should jump to the current cue instead of animating', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 640 });
    await page.goto(`/watch/${DEMO_SLUG}`);
    await ready(page);
    await panel(page).scrollIntoViewIfNeeded();
    await panel(page).evaluate((p) => {
      const jumps: string[] = [];
      (window as unknown as { jumps: string[] }).jumps = jumps;
      const scrollTo = p.scrollTo.bind(p);
      p.scrollTo = ((options: ScrollToOptions) => {
        jumps.push(String(options.behavior));
        scrollTo(options);
      }) as typeof p.scrollTo;
    });
    const late = englishEntries.at(-1)!;
    await seekTo(page, late.startTime);
    await expect.poll(() => isInView(item(page, late.startTime), panel(page))).toBe(true);
    // Every scroll the panel makes is a jump: one, and a second when the lines laid out on
    // arrival moved the cue.
    const jumps = await page.evaluate(() => (window as unknown as { jumps: string[] }).jumps);
    expect(jumps.length).toBeGreaterThan(0);
    expect(jumps.every((behavior) => behavior === 'instant')).toBe(true);
  });
});

test.describe('given captions chosen in Spanish in the player', () => {
  test('should show the transcript in Spanish', async ({ page }) => {
    const stored = writePreferences(applyPatch(DEFAULT_PREFERENCES, { captionLanguage: spanish.srclang }));
    await page.addInitScript(
      ([key, value]) => window.localStorage.setItem(key!, value!),
      [PREFERENCES_KEY, stored],
    );
    await page.goto(`/watch/${DEMO_SLUG}`);
    await expect(page.locator(`.transcript[data-transcript-lang="${spanish.srclang}"]`)).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('follow');
    await expect(shownList(page)).toHaveAttribute('lang', spanish.srclang);
  });
});

test.describe('given the standalone transcript page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/watch/${DEMO_SLUG}/transcript`);
    await expect(page.getByRole('searchbox', { name: 'Search the transcript' })).toBeVisible();
  });

  test('should show descriptions by default and head chapters at level 2', async ({ page }) => {
    await expect(page.getByRole('checkbox', { name: 'Descriptions' })).toBeChecked();
    const descriptions = englishEntries.filter((e) => e.kind === 'description');
    await expect(shownList(page).locator('li[data-kind="description"]:visible')).toHaveCount(
      descriptions.length,
    );
    await expect(shownList(page).getByRole('heading', { level: 2 })).toHaveCount(
      english.chapters.filter((c) => c.title).length,
    );
    await expect(page.getByRole('checkbox', { name: 'Follow the video' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'standalone transcript hydrated');
  });

  test('should open the watch page at a cue when its link is clicked', async ({ page }) => {
    const entry = englishEntries[4]!;
    await item(page, entry.startTime).getByRole('link').click();
    await expect(page).toHaveURL(
      new RegExp(`/watch/${DEMO_SLUG}\\?t=${Math.round(entry.startTime * 1000) / 1000}$`),
    );
  });

  test('should show every line of the watch page after a client-side navigation to it', async ({ page }) => {
    // The lines are in the server HTML only (not in the payload React hydrates from): after a
    // client-side navigation the watch page reads them from its prerendered HTML.
    await page.getByRole('main').getByRole('link', { name: 'player', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/watch/${DEMO_SLUG}$`));
    await expect(page.getByRole('heading', { level: 2, name: 'Transcript' })).toBeVisible();
    await expect(shownList(page).locator('li[data-start]')).toHaveCount(englishEntries.length);
    const word = frequentWord(englishEntries);
    await page.getByRole('searchbox', { name: 'Search the transcript' }).fill(word);
    await expect(shownList(page).locator('mark').first()).toBeVisible();
    await expectNoAxeViolations(page, 'watch page after a client-side navigation');
  });

  test('should print without controls, with chapter headings and timestamps', async ({ page }) => {
    await page.getByRole('checkbox', { name: 'Timestamps' }).uncheck();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.transcript-toolbar')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Download' })).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(shownList(page).getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(shownList(page).locator('.cue-time').first()).not.toHaveCSS('font-size', '0px');
    // The time carries the `, ` of the link's name; on paper, as on screen, it is clipped off.
    await expect(shownList(page).locator('.cue-time').first()).toHaveText(
      `${formatTimestamp(englishEntries[0]!.startTime)}, `,
    );
    expect(
      Number.parseFloat(await shownList(page).evaluate((l) => getComputedStyle(l).fontSize)),
    ).toBeGreaterThanOrEqual(15);
  });
});
