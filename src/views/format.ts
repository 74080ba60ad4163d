// Numbers as players read them. Display only: the core's figures arrive as integers (bp, thousands of the currency, units of harm).
import { longDate, YES_NO, type Issue } from '../sim/index';

const grouped = new Intl.NumberFormat('en-GB');

/** Basis points as a percentage: 2650 → "27%" (or "26.5%" with one decimal). */
export const pct = (bp: number, decimals = 0): string => `${(bp / 100).toFixed(decimals)}%`;

/** A count with thousands separators: 54095 → "54,095". */
export const count = (n: number): string => grouped.format(Math.round(n));

/** A large count in millions, to a precision that says something: 7392577 → "7.39m"; under a million it is
 *  the count itself (10000 → "10,000", not "0.01m"). */
export const millions = (n: number, decimals = 2): string =>
  Math.abs(n) < 1_000_000 ? count(n) : `${(n / 1_000_000).toFixed(decimals)}m`;

/** Money in the scenario's currency: one formatter for every screen, the runner and the reports (src/sim/money.ts). */
export { money, moneyM, moneyUnits } from '../sim/index';

/** A count with its noun, singular for exactly one: plural(1, 'point') → "1 point", plural(3, 'strike day')
 *  → "3 strike days", plural(2, 'person', 'people') → "2 people". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`;

/** A unit written after a number, singular after exactly 1: "points" → "point", "days" → "day" (a unit
 *  ending in a single s is taken as a plural noun; "pp", "%" and "level" are left alone). */
export const unitFor = (unit: string, value: number): string => (value === 1 && /[^s]s$/.test(unit) ? unit.slice(0, -1) : unit);

/** A signed change: +3, −1,200 (a real minus sign, read correctly by screen readers). */
export const signed = (n: number, text: (abs: number) => string = count): string =>
  n > 0 ? `+${text(n)}` : n < 0 ? `−${text(-n)}` : text(0);

/** An issue's level with its unit: "4.5 pp", "2,000 posts", "50%", "level 2". */
export function issueValue(issue: Issue, value: number): string {
  const number = Number.isInteger(value) ? grouped.format(value) : value.toFixed(1);
  if (issue.unit === '%') return `${number}%`;
  if (issue.unit === 'level') return `level ${number}`;
  if (issue.unit === YES_NO) return value > 0 ? 'yes' : 'no';
  return `${number} ${unitFor(issue.unit, value)}`;
}

/** The same, compact for a narrow column: the unit is kept only when short ("4.5 pp", "50%", "4,000"). */
export function issueValueShort(issue: Issue, value: number): string {
  const number = Number.isInteger(value) ? grouped.format(value) : value.toFixed(1);
  if (issue.unit === '%') return `${number}%`;
  if (issue.unit === YES_NO) return value > 0 ? 'yes' : 'no';
  return issue.unit.length <= 3 ? `${number} ${unitFor(issue.unit, value)}` : number;
}

/** A change in a large count, in thousands: 22340 → "+22k". */
export const signedThousands = (n: number): string => signed(Math.round(n / 1000), (k) => `${count(k)}k`);

/** A day number as "Mon 21 Jul 2025" (the core's own wording). */
export const date = longDate;

/** "Mon 21 Jul" without the year, for tight spaces. */
export const shortDate = (day: number): string => longDate(day).replace(/ \d{4}$/, '');
