// The Table's figures: each with a short label, its value, a detail line and an info panel naming its sources.
import { blameShares, capitalise, harmLevel, mandateExpires, mondayOf, politicalPressureBp, theHarm, theService, theSide, type SideId, type Vocabulary } from '../sim/index';
import { count, millions, money, pct, shortDate, signedThousands } from './format';
import { info, type InfoView } from './info-panel';
import { harmUnitDefinition } from './units';
import type { Session } from '../store/types';
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

/** What a figure's info panel says, and the scenario fields its sources are looked up by. */
interface About {
  readonly title: string;
  readonly text: string;
  readonly paths: readonly string[];
}

const OPINION_PATHS = [0, 1, 2, 3].flatMap((i) => [`opinion.groups[${i}].support`, `opinion.groups[${i}].oppose`, `opinion.groups[${i}].weight`]);

/** Each figure's info panel, in the dispute's own words. */
const aboutFigures = (v: Vocabulary): Readonly<Record<FigureId, About>> => {
  const employer = theSide(v, 'employer');
  const union = theSide(v, 'union');
  return {
    opinion: {
      title: 'Public opinion',
      text: 'Share of adults who support or oppose the strikes. It starts from the polls at the start of the dispute and moves each week with strike fatigue, cancelled work, memories of past pay rises, who the public blames, and statements.',
      paths: OPINION_PATHS,
    },
    waitingList: {
      title: capitalise(v.harm.name),
      text: `${harmUnitDefinition(v)} New demand adds to it and the work done removes from it each week; strike days cancel ${v.harm.lost.plural}, and some of them add to it.`,
      paths: ['harm.waitingList', 'harm.referralsPerWeek', 'harm.capacityPerWeek', 'harm.clockStopsPerCancellation', 'harm.unitsPerWeekday', 'harm.inventoryUnits'],
    },
    strikeCost: {
      title: `Cost of strikes to ${theService(v)}`,
      text: `Cover for absent ${v.workers.plural} and lost work on strike days, plus the premium paid to keep ${theService(v)} running when managers press ahead.`,
      paths: ['costs.strikeDayMAtReference', 'mitigation.extraCostMPerDayAt100'],
    },
    mandate: {
      title: 'Strike mandate',
      text: 'Strikes are lawful only while a ballot mandate is in force; it lasts for the period the law sets, and each strike needs the notice the law sets. A new ballot takes weeks and may have to pass turnout and support thresholds.',
      paths: ['initial.mandateBallot.turnout', 'initial.mandateBallot.yes', 'law.rules.mandateDays', 'law.rules.noticeDays', 'law.rules.turnoutThreshold'],
    },
    pressure: {
      title: `Political pressure on ${employer}`,
      // The tile adds who the public blames now.
      text: `How hard the dispute presses on ${employer}: a weighted mix of the blame it carries, public support for the strikers and the growth of ${theHarm(v)}.`,
      paths: ['opinion.blame.employer', 'opinion.blame.equal', 'opinion.blame.union', 'costs.politicalCostMPerWeekAtFullPressure', 'costs.harmPressureAt'],
    },
    morale: {
      title: `Members' morale (private to ${union})`,
      text: 'How ready members are to keep going. Strike days wear it down; public support lifts it. Low morale means fewer walk out and ballots fail.',
      paths: ['initial.morale', 'members.morale.perStrikeDay', 'members.participation.max'],
    },
    fund: {
      title: `Strike fund (private to ${union})`,
      text: 'Pays part of the lost pay of strikers who claim. When it runs dry, fewer members walk out.',
      paths: ['initial.strikeFundM', 'members.fund.claimShare', 'members.fund.coverage'],
    },
    mitigation: {
      title: `Keeping ${theService(v)} running`,
      text: `How hard managers keep ${theService(v)} running on strike days: more protects the public and limits ${theHarm(v)}, but costs more in premium cover and risks safety stories.`,
      paths: ['initial.mitigationLevel', 'mitigation.extraCostMPerDayAt100', 'mitigation.safetyRiskFromLevel'],
    },
    headroom: {
      title: `Budget headroom (private to ${employer})`,
      text: 'Room in the budget for catch-up work before other spending is cut.',
      paths: ['initial.budgetHeadroomM'],
    },
  };
};

/** Every figure the Table shows for `side`; each one's own side sees its private figures, never the other's. */
export function tableFigures(session: Session, side: SideId): Figure[] {
  const { state, origin } = session;
  const sc = state.scenario;
  const v = sc.vocabulary;
  const ABOUT = aboutFigures(v);
  const about = (id: FigureId, text = ABOUT[id].text): InfoView => info(sc, ABOUT[id].title, text, ABOUT[id].paths);
  const shares = opinionShares(state);
  const list = harmLevel(state);
  const from = mondayOf(state);
  const blame = blameShares(sc, state.opinion);
  const pressure = politicalPressureBp(state);

  const mandate = state.law.mandate;
  const ballot = state.law.ballot;
  const mandateFigure = (): Figure => {
    if (ballot?.status === 'open') return { id: 'mandate', label: 'Mandate', value: 'Ballot open', detail: `closes ${shortDate(ballot.closes)}`, info: about('mandate') };
    if (!mandate || mandate.until < from) return { id: 'mandate', label: 'Mandate', value: 'None', detail: 'win a ballot first', level: 0, info: about('mandate') };
    // A standing right, or a mandate the law never ends: no countdown to show.
    if (!mandateExpires(sc)) return { id: 'mandate', label: 'Mandate', value: 'In force', detail: sc.law.noBallotLaw ? 'no ballot needed' : 'no expiry', level: 1, info: about('mandate') };
    const weeksLeft = Math.max(0, Math.ceil((mandate.until - from + 1) / 7));
    const span = Math.max(1, mandate.until - mandate.from);
    return {
      id: 'mandate',
      label: 'Mandate',
      value: `${weeksLeft} week${weeksLeft === 1 ? '' : 's'}`,
      detail: `left, to ${shortDate(mandate.until)}`,
      level: Math.min(1, Math.max(0, (mandate.until - from) / span)),
      info: about('mandate'),
    };
  };

  const sinceStart = list - harmLevel(origin);
  const figures: Figure[] = [
    { id: 'opinion', label: 'Public opinion of the strikes', value: `${pct(shares.supportBp)} support`, detail: `${pct(shares.opposeBp)} oppose · ${pct(shares.neutralBp)} neither`, info: about('opinion') },
    {
      id: 'waitingList',
      label: capitalise(v.harm.name),
      value: millions(list),
      detail: `${Math.abs(sinceStart) < 500 ? '±0' : signedThousands(sinceStart)} since ${shortDate(sc.startDay).replace(/^\w+ /, '')}`,
      info: about('waitingList'),
    },
    { id: 'strikeCost', label: 'Strike costs', value: money(state.employer.strikeCostK, v.currency), detail: `${count(state.strikes.daysHeld)} day${state.strikes.daysHeld === 1 ? '' : 's'} of strikes`, info: about('strikeCost') },
    mandateFigure(),
    {
      id: 'pressure',
      label: 'Pressure',
      value: pct(pressure),
      detail: `${pct(blame.employerBp)} blame ${v.sides.employer.shortName}`,
      level: pressure / 10_000,
      info: about(
        'pressure',
        `${ABOUT.pressure.text} Now ${pct(blame.employerBp)} of the public blame ${v.blame.employer} most, ${pct(blame.unionBp)} ${v.blame.union} and ${pct(blame.equalBp)} both equally; rejecting a reasonable offer, imposing terms and hard-line statements move that.`,
      ),
    },
  ];
  const own: Figure[] =
    side === 'union'
      ? [
          { id: 'morale', label: 'Morale', value: pct(state.union.moraleBp), detail: 'private to you', level: state.union.moraleBp / 10_000, info: about('morale') },
          { id: 'fund', label: 'Strike fund', value: money(state.union.fundK, v.currency), detail: 'private to you', info: about('fund') },
        ]
      : [
          { id: 'mitigation', label: 'Kept running', value: `${state.employer.mitigationLevel}`, detail: 'out of 100', level: state.employer.mitigationLevel / 100, info: about('mitigation') },
          { id: 'headroom', label: 'Headroom', value: money(state.employer.headroomK, v.currency), detail: 'private to you', info: about('headroom') },
        ];
  return [...figures, ...own];
}
