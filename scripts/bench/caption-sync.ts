// Caption sync: plays the demo title once at 1x, muted, from 0 to the end, and records in the
// SAME playback (1) when the app's overlay adds and removes each cue's box (a MutationObserver)
// and (2) when the browser's own cue timing says each cue enters and leaves (a second
// `cuechange` listener on the hidden text track: the "time marches on" steps that a native
// `<track>` rendering follows). Every moment is turned into media time with the
// `requestVideoFrameCallback` samples; error = that media time − the cue's start (or end).
import type { Page } from '@playwright/test';
import { unavailable, verdict, type BenchRow, type SectionResult } from './bench-row';
import { frameClock, type FrameSample } from './frame-clock';
import { fixed, median, percentile } from './stats';

/** One frame at 24 fps: a caption shown earlier than this before its start counts as early. */
const ONE_FRAME_MS = 1000 / 24;
/** Ours may trail the browser's own timing by this much at p95 (half a 60 Hz frame). */
const SYNC_BUDGET_MS = 8;

interface Transition {
  /** `performance.now()` when it happened. */
  at: number;
  /** Index in the track's cue list. */
  cue: number;
  kind: 'on' | 'off';
}

interface PlaybackTrace {
  cues: { startTime: number; endTime: number }[];
  frames: FrameSample[];
  native: Transition[];
  ours: Transition[];
  /** Cue boxes whose `data-start` matched no cue. */
  unmatched: number;
  /** Media time when playback started and the `ended` event (or the time limit) came. */
  playedFrom: number;
  playedTo: number;
  ended: boolean;
}

/** Runs in the page: plays the video through and records both sides. */
function recordPlayback(timeoutMs: number): Promise<PlaybackTrace | string> {
  const video = document.querySelector<HTMLVideoElement>('#title-video');
  if (!video) return Promise.resolve('no #title-video on the page');
  const trackElement =
    video.querySelector<HTMLTrackElement>('track[kind="captions"][default]') ??
    video.querySelector<HTMLTrackElement>('track[kind="captions"]');
  if (!trackElement) return Promise.resolve('the video has no captions track');
  const track = trackElement.track;
  if (track.mode !== 'hidden')
    return Promise.resolve(`the captions track is "${track.mode}", not hidden (overlay off?)`);

  const once = (target: EventTarget, type: string) =>
    new Promise<void>((resolve) => target.addEventListener(type, () => resolve(), { once: true }));

  return (async (): Promise<PlaybackTrace | string> => {
    if (trackElement.readyState !== 2) await once(trackElement, 'load');
    const cueList = Array.from(track.cues ?? []);
    const cues = cueList.map((cue) => ({ startTime: cue.startTime, endTime: cue.endTime }));
    const indexOf = new Map(cueList.map((cue, i) => [cue, i]));

    video.muted = true;
    video.pause();
    if (video.currentTime !== 0) {
      const seeked = once(video, 'seeked');
      video.currentTime = 0;
      await seeked;
    }

    const frames: FrameSample[] = [];
    const native: Transition[] = [];
    const ours: Transition[] = [];
    let unmatched = 0;
    let recording = true;

    const onFrame = (_now: number, meta: VideoFrameCallbackMetadata) => {
      frames.push({ mediaTime: meta.mediaTime, displayTime: meta.expectedDisplayTime });
      if (recording) video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);

    let active = new Set<number>(Array.from(track.activeCues ?? []).map((cue) => indexOf.get(cue) ?? -1));
    const onCueChange = () => {
      const at = performance.now();
      const next = new Set<number>(Array.from(track.activeCues ?? []).map((cue) => indexOf.get(cue) ?? -1));
      for (const cue of next) if (!active.has(cue)) native.push({ at, cue, kind: 'on' });
      for (const cue of active) if (!next.has(cue)) native.push({ at, cue, kind: 'off' });
      active = next;
    };
    track.addEventListener('cuechange', onCueChange);

    // Boxes are keyed by cue, so each cue gets its own element: added when shown, removed after.
    const boxCue = new WeakMap<Element, number>();
    const boxesIn = (node: Node): Element[] =>
      node instanceof Element
        ? [
            ...(node.matches('.caption-cue-box') ? [node] : []),
            ...Array.from(node.querySelectorAll('.caption-cue-box')),
          ]
        : [];
    const observer = new MutationObserver((records) => {
      const at = performance.now();
      for (const record of records) {
        for (const box of Array.from(record.addedNodes).flatMap(boxesIn)) {
          const start = Number(box.getAttribute('data-start'));
          const cue = cues.findIndex((c) => Math.abs(c.startTime - start) < 0.0005);
          if (cue === -1) {
            unmatched += 1;
            continue;
          }
          boxCue.set(box, cue);
          ours.push({ at, cue, kind: 'on' });
        }
        for (const box of Array.from(record.removedNodes).flatMap(boxesIn)) {
          const cue = boxCue.get(box);
          if (cue !== undefined) ours.push({ at, cue, kind: 'off' });
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });

    const playedFrom = video.currentTime;
    const ended = new Promise<boolean>((resolve) => {
      video.addEventListener('ended', () => resolve(true), { once: true });
      setTimeout(() => resolve(false), timeoutMs);
    });
    await video.play();
    const didEnd = await ended;
    recording = false;
    observer.disconnect();
    track.removeEventListener('cuechange', onCueChange);
    return { cues, frames, native, ours, unmatched, playedFrom, playedTo: video.currentTime, ended: didEnd };
  })();
}

interface BoundaryStats {
  count: number;
  /** Signed median error, ms (positive: late). */
  median: number;
  /** p95 and max of the absolute error, ms. */
  p95: number;
  max: number;
  /** Transitions earlier than the boundary by more than one frame. */
  early: number;
}

function boundaryStats(errors: readonly number[]): BoundaryStats {
  const absolute = errors.map(Math.abs);
  return {
    count: errors.length,
    median: median(errors),
    p95: percentile(absolute, 95),
    max: absolute.length ? Math.max(...absolute) : Number.NaN,
    early: errors.filter((e) => e < -ONE_FRAME_MS).length,
  };
}

/** Each cue's first `on` and last `off` error in ms, for boundaries crossed while playing. */
function errorsOf(trace: PlaybackTrace, transitions: readonly Transition[], kind: 'on' | 'off'): number[] {
  const clock = frameClock(trace.frames);
  const seen = new Map<number, number>();
  for (const t of transitions) {
    if (t.kind !== kind) continue;
    const cue = trace.cues[t.cue];
    if (!cue) continue;
    const boundary = kind === 'on' ? cue.startTime : cue.endTime;
    // Only boundaries the playback crossed: a cue already active at the first frame, or one
    // ending after the last, has no boundary moment to measure.
    if (boundary <= trace.playedFrom + 0.001 || boundary >= trace.playedTo - 0.001) continue;
    const error = (clock(t.at) - boundary) * 1000;
    if (kind === 'on' && !seen.has(t.cue)) seen.set(t.cue, error);
    if (kind === 'off') seen.set(t.cue, error);
  }
  return [...seen.values()];
}

const describe = (s: BoundaryStats) =>
  `median ${fixed(s.median)} ms · p95 ${fixed(s.p95)} ms · max ${fixed(s.max)} ms · early ${s.early} of ${s.count}`;

/** Plays `watchPath` through and compares the overlay's timing with the browser's own. */
export async function measureCaptionSync(
  page: Page,
  origin: string,
  watchPath: string,
  durationSeconds: number,
): Promise<SectionResult> {
  const section = 'Caption sync (1x, whole title)';
  const response = await page.goto(`${origin}${watchPath}`, { waitUntil: 'load', timeout: 120_000 });
  if (!response?.ok())
    return unavailable(
      section,
      'overlay vs browser',
      `p95 ≤ browser + ${SYNC_BUDGET_MS} ms`,
      `${watchPath} answered ${response?.status()}`,
    );
  // Hydrated: the overlay exists and the app has set the captions track to hidden.
  await page.locator('[data-caption-overlay]').first().waitFor({ state: 'attached' });
  const trace = await page.evaluate(recordPlayback, (durationSeconds + 60) * 1000);
  if (typeof trace === 'string')
    return unavailable(section, 'overlay vs browser', `p95 ≤ browser + ${SYNC_BUDGET_MS} ms`, trace);

  const sides = {
    ours: {
      on: boundaryStats(errorsOf(trace, trace.ours, 'on')),
      off: boundaryStats(errorsOf(trace, trace.ours, 'off')),
    },
    browser: {
      on: boundaryStats(errorsOf(trace, trace.native, 'on')),
      off: boundaryStats(errorsOf(trace, trace.native, 'off')),
    },
  };
  const rows: BenchRow[] = [];
  for (const kind of ['on', 'off'] as const) {
    const label = kind === 'on' ? 'caption appears − cue start' : 'caption leaves − cue end';
    const ours = sides.ours[kind];
    const browser = sides.browser[kind];
    const withinBudget = ours.count > 0 && ours.p95 - browser.p95 <= SYNC_BUDGET_MS;
    const noEarly = kind === 'off' || ours.early === 0;
    rows.push({
      section,
      figure: `${label}, overlay`,
      value: describe(ours),
      budget:
        kind === 'on'
          ? `p95 ≤ browser + ${SYNC_BUDGET_MS} ms; none early`
          : `p95 ≤ browser + ${SYNC_BUDGET_MS} ms`,
      verdict: verdict(withinBudget && noEarly),
    });
    rows.push({
      section,
      figure: `${label}, browser's own (same run)`,
      value: describe(browser),
      budget: '–',
      verdict: 'no budget',
    });
  }
  if (!trace.ended) {
    rows.push({
      section,
      figure: 'playback',
      value: `stopped at ${fixed(trace.playedTo)} s (time limit), not the end`,
      budget: '–',
      verdict: 'no budget',
    });
  }
  const data = {
    ...sides,
    cues: trace.cues.length,
    frameSamples: trace.frames.length,
    unmatchedBoxes: trace.unmatched,
    played: { from: trace.playedFrom, to: trace.playedTo, ended: trace.ended },
  };
  return { rows, data };
}
