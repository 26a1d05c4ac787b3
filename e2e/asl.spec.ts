// Verifies the ASL interpreter notes on the watch page and the glossary: the note for the current
// moment follows playback (currentTime set, `seeked` awaited) and the list marks it; a note's time
// link seeks without leaving the page; the full note opens in a dialog that traps focus, closes on
// Escape, Close or "Watch this moment" (also when the note's time has passed) and gives focus back; new notes are announced only once the viewer turns that on; the
// glossary lists the notes by gloss and each of its links lands on its moment. Axe in each state.
import { expect, test, type Page } from '@playwright/test';
import { sortByGloss } from '../captions/asl-glossary';
import { aslMoments } from '../captions/asl-moment';
import { startHref } from '../captions/start-time';
import { ASL_SECTION, DIALOG, expectNoAxeViolations } from './axe';
import { seekTo, waitForPlayer } from './media';
import { DEMO_SLUG, readTitle } from './title-data';

const title = readTitle();
const moments = aslMoments(title.aslNotes);
const middle = (m: { startTime: number; endTime: number }) => (m.startTime + m.endTime) / 2;
/** A moment before the first note, when no note is current. */
const beforeNotes = Math.min(...moments.map((m) => m.startTime)) / 2;

// The watch page is heavy for axe on a shared CI machine: give each test room.
test.describe.configure({ timeout: 180_000 });

const notesRegion = (page: Page) => page.getByRole('region', { name: 'ASL interpreter notes' });
const panel = (page: Page) => page.locator('[data-asl-current]');
const currentTime = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLVideoElement>('#title-video')!.currentTime);

test.describe('given the watch page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/watch/${DEMO_SLUG}`);
    await waitForPlayer(page);
    await expect(panel(page)).toBeVisible();
  });

  test('should show the note of each moment as playback reaches it, and mark it in the list', async ({
    page,
  }) => {
    await seekTo(page, beforeNotes);
    await expect(panel(page)).toContainText('No sign note at this moment');
    await expect(notesRegion(page).locator('li[aria-current="true"]')).toHaveCount(0);
    for (const moment of moments) {
      await seekTo(page, middle(moment));
      await expect(panel(page).locator('.asl-current-title')).toContainText(
        `${moment.note.gloss}: ${moment.note.title}`,
      );
      const marked = notesRegion(page).locator('li[aria-current="true"]');
      await expect(marked).toHaveCount(1);
      await expect(marked).toHaveAttribute('data-start', String(moment.startTime));
    }
    await expectNoAxeViolations(page, 'a note current', { include: ASL_SECTION });
  });

  test('should seek to a note when its time link is followed, staying on the page', async ({ page }) => {
    const url = page.url();
    const moment = moments[Math.floor(moments.length / 2)]!;
    const link = notesRegion(page).locator(`li[data-start="${moment.startTime}"] a[data-seek]`);
    await expect(link).toHaveAttribute('href', startHref(moment.startTime));
    await link.click();
    await page.waitForFunction(
      (t) => Math.abs(document.querySelector<HTMLVideoElement>('#title-video')!.currentTime - t) < 0.01,
      moment.startTime,
    );
    expect(page.url()).toBe(url);
    await expect(panel(page).locator('.asl-current-title')).toContainText(moment.note.gloss);
  });

  test('should open the full note in a dialog that traps focus, closes on Escape and returns focus', async ({
    page,
  }) => {
    const moment = moments[0]!;
    await seekTo(page, middle(moment));
    const trigger = page.getByRole('button', { name: `Read the full note on ${moment.note.gloss}` });
    await trigger.click();
    const dialog = page.getByRole('dialog', { name: `${moment.note.gloss}: ${moment.note.title}` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(moment.note.body);
    await expect(dialog).toContainText(moment.note.handshape);
    await expect(
      dialog.getByRole('link', { name: moment.note.dictionary.name, exact: true }),
    ).toHaveAttribute('href', moment.note.dictionary.url);
    await expectNoAxeViolations(page, 'note dialog open', { include: DIALOG });
    // More Tabs than the dialog has stops: focus must cycle inside it.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('should seek to the note from the dialog and close it', async ({ page }) => {
    const [first, second] = moments;
    await seekTo(page, middle(first!));
    await page.getByRole('button', { name: `Read the full note on ${first!.note.gloss}` }).click();
    await seekTo(page, middle(second!));
    const dialog = page.getByRole('dialog');
    // The dialog keeps the note it was opened on while the video moves on.
    await expect(dialog).toContainText(first!.note.body);
    await dialog.getByRole('button', { name: /^Watch this moment/ }).click();
    await expect(dialog).toBeHidden();
    expect(Math.abs((await currentTime(page)) - first!.startTime)).toBeLessThan(0.01);
    await expect(
      page.getByRole('button', { name: `Read the full note on ${first!.note.gloss}` }),
    ).toBeFocused();
  });

  test('should return focus to the note button after "Watch this moment" when no note is current', async ({
    page,
  }) => {
    const first = moments[0]!;
    await seekTo(page, middle(first));
    await page.getByRole('button', { name: `Read the full note on ${first.note.gloss}` }).click();
    // The note's time has passed (here: the video went back before every note): nothing is current.
    await seekTo(page, beforeNotes);
    await expect(panel(page)).toContainText('No sign note at this moment');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /^Watch this moment/ }).press('Enter');
    await expect(dialog).toBeHidden();
    const trigger = page.getByRole('button', { name: `Read the full note on ${first.note.gloss}` });
    await expect(trigger).toBeFocused();
    expect(Math.abs((await currentTime(page)) - first.startTime)).toBeLessThan(0.01);
    await expectNoAxeViolations(page, 'focus back after watching a passed note', { include: ASL_SECTION });
  });

  test('should return focus to the note button after the Close button', async ({ page }) => {
    const moment = moments[0]!;
    await seekTo(page, middle(moment));
    const trigger = page.getByRole('button', { name: `Read the full note on ${moment.note.gloss}` });
    await trigger.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Close' }).press('Enter');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('should keep the note button, and focus on it, when no note is current any more', async ({ page }) => {
    const moment = moments[0]!;
    await seekTo(page, middle(moment));
    const trigger = page.getByRole('button', { name: `Read the full note on ${moment.note.gloss}` });
    await trigger.focus();
    await seekTo(page, beforeNotes);
    await expect(panel(page)).toContainText('No sign note at this moment');
    await expect(trigger).toBeFocused();
  });

  test('should announce new notes politely only after the viewer turns it on', async ({ page }) => {
    const announcer = page.locator('[data-asl-announcer]');
    await expect(announcer).toHaveAttribute('aria-live', 'polite');
    await seekTo(page, middle(moments[0]!));
    await expect(panel(page).locator('.asl-current-title')).toContainText(moments[0]!.note.gloss);
    await expect(announcer).toHaveText('');
    await page.getByRole('checkbox', { name: 'Announce each new sign note to my screen reader' }).check();
    for (const moment of moments.slice(0, 3)) {
      await seekTo(page, middle(moment));
      await expect(announcer).toHaveText(`ASL note: ${moment.note.gloss}, ${moment.note.title}`);
    }
    await expectNoAxeViolations(page, 'announcements on', { include: ASL_SECTION });
    await page.reload();
    await waitForPlayer(page);
    await expect(
      page.getByRole('checkbox', { name: 'Announce each new sign note to my screen reader' }),
    ).toBeChecked();
  });
});

test.describe('given the ASL glossary page', () => {
  const path = `/watch/${DEMO_SLUG}/asl`;
  const sorted = sortByGloss(moments);

  test('should list every note by gloss, with its dictionary link, and pass axe', async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title.manifest.title}: ASL glossary`);
    const headings = page.getByRole('main').locator('li[data-start] h2');
    await expect(headings).toHaveCount(sorted.length);
    for (const [i, moment] of sorted.entries()) {
      await expect(headings.nth(i)).toHaveText(`${moment.note.gloss}: ${moment.note.title}`);
      await expect(
        page.getByRole('link', { name: moment.note.dictionary.name, exact: true }).first(),
      ).toHaveAttribute('href', moment.note.dictionary.url);
    }
    await expectNoAxeViolations(page, path);
  });

  test('should link each note to its moment in the player', async ({ page }) => {
    for (const moment of sorted) {
      await page.goto(path);
      const link = page.locator(`li[data-start="${moment.startTime}"] a[data-seek]`);
      await expect(link).toHaveAttribute('href', `/watch/${DEMO_SLUG}${startHref(moment.startTime)}`);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/watch/${DEMO_SLUG}\\?t=`));
      await waitForPlayer(page);
      await page.waitForFunction(
        (t) => Math.abs(document.querySelector<HTMLVideoElement>('#title-video')!.currentTime - t) < 0.05,
        moment.startTime,
      );
      await expect(panel(page).locator('.asl-current-title')).toContainText(
        `${moment.note.gloss}: ${moment.note.title}`,
      );
    }
  });
});
