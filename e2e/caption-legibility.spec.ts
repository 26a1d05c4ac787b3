// Verifies caption legibility on the real player, not the settings preview: for every caption
// style preset, stored as the viewer's preferences, the cue shown in the overlay over the video
// keeps at least 4.5:1 contrast between its computed text colour and its computed background.
import { expect, test } from '@playwright/test';
import { CAPTION_PRESETS, contrastRatio } from '../components/player/caption-style';
import {
  applyPatch,
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  writePreferences,
} from '../components/preferences/preferences';
import { seekTo, waitForPlayer } from './media';
import { cuesOf, DEMO_SLUG, readTitle } from './title-data';

const title = readTitle();
const [cue] = cuesOf(title, 'captions');
if (!cue) throw new Error('the demo title has no caption cue to show');
const captionLanguage = title.tracks.find((t) => t.kind === 'captions')?.srclang ?? null;

for (const preset of CAPTION_PRESETS) {
  test.describe(`given the "${preset.name}" caption preset saved in the preferences`, () => {
    test('should show the caption cue in the overlay at 4.5:1 or more', async ({ page }) => {
      const stored = writePreferences(
        applyPatch(DEFAULT_PREFERENCES, { captionStyle: preset.style, captionLanguage }),
      );
      await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
        PREFERENCES_KEY,
        stored,
      ] as const);
      await page.goto(`/watch/${DEMO_SLUG}`);
      await waitForPlayer(page);
      await seekTo(page, (cue.startTime + cue.endTime) / 2);
      const shown = page.locator('[data-caption-overlay] .caption-cue').first();
      await expect(shown).toBeVisible();
      const { color, background } = await shown.evaluate((el) => {
        const s = getComputedStyle(el);
        return { color: s.color, background: s.backgroundColor };
      });
      expect(
        contrastRatio(color, background),
        `${preset.name}: ${color} on ${background}`,
      ).toBeGreaterThanOrEqual(4.5);
    });
  });
}
