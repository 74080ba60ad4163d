// The offers made so far, for the Negotiation panel: newest first, valued for the viewing side only.
import type { Offer, SideId } from '../sim/index';
import type { Session } from '../store/types';
import { issueValue } from './format';
import { points, valueTo } from './common';

export interface OfferRecord {
  readonly week: string;
  readonly from: SideId;
  readonly fromName: string;
  /** The terms, level by level in the issues' order. */
  readonly levels: readonly string[];
  /** Value to the viewing side, 0–100. */
  readonly value: string;
}

/** Every offer made, newest first, valued for the viewing side only. */
export function offerHistory(session: Session, side: SideId): OfferRecord[] {
  const { state, origin } = session;
  const sc = state.scenario;
  const record = (week: number, from: SideId, offer: Offer): OfferRecord => ({
    week: week < 0 ? 'Opening' : `Week ${week + 1}`,
    from,
    fromName: sc.sides[from].shortName,
    levels: sc.issues.map((issue, i) => issueValue(issue, issue.values[offer[i]!] ?? 0)),
    value: points(valueTo(state, side, offer)),
  });
  const out: OfferRecord[] = [];
  for (const s of ['union', 'employer'] as const) {
    const opening = origin.negotiation.standing[s];
    if (opening) out.push(record(-1, s, opening.offer));
  }
  for (const week of state.history) for (const o of week.offers) out.push(record(week.week, o.from, o.offer));
  return out.reverse();
}
