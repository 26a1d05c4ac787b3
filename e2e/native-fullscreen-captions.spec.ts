// Verifies captions in iOS/iPadOS native fullscreen (plyr#2732, video.js#8427): when the video
// reports `webkitbeginfullscreen` (Safari fullscreens the bare <video>, where our overlay cannot
// follow), the chosen caption track is shown natively, and hidden again on `webkitendfullscreen`.
// Chromium never fires these events, so the spec dispatches them as Safari would.
import { expect, test, type Page } from '@playwright/test';
import { waitForPlayer } from './media';
import { DEMO_SLUG } from './title-data';

const modes = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelector<HTMLVideoElement>('#title-video')!.textTracks)
      .filter((t) => t.kind === 'captions' || t.kind === 'subtitles')
      .map((t) => `${t.language}:${t.mode}`),
  );
const dispatch = (page: Page, type: string) =>
  page.evaluate((type) => document.querySelector('#title-video')!.dispatchEvent(new Event(type)), type);

test('should show the chosen captions natively in iOS fullscreen and hide them after', async ({ page }) => {
  await page.goto(`/watch/${DEMO_SLUG}`);
  await waitForPlayer(page);
  expect(await modes(page)).toEqual(['en:hidden', 'es:hidden']);
  await dispatch(page, 'webkitbeginfullscreen');
  expect(await modes(page)).toEqual(['en:showing', 'es:hidden']);
  await dispatch(page, 'webkitendfullscreen');
  expect(await modes(page)).toEqual(['en:hidden', 'es:hidden']);
});
