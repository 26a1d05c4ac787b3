// The media clock of a playback, rebuilt from `requestVideoFrameCallback` samples: each says
// which media time (`mediaTime`, s) is on screen from which moment (`expectedDisplayTime`, ms
// on the page's `performance.now()` clock).

export interface FrameSample {
  mediaTime: number;
  displayTime: number;
}

/**
 * A function from a page moment (ms) to the media time (s) on screen then: linear between the
 * two frame samples around it (so a stall, where media time stands still, is followed), and
 * at 1x beyond the first or last sample.
 */
export function frameClock(samples: readonly FrameSample[]): (at: number) => number {
  const frames = [...samples].sort((a, b) => a.displayTime - b.displayTime);
  if (frames.length === 0) return () => Number.NaN;
  return (at: number) => {
    let low = 0;
    let high = frames.length - 1;
    if (at <= frames[0]!.displayTime) return frames[0]!.mediaTime - (frames[0]!.displayTime - at) / 1000;
    if (at >= frames[high]!.displayTime)
      return frames[high]!.mediaTime + (at - frames[high]!.displayTime) / 1000;
    // Invariant: frames[low].displayTime <= at < frames[high].displayTime.
    while (high - low > 1) {
      const mid = (low + high) >> 1;
      if (frames[mid]!.displayTime <= at) low = mid;
      else high = mid;
    }
    const a = frames[low]!;
    const b = frames[high]!;
    const span = b.displayTime - a.displayTime;
    return span > 0 ? a.mediaTime + ((at - a.displayTime) / span) * (b.mediaTime - a.mediaTime) : a.mediaTime;
  };
}
