// Verifies that every page renders its structure (one main, the h1, the watch page's named
// sections, the video with every track, the whole transcript and the ASL notes) and that axe
// finds no WCAG 2.2 A/AA or best-practice violation on any of them.
import { expect, test } from '@playwright/test';
import { SHORTCUTS } from '../components/player/shortcuts';
import { expectNoAxeViolations } from './axe';
import { DEMO_SLUG, readTitle, transcriptOf } from './title-data';

const title = readTitle();
const PAGES = [
  { path: '/', h1: 'Caption Companion' },
  { path: `/watch/${DEMO_SLUG}`, h1: title.manifest.title },
  { path: `/watch/${DEMO_SLUG}/transcript`, h1: `${title.manifest.title}: transcript` },
  { path: `/watch/${DEMO_SLUG}/asl`, h1: null },
  { path: '/play', h1: null },
  { path: '/accessibility', h1: 'Accessibility statement' },
  { path: '/no-such-page', h1: 'Page not found' },
];

for (const { path, h1 } of PAGES) {
  test.describe(`given the page ${path}`, () => {
    test('should have one main landmark, its h1 and no axe violations', async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('main')).toHaveCount(1);
      if (h1) await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
      else await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page, path);
    });
  });
}

// Read-only checks of one page: one load, each check a step on it.
test('given the watch page, should show its whole structure', async ({ page, request }) => {
  // A guard for six checks on a busy machine, not a speed check.
  test.setTimeout(120_000);
  await page.goto(`/watch/${DEMO_SLUG}`);

  await test.step('should have the sections Player, Transcript and ASL interpreter notes', async () => {
    for (const name of ['Player', 'Transcript', 'ASL interpreter notes']) {
      await expect(page.getByRole('region', { name })).toBeVisible();
    }
  });

  await test.step('should state that the media is a synthetic stand-in', async () => {
    await expect(page.locator('#media-notice')).toHaveText(title.manifest.mediaNotice ?? '');
    await expect(page.locator('#media-notice')).toContainText(/synthetic stand-in/i);
  });

  await test.step('should serve every track the manifest names, as WebVTT', async () => {
    const tracks = page.locator('video track');
    await expect(tracks).toHaveCount(title.tracks.length);
    for (const track of title.tracks) {
      const element = page.locator(`video track[src="${track.url}"]`);
      await expect(element).toHaveAttribute('kind', track.kind);
      await expect(element).toHaveAttribute('srclang', track.srclang);
      await expect(element).toHaveAttribute('label', track.label);
      const response = await request.get(track.url);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('text/vtt; charset=utf-8');
      expect(await response.text()).toMatch(/^(\uFEFF)?WEBVTT/);
    }
  });

  await test.step('should list every transcript entry with its times and a ?t= link', async () => {
    const entries = transcriptOf(title).flatMap((c) => c.entries);
    // Every language's list is in the HTML; the shown one (captions' language) is not `hidden`.
    const items = page
      .getByRole('region', { name: 'Transcript' })
      .locator('.transcript:not([hidden]) li[data-start][data-end]');
    await expect(items).toHaveCount(entries.length);
    for (const [i, entry] of entries.entries()) {
      const item = items.nth(i);
      await expect(item).toHaveAttribute('data-start', String(entry.startTime));
      await expect(item).toHaveAttribute('data-end', String(entry.endTime));
      await expect(item.getByRole('link')).toHaveAttribute(
        'href',
        `?t=${Math.round(entry.startTime * 1000) / 1000}`,
      );
      await expect(item).toContainText(entry.text);
    }
  });

  await test.step('should head each chapter of the transcript', async () => {
    const chapters = transcriptOf(title).filter((c) => c.title);
    const headings = page.getByRole('region', { name: 'Transcript' }).getByRole('heading', { level: 3 });
    await expect(headings).toHaveCount(chapters.length);
    for (const [i, chapter] of chapters.entries()) await expect(headings.nth(i)).toContainText(chapter.title);
  });

  await test.step('should show every ASL note with its dictionary link', async () => {
    const notes = page.getByRole('region', { name: 'ASL interpreter notes' });
    await expect(notes.locator('li[data-start]')).toHaveCount(title.aslNotes.length);
    for (const { cue, note } of title.aslNotes) {
      const item = notes.locator(`li[data-start="${cue.startTime}"]`);
      await expect(item.getByRole('link', { name: note.dictionary.name, exact: true })).toHaveAttribute(
        'href',
        note.dictionary.url,
      );
    }
  });
});

test('given an unknown title, should answer 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/watch/no-such-title');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: /home page/ })).toBeVisible();
});

test('given the accessibility statement, its shortcut table should match the player', async ({ page }) => {
  await page.goto('/accessibility');
  const rows = page.getByRole('table', { name: 'Player keyboard shortcuts' }).locator('tbody tr');
  await expect(rows).toHaveCount(SHORTCUTS.length);
  for (const [i, shortcut] of SHORTCUTS.entries()) {
    await expect(rows.nth(i)).toHaveText(`${shortcut.label}${shortcut.description}`);
  }
});
