// The Table's figures: each with a short label, its value, a detail line and an info panel naming its sources.
import { blameShares, mondayOf, politicalPressureBp, type SideId } from '../sim/index';
import { count, millions, money, pct, shortDate, signedThousands } from './format';
import { info, type InfoView } from './info-panel';
import type { Session } from '../store/session';
import { opinionShares } from './common';

export type FigureId = 'opinion' | 'waitingList' | 'strikeCost' | 'mandate' | 'pressure' | 'morale' | 'fund' | 'headroom' | 'mitigation';

export interface Figure {
  readonly id: FigureId;
  /** Short, for a tile; the info panel's title gives the full name. */
  readonly label: string;
  readonly value: string;
  readonly detail: string;
  /** 0..1, for figures drawn as meters. */
  readonly level?: number;
  readonly info: InfoView;
}

const OPINION_PATHS = [0, 1, 2, 3].flatMap((i) => [`opinion.groups[${i}].support`, `opinion.groups[${i}].oppose`, `opinion.groups[${i}].weight`]);

/** Every figure the Table shows for `side`; each one's own side sees its private figures, never the other's. */
export function tableFigures(session: Session, side: SideId): Figure[] {
  const { state, origin } = session;
  const sc = state.scenario;
  const shares = opinionShares(state);
  const list = state.nhs.waitingList;
  const from = mondayOf(state);
  const blame = blameShares(sc, state.opinion);
  const pressure = politicalPressureBp(state);

  const mandate = state.law.mandate;
  const ballot = state.law.ballot;
  const mandateFigure = (): Figure => {
    const about = info(
      sc,
      'Strike mandate',
      'Strikes are lawful only while a ballot mandate is in force; it lasts six months from the ballot, and each strike needs 14 days\u2019 notice. A new ballot takes weeks and must pass turnout and support thresholds.',
      ['initial.mandateBallot.turnout', 'initial.mandateBallot.yes', 'law.rules.mandateDays', 'law.rules.noticeDays', 'law.rules.turnoutThreshold'],
    );
    if (ballot?.status === 'open') return { id: 'mandate', label: 'Mandate', value: 'Ballot open', detail: `closes ${shortDate(ballot.closes)}`, info: about };
    if (!mandate || mandate.until < from) return { id: 'mandate', label: 'Mandate', value: 'None', detail: 'win a ballot first', level: 0, info: about };
    const weeksLeft = Math.max(0, Math.ceil((mandate.until - from + 1) / 7));
    const span = Math.max(1, mandate.until - mandate.from);
    return {
      id: 'mandate',
      label: 'Mandate',
      value: `${weeksLeft} week${weeksLeft === 1 ? '' : 's'}`,
      detail: `left, to ${shortDate(mandate.until)}`,
      level: Math.min(1, Math.max(0, (mandate.until - from) / span)),
      info: about,
    };
  };

  const figures: Figure[] = [
    {
      id: 'opinion',
      label: 'Public opinion of the strikes',
      value: `${pct(shares.supportBp)} support`,
      detail: `${pct(shares.opposeBp)} oppose · ${pct(shares.neutralBp)} neither`,
      info: info(
        sc,
        'Public opinion',
        'Share of adults who support or oppose the strikes. It starts from the July 2025 polls and moves each week with strike fatigue, cancelled care, memories of past pay rises, who the public blames, and statements.',
        OPINION_PATHS,
      ),
    },
    {
      id: 'waitingList',
      label: 'Waiting list',
      value: millions(list),
      detail: `${Math.abs(list - origin.nhs.waitingList) < 500 ? '±0' : signedThousands(list - origin.nhs.waitingList)} since ${shortDate(sc.startDay).replace(/^\w+ /, '')}`,
      info: info(
        sc,
        'Waiting list (England, referral to treatment)',
        'Pathways waiting for planned treatment. Referrals add to it and treatment removes from it each week; strike days cancel planned care, and some cancelled patients wait longer.',
        ['nhs.waitingList', 'nhs.referralsPerWeek', 'nhs.capacityPerWeek', 'nhs.clockStopsPerCancellation'],
      ),
    },
    {
      id: 'strikeCost',
      label: 'Strike costs',
      value: money(state.gov.strikeCostK),
      detail: `${count(state.strikes.daysHeld)} day${state.strikes.daysHeld === 1 ? '' : 's'} of strikes`,
      info: info(
        sc,
        'Cost of strikes to the NHS',
        'Cover for absent doctors and lost activity on strike days, plus the premium paid to keep planned care going when hospitals press ahead.',
        ['costs.strikeDayGBPmAtReference', 'mitigation.extraCostGBPmPerDayAt100'],
      ),
    },
    mandateFigure(),
    {
      id: 'pressure',
      label: 'Pressure',
      value: pct(pressure),
      detail: `${pct(blame.governmentBp)} blame the Gov't`,
      level: pressure / 10_000,
      info: info(
        sc,
        'Political pressure on the Government',
        `How hard the dispute presses on the Government: a weighted mix of the blame it carries, public support for the strikers and the growth of the waiting list. Now ${pct(blame.governmentBp)} of the public blame the Government most, ${pct(blame.doctorsBp)} the doctors and ${pct(blame.equalBp)} both equally; rejecting a reasonable offer, imposing terms and hard-line statements move that.`,
        ['opinion.blame.government', 'opinion.blame.equal', 'opinion.blame.doctors', 'costs.politicalCostGBPmPerWeekAtFullPressure', 'costs.waitingListPressureAt'],
      ),
    },
  ];
  if (side === 'bma') {
    figures.push(
      {
        id: 'morale',
        label: 'Morale',
        value: pct(state.bma.moraleBp),
        detail: 'private to you',
        level: state.bma.moraleBp / 10_000,
        info: info(
          sc,
          "Members' morale (private to the BMA)",
          'How ready members are to keep going. Strike days wear it down; public support lifts it. Low morale means fewer walk out and ballots fail.',
          ['initial.morale', 'members.morale.perStrikeDay', 'members.participation.max'],
        ),
      },
      {
        id: 'fund',
        label: 'Strike fund',
        value: money(state.bma.fundK),
        detail: 'private to you',
        info: info(sc, 'Strike fund (private to the BMA)', 'Pays part of the lost pay of strikers who claim. When it runs dry, fewer members walk out.', [
          'initial.strikeFundGBPm',
          'members.fund.claimShare',
          'members.fund.coverage',
        ]),
      },
    );
  } else {
    figures.push(
      {
        id: 'mitigation',
        label: 'Planned care',
        value: `${state.gov.mitigationLevel}`,
        detail: 'out of 100',
        level: state.gov.mitigationLevel / 100,
        info: info(
          sc,
          'Pressing ahead with planned care',
          'How hard hospitals keep planned care going on strike days: more protects patients and the list, but costs more in premium cover and risks safety stories.',
          ['initial.mitigationLevel', 'mitigation.extraCostGBPmPerDayAt100', 'mitigation.safetyRiskFromLevel'],
        ),
      },
      {
        id: 'headroom',
        label: 'Headroom',
        value: money(state.gov.headroomK),
        detail: 'private to you',
        info: info(sc, 'Budget headroom (private to the Government)', 'Room in the health budget for catch-up work before other services are cut.', ['initial.budgetHeadroomGBPm']),
      },
    );
  }
  return figures;
}
