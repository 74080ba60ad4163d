/**
 * A game's weekly figures as CSV, for a spreadsheet: public opinion, the waiting list, strike days, both sides'
 * limits on the headline issue and the zone of agreement (revealed after the game), and the offers made.
 */
import Papa from 'papaparse';
import type { Debrief, Scenario, SideId } from '../sim/index';

type Week = Debrief['weeks'][number];

export const weeklyCsv = (scenario: Scenario, debrief: Debrief): string => {
  const headline = scenario.issues[0]!;
  const offers = (w: Week, side: SideId) => w.offers.filter((o) => o.from === side).map((o) => o.terms[headline.id]).join(' ');
  // Each column's heading beside the value it holds, so the two cannot drift apart.
  const columns: readonly (readonly [string, (w: Week) => string | number])[] = [
    ['week', (w) => w.week + 1],
    ['date', (w) => w.date],
    ['supportPct', (w) => w.supportPct],
    ['opposePct', (w) => w.opposePct],
    ['waitingList', (w) => w.waitingList],
    ['strikeDays', (w) => w.strikeDays],
    [`unionLeast_${headline.id}`, (w) => w.reservation.union ?? ''],
    [`employerMost_${headline.id}`, (w) => w.reservation.employer ?? ''],
    ['zoneFrom', (w) => w.zopa?.[0] ?? ''],
    ['zoneTo', (w) => w.zopa?.[1] ?? ''],
    ['unionWalkAway', (w) => w.walkAway.union],
    ['employerWalkAway', (w) => w.walkAway.employer],
    [`unionOffer_${headline.id}`, (w) => offers(w, 'union')],
    [`employerOffer_${headline.id}`, (w) => offers(w, 'employer')],
  ];
  const fields = columns.map(([name]) => name);
  const data = debrief.weeks.map((w) => columns.map(([, value]) => value(w)));
  return Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\n' });
};
