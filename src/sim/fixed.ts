/**
 * Integer and fixed-point arithmetic for the core. Only + - * /, rounding and comparisons are used, because
 * those are correctly rounded in every JavaScript engine; transcendental functions are not.
 */

/** One whole in basis points: percentages and shares are stored as integers 0..10000. */
export const BP = 10000;

/**
 * `x` kept within lo..hi. An empty range (hi < lo, as when a scenario allows no strike days) gives hi: the
 * upper limit is the one a caller cannot go past.
 */
export const clamp = (x: number, lo: number, hi: number): number => {
  const atLeastLo = x < lo ? lo : x;
  return atLeastLo > hi ? hi : atLeastLo;
};

/** Integer division rounded to nearest (halves away from zero); deterministic for safe integers. */
export const divRound = (a: number, b: number): number => {
  const q = a / b;
  return q < 0 ? -Math.round(-q) : Math.round(q);
};

/** `x * bp / 10000`, rounded: scales an integer by a basis-point factor. */
export const mulBp = (x: number, bp: number): number => divRound(x * bp, BP);

/** Converts an authored fraction (0.155) to basis points (1550). Used once, when a scenario is parsed. */
export const toBp = (fraction: number): number => Math.round(fraction * BP);

/** Converts an authored amount to an integer number of hundredths (4.5 pp → 450). */
export const toX100 = (x: number): number => Math.round(x * 100);

/** Integer square root (floor), for the rare place a square root is wanted without floating error. */
export const isqrt = (n: number): number => {
  if (n < 2) return n < 0 ? 0 : n;
  let x = Math.floor(Math.sqrt(n));
  while (x * x > n) x -= 1;
  while ((x + 1) * (x + 1) <= n) x += 1;
  return x;
};

/** Piecewise-linear interpolation over integer points sorted by x; flat beyond the ends. */
export const interpolate = (points: readonly (readonly [number, number])[], x: number): number => {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return 0;
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < points.length; i += 1) {
    const b = points[i]!;
    if (x <= b[0]) {
      const a = points[i - 1]!;
      return a[1] + divRound((b[1] - a[1]) * (x - a[0]), b[0] - a[0]);
    }
  }
  return last[1];
};
