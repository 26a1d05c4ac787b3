// Verifies the transcript at scale with the test-only 10,000-cue title (made by
// scripts/fixtures/long-transcript.ts; npm test sets CAPTION_FIXTURES_DIR): every entry is in the
// server-rendered list, a click seeks, playback time marks the right cue among 10,000 and keeps it
// in view, and search counts every match, reveals one far down the list, and highlights the
// matches near the view and each far one once Next or a scroll reaches it. Axe is run on the
// demo title's transcript (e2e/transcript.spec.ts), which has the same markup: over 10,000 links
// it outlasts any sensible test timeout.
import { expect, test, type Page } from '@playwright/test';
import { expectSeekedTo, seekTo } from './media';
import { LONG_TRANSCRIPT_SLUG, readTitle, transcriptOf } from './title-data';

const title = readTitle(LONG_TRANSCRIPT_SLUG);
const entries = transcriptOf(title).flatMap((c) => c.entries);
const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
const searchText = (e: (typeof entries)[number]) => `${e.speaker ? `${e.speaker}: ` : ''}${e.text}`;

// 10,000 entries on a busy test machine: generous time, but every wait is for a state.
test.describe.configure({ timeout: 180_000 });
test.use({ actionTimeout: 30_000 });
const SLOW = { timeout: 30_000 };

const list = (page: Page) => page.locator('.transcript:not([hidden])');
const panel = (page: Page) => page.locator('.transcript-scroller');
const item = (page: Page, startTime: number) => list(page).locator(`li[data-start="${startTime}"]`).first();

async function inView(page: Page, startTime: number) {
  const [a, b] = await Promise.all([item(page, startTime).boundingBox(), panel(page).boundingBox()]);
  return !!a && !!b && a.y >= b.y - 1 && a.y + a.height <= b.y + b.height + 1;
}

test('should send each cue once: the transcript and captions in the HTML, not in the hydration payload', async ({
  request,
}) => {
  const html = await (await request.get(`/watch/${LONG_TRANSCRIPT_SLUG}`)).text();
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('\n');
  const sample = entries.find((e) => e.text.startsWith('Line 4321 '))!;
  expect(html).toContain(sample.text);
  expect(inlineScripts).not.toContain('Line 4321 ');
  // The payload is the page's small part (it was 9.2 MB of 11.8 MB with the lines in it).
  expect(inlineScripts.length).toBeLessThan(html.length / 20);
});

test.describe('given the 10,000-cue title', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/watch/${LONG_TRANSCRIPT_SLUG}`);
    await expect(page.getByRole('searchbox', { name: 'Search the transcript' })).toBeVisible({
      timeout: 60_000,
    });
    await page
      .locator('video')
      .evaluate(
        (video: HTMLVideoElement) =>
          video.readyState >= 1 ||
          new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true })),
      );
  });

  test('should render every entry with its times and link', async ({ page }) => {
    expect(title.tracks.find((t) => t.kind === 'captions')!.parsed.cues.length).toBeGreaterThanOrEqual(
      10_000,
    );
    await expect(list(page).locator('li[data-start][data-end]')).toHaveCount(entries.length);
    const last = entries.at(-1)!;
    await expect(list(page).locator('li').last()).toHaveAttribute('data-start', String(last.startTime));
    await expect(list(page).locator('li').last().getByRole('link')).toHaveAttribute(
      'href',
      `?t=${last.startTime}`,
    );
  });

  test('should mark the cue playing among 10,000, keep it in view, and seek on a click', async ({ page }) => {
    const media = await page.locator('video').evaluate((v: HTMLVideoElement) => v.duration);
    const target = entries.filter((e) => e.kind === 'speech' && e.startTime < media - 2).at(-1)!;
    await seekTo(page, target.startTime);
    await expect(item(page, target.startTime)).toHaveAttribute('aria-current', 'true', SLOW);
    await expect.poll(() => inView(page, target.startTime), SLOW).toBe(true);
    await expect(list(page).locator('li[aria-current="true"]')).toHaveCount(1);

    const earlier = entries.find((e) => e.kind === 'speech' && e.startTime > 20)!;
    await panel(page).evaluate((p, top) => p.scrollTo({ top, behavior: 'instant' }), 0);
    await item(page, earlier.startTime).getByRole('link').click();
    await expectSeekedTo(page, earlier.startTime);
    await expect(item(page, earlier.startTime)).toHaveAttribute('aria-current', 'true');
  });

  test('should count every match and reveal one far down the list', async ({ page }) => {
    const field = page.getByRole('searchbox', { name: 'Search the transcript' });
    const status = page.getByRole('region', { name: 'Transcript' }).getByRole('status').first();
    const matching = entries.filter((e) => fold(searchText(e)).includes('cafe'));
    expect(matching.length).toBeGreaterThan(100);
    await field.fill('CAFE');
    await expect(status).toHaveText(`1 of ${matching.length} matching lines`);
    await expect(item(page, matching[0]!.startTime).locator('mark')).toHaveCount(1);

    const far = entries.filter((e) => e.kind === 'speech').at(-2)!;
    const query = fold(searchText(far)).split(' is about')[0]!.split(': ')[1]!;
    const farMatches = entries.filter(
      (e) => fold(searchText(e)).includes(`${query} `) || fold(searchText(e)).endsWith(query),
    );
    await field.fill(`${query} `);
    await expect(status).toHaveText(
      `1 of ${farMatches.length} matching ${farMatches.length === 1 ? 'line' : 'lines'}`,
    );
    await expect(item(page, far.startTime).locator('mark')).toHaveCount(1);
    await expect.poll(() => inView(page, far.startTime), SLOW).toBe(true);
  });

  test('should highlight the matches near the view, and a far one once Next or the view reaches it', async ({
    page,
  }) => {
    const field = page.getByRole('searchbox', { name: 'Search the transcript' });
    const status = page.getByRole('region', { name: 'Transcript' }).getByRole('status').first();
    const matching = entries.filter((e) => fold(searchText(e)).includes('cafe'));
    await field.fill('cafe');
    await expect(status).toHaveText(`1 of ${matching.length} matching lines`);
    await expect(item(page, matching[0]!.startTime).locator('mark')).toHaveCount(1);

    // Previous, from the first match, wraps to the last one, at the far end of the list.
    await field.press('Shift+Enter');
    await expect(status).toHaveText(`${matching.length} of ${matching.length} matching lines`);
    const last = matching.at(-1)!;
    await expect(item(page, last.startTime).locator('mark')).toHaveCount(1);
    await expect.poll(() => inView(page, last.startTime), SLOW).toBe(true);
    // Lines near the top and near the end, not every match: a keystroke writes a few lines, and a
    // screen reader hears the count, not a flood of highlight events (transcript-highlight.ts).
    expect(await list(page).locator('li[data-match]').count()).toBeLessThan(matching.length / 4);

    const middle = item(page, matching[Math.floor(matching.length / 2)]!.startTime);
    await expect(middle.locator('mark')).toHaveCount(0);
    await middle.scrollIntoViewIfNeeded();
    await expect(middle.locator('mark')).toHaveCount(1);
    await expect(middle.locator('mark')).toHaveText(/café/i);
  });
});

test.describe('given the 10,000-cue title on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  // Its chapters run past the end of its (stand-in) video.
  test('should draw only the marks the video reaches, and keep the page as wide as the screen', async ({
    page,
  }) => {
    await page.goto(`/watch/${LONG_TRANSCRIPT_SLUG}`);
    const marks = page.locator('.seek-mark');
    await expect(marks.first()).toBeAttached(SLOW);
    const lefts = await marks.evaluateAll((all) => all.map((m) => parseFloat((m as HTMLElement).style.left)));
    expect(lefts.every((left) => left >= 0 && left <= 100)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => window.innerWidth)).toBe(390);
  });
});
