/**
 * A game's weekly figures as CSV, for a spreadsheet: public opinion, the waiting list, strike days, both sides'
 * limits on the headline issue and the zone of agreement (revealed after the game), and the offers made.
 */
import Papa from 'papaparse';
import type { Debrief, Scenario } from '../sim/index';

export const weeklyCsv = (scenario: Scenario, debrief: Debrief): string => {
  const headline = scenario.issues[0]!;
  const fields = [
    'week',
    'date',
    'supportPct',
    'opposePct',
    'waitingList',
    'strikeDays',
    `bmaLeast_${headline.id}`,
    `govMost_${headline.id}`,
    'zoneFrom',
    'zoneTo',
    'bmaWalkAway',
    'govWalkAway',
    `bmaOffer_${headline.id}`,
    `govOffer_${headline.id}`,
  ];
  const offer = (w: Debrief['weeks'][number], side: 'bma' | 'gov') => w.offers.filter((o) => o.from === side).map((o) => o.terms[headline.id]).join(' ');
  const data = debrief.weeks.map((w) => [
    w.week + 1,
    w.date,
    w.supportPct,
    w.opposePct,
    w.waitingList,
    w.strikeDays,
    w.reservation.bma ?? '',
    w.reservation.gov ?? '',
    w.zopa?.[0] ?? '',
    w.zopa?.[1] ?? '',
    w.walkAway.bma,
    w.walkAway.gov,
    offer(w, 'bma'),
    offer(w, 'gov'),
  ]);
  return Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\n' });
};
