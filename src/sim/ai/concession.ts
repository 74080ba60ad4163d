/**
 * Time-dependent concession (Faratin, Sierra and Jennings; the Genius time-dependent agents): the share of the
 * way from its best outcome to its walk-away value that a side has conceded at time x ∈ [0, 1] is x^(1/e).
 * e below 1 holds out (Boulware), e = 1 is linear, e above 1 concedes early. Integer powers and integer square
 * roots only, so every engine computes the same curve.
 */
import { BP, clamp, divRound, isqrt } from '../fixed';

/** x^(1/e) in basis points for x in bp and e ×100. */
const concededBp = (xBp: number, eX100: number): number => {
  const x = clamp(xBp, 0, BP);
  if (eX100 <= 100) {
    const power = Math.max(1, Math.round(100 / Math.max(1, eX100)));
    let f = BP;
    for (let i = 0; i < power; i += 1) f = divRound(f * x, BP);
    return f;
  }
  let f = x;
  for (let e = eX100; e > 100; e = Math.floor(e / 2)) f = isqrt(f * BP);
  return f;
};

/** The utility a side aims for now: from its best down toward its walk-away as time passes. */
export const aspirationBp = (bestBp: number, walkAwayBp: number, xBp: number, eX100: number): number => {
  if (walkAwayBp >= bestBp) return walkAwayBp;
  return bestBp - divRound((bestBp - walkAwayBp) * concededBp(xBp, eX100), BP);
};
