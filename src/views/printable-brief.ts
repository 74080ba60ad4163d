// A side's confidential brief as a printable page: the scenario's brief for that side, its private starting
// figures (and only its own), the issues on the table and the moves it can make.
import { ACTION_TYPES, capitalise, longDate, theService, theSide, type Scenario, type SideId } from '../sim/index';
import { actionLabel } from './moves';
import { issueValue, money, pct } from './format';

export interface PrintableBrief {
  readonly side: SideId;
  readonly mark: string;
  readonly name: string;
  readonly scenario: string;
  readonly starts: string;
  readonly paragraphs: readonly string[];
  readonly privateFigures: readonly { readonly label: string; readonly value: string }[];
  readonly issues: readonly { readonly label: string; readonly description: string; readonly now: string; readonly range: string }[];
  readonly moves: readonly string[];
  readonly footer: string;
}

export function printableBrief(scenario: Scenario, side: SideId): PrintableBrief {
  const info = scenario.sides[side];
  const init = scenario.initial;
  const privateFigures =
    side === 'union'
      ? [
          { label: "Members' morale", value: pct(init.moraleBp) },
          { label: 'Strike fund', value: money(init.strikeFundK, scenario.vocabulary.currency) },
        ]
      : [
          { label: 'Budget headroom for catch-up work', value: money(init.budgetHeadroomK, scenario.vocabulary.currency) },
          { label: `${capitalise(theService(scenario.vocabulary))} kept running on strike days`, value: `level ${init.mitigationLevel} of 100` },
        ];
  return {
    side,
    mark: `Confidential · ${info.shortName} only`,
    name: info.name,
    scenario: `${scenario.title} (version ${scenario.version})`,
    starts: `The game starts on ${longDate(scenario.startDay)} and runs for up to ${scenario.horizonWeeks} weeks.`,
    paragraphs: info.brief.trim().split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ')),
    privateFigures,
    issues: scenario.issues.map((issue) => ({
      label: issue.label,
      description: issue.description,
      now: issueValue(issue, issue.values[issue.statusQuo] ?? 0),
      range: `${issueValue(issue, issue.values[0] ?? 0)} to ${issueValue(issue, issue.values[issue.values.length - 1] ?? 0)}`,
    })),
    moves: ACTION_TYPES.filter((t) => t !== 'endTurn').map((t) => actionLabel(t, side)).filter((l) => l !== ''),
    footer: `Standoff · ${scenario.title}. This brief is for ${theSide(scenario.vocabulary, side)} only: do not show it to the other side.`,
  };
}
