// The bench's summaries of repeated measurements.

const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (xs: readonly number[]): number => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The q-quantile (0..1): the value at rank ⌊q·n⌋ of the sorted measurements. */
export const quantile = (xs: readonly number[], q: number): number => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
