/**
 * What every section converter shares while a scenario file is normalised: the list of problems found so far
 * (in the order they are found), and the lookups that check a reference as they resolve it.
 */
import { dayFromCivil, parseIsoDate, weekOfDay, type DayNumber } from '../../calendar';
import { closest } from '../explain';
import { formatPath, type PathPart } from '../figures';
import { error, type Problem } from '../problem';

export type Path = readonly PathPart[];

export interface Checker {
  readonly problems: Problem[];
  /** Records a cross-field error at `path`. */
  fail(path: Path, message: string, fix?: string): void;
  /** The day an ISO date names; a date that does not exist is reported and read as a fixed Monday. */
  day(iso: string, path: Path): DayNumber;
}

/** A checker that also knows the start day and the sources, once those are read. */
export interface Resolver extends Checker {
  readonly startDay: DayNumber;
  readonly sourceIds: ReadonlySet<string>;
  /** The game week (0 = the start week) of an ISO date. */
  weekOf(iso: string, path: Path): number;
  /** Reports a source id that is not defined in sources. */
  checkSource(ref: string | undefined, path: Path): void;
}

export const newChecker = (): Checker => {
  const problems: Problem[] = [];
  const fail = (path: Path, message: string, fix?: string): void => {
    problems.push(error('schema', formatPath(path), message, fix));
  };
  const day = (iso: string, path: Path): DayNumber => {
    const d = parseIsoDate(iso);
    if (d !== null) return d;
    fail(path, `"${iso}" is not a real calendar date`, 'check the day and month (YYYY-MM-DD)');
    return dayFromCivil(2000, 1, 3);
  };
  return { problems, fail, day };
};

/** "Did you mean …?" for a source id that is not defined. */
const sourceFix = (ref: string, sourceIds: ReadonlySet<string>): string => {
  const guess = closest(ref, [...sourceIds]);
  return guess ? `did you mean ${guess}?` : `add { id: ${ref}, publisher: …, date: YYYY-MM-DD } to sources`;
};

export const newResolver = (checker: Checker, startDay: DayNumber, sourceIds: ReadonlySet<string>): Resolver => ({
  ...checker,
  startDay,
  sourceIds,
  weekOf: (iso, path) => weekOfDay(startDay, checker.day(iso, path)),
  checkSource: (ref, path) => {
    if (ref !== undefined && !sourceIds.has(ref)) checker.fail(path, `the source "${ref}" is not defined in sources`, sourceFix(ref, sourceIds));
  },
});

/** Reports the second and later uses of an id in a list; returns the function to call with each id in turn. */
export const uniqueIds = (checker: Checker, kind: string, listPath: string): ((id: string, index: number) => void) => {
  const seen = new Set<string>();
  return (id, index) => {
    if (seen.has(id)) checker.fail([listPath, index, 'id'], `the ${kind} id "${id}" is used twice`, `give each ${kind} its own id`);
    seen.add(id);
  };
};
