// Summary statistics for the bench: medians and percentiles, never means (a shared, noisy
// machine has long tails that a mean hides).

/** The p-th percentile (0–100) of `values`, linearly interpolated between ranks; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** The median of `values`; NaN when empty. */
export const median = (values: readonly number[]): number => percentile(values, 50);

/** `12.3` style: one decimal, or "–" for NaN. */
export function fixed(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** Bytes as KB (1 KB = 1,024 bytes, as Lighthouse and the budgets count them). */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
