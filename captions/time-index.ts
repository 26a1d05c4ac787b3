/**
 * A time index over a track's cues, built once, answering "what is showing at t?" and
 * "where is the next or previous cue?" in logarithmic time: a film has ~1,500 cues, a lecture
 * 10,000, and these queries run on every frame callback.
 *
 * Structure: the cues sorted by start time (TextTrackCueList order), their start times, and a
 * segment tree holding the latest end time of each range of that order. Building costs
 * O(n log n) time and O(n) space.
 */

/** Anything with VTTCue-style times in seconds. */
export interface TimedCue {
  /** Seconds. */
  startTime: number;
  /** Seconds. */
  endTime: number;
}

/** An immutable index over cues; build it with {@link createTimeIndex}. */
export interface TimeIndex<T extends TimedCue> {
  /** The cues sorted by start time, then end time descending, then input order. */
  readonly cues: readonly T[];
  /** `starts[i] === cues[i].startTime`. */
  readonly starts: readonly number[];
  /** Segment tree (1-based heap layout) of the maximum end time over ranges of `cues`. */
  readonly maxEnd: readonly number[];
  /** Number of leaves of `maxEnd`: the smallest power of two ≥ `cues.length`. */
  readonly leaves: number;
}

/**
 * Builds the index. The input need not be sorted and is not modified. Cues that end at or
 * before they start are kept but never active. O(n log n).
 */
export function createTimeIndex<T extends TimedCue>(cues: readonly T[]): TimeIndex<T> {
  // Stable sort: equal start and end keep their input order, as TextTrackCueList does.
  const sorted = [...cues].sort((a, b) => a.startTime - b.startTime || b.endTime - a.endTime);
  let leaves = 1;
  while (leaves < sorted.length) leaves *= 2;
  const maxEnd = new Array<number>(2 * leaves).fill(-Infinity);
  sorted.forEach((cue, i) => {
    maxEnd[leaves + i] = cue.endTime;
  });
  for (let node = leaves - 1; node >= 1; node -= 1) {
    maxEnd[node] = Math.max(maxEnd[2 * node] ?? -Infinity, maxEnd[2 * node + 1] ?? -Infinity);
  }
  return Object.freeze({
    cues: Object.freeze(sorted),
    starts: Object.freeze(sorted.map((cue) => cue.startTime)),
    maxEnd: Object.freeze(maxEnd),
    leaves,
  });
}

/** The number of cues with `startTime <= t` (binary search, O(log n)). */
function countStartedBy(starts: readonly number[], t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? Infinity) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of cues with `startTime < t` (binary search, O(log n)). */
function countStartedBefore(starts: readonly number[], t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? Infinity) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions (in `index.cues`) of the cues active at `t`, ascending. Visits only segment-tree
 * nodes whose range starts by `t` and ends after it: O(log n + m log n) for m results.
 */
function activePositions<T extends TimedCue>(index: TimeIndex<T>, t: number): number[] {
  const { maxEnd, leaves, starts } = index;
  const started = countStartedBy(starts, t);
  const out: number[] = [];
  if (started === 0 || Number.isNaN(t)) return out;
  // Depth-first, left child first, so positions come out in start order.
  const stack: Array<[node: number, lo: number, hi: number]> = [[1, 0, leaves]];
  while (stack.length > 0) {
    const [node, lo, hi] = stack.pop() ?? [1, 0, 0];
    if (lo >= started || (maxEnd[node] ?? -Infinity) <= t) continue;
    if (hi - lo === 1) {
      out.push(lo);
      continue;
    }
    const mid = (lo + hi) >>> 1;
    stack.push([2 * node + 1, mid, hi], [2 * node, lo, mid]);
  }
  return out;
}

/**
 * All cues active at `t` seconds, in start order. Half-open: a cue is active when
 * `startTime <= t < endTime`, so at a cue's exact end time it is no longer active and the next
 * back-to-back cue is. Overlapping cues are all returned. NaN gives []. O(log n + m log n).
 */
export function cuesActiveAt<T extends TimedCue>(index: TimeIndex<T>, t: number): T[] {
  return activePositions(index, t).flatMap((i) => index.cues[i] ?? []);
}

/**
 * The position in `index.cues` of the cue to show at `t` seconds: of the active cues (half-open,
 * `startTime <= t < endTime`), the one that started last (on a tie, the later in
 * `index.cues`). -1 when none is active. O(log n + m log n).
 */
export function cueIndexAt<T extends TimedCue>(index: TimeIndex<T>, t: number): number {
  const active = activePositions(index, t);
  return active.length > 0 ? (active[active.length - 1] ?? -1) : -1;
}

/**
 * The first cue (in start order) that starts strictly after `t` seconds, or null when none
 * does (t at or past the last start). For "next caption": at a cue's exact start it returns the
 * following cue, not the same one. O(log n).
 */
export function nextCueAfter<T extends TimedCue>(index: TimeIndex<T>, t: number): T | null {
  if (Number.isNaN(t)) return null;
  return index.cues[countStartedBy(index.starts, t)] ?? null;
}

/**
 * The last cue (in start order) that starts strictly before `t` seconds, or null when none does
 * (t at or before the first start). At a cue's exact start it returns the cue before it; while
 * inside a cue it returns that cue, so a "previous" command restarts the current caption first,
 * as media players do. O(log n).
 */
export function previousCueBefore<T extends TimedCue>(index: TimeIndex<T>, t: number): T | null {
  if (Number.isNaN(t)) return null;
  return index.cues[countStartedBefore(index.starts, t) - 1] ?? null;
}
