/**
 * The calendar as integer day numbers (days since 1970-01-01), with no Date object: civil dates are converted
 * with Howard Hinnant's days-from-civil algorithm, which is plain integer arithmetic.
 */

export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const floorDiv = (a: number, b: number): number => Math.floor(a / b);

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export const dayFromCivil = (y: number, m: number, d: number): DayNumber => {
  const yy = m <= 2 ? y - 1 : y;
  const era = floorDiv(yy, 400);
  const yoe = yy - era * 400;
  const doy = floorDiv(153 * (m + (m > 2 ? -3 : 9)) + 2, 5) + d - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
};

/** The civil date of a day number. */
export const civilFromDay = (day: DayNumber): { y: number; m: number; d: number } => {
  const z = day + 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const d = doy - floorDiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
};

const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** Parses `YYYY-MM-DD` strictly; null when it is not a real date. */
export const parseIsoDate = (text: string): DayNumber | null => {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return dayFromCivil(y, m, d);
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const isoFromDay = (day: DayNumber): string => {
  const { y, m, d } = civilFromDay(day);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
};

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export const weekday = (day: DayNumber): number => (((day + 3) % 7) + 7) % 7;

export const monthOf = (day: DayNumber): number => civilFromDay(day).m;

/** The Monday that starts week `week` of a game whose week 0 starts on `startDay`. */
export const weekStart = (startDay: DayNumber, week: number): DayNumber => startDay + 7 * week;

/** The week (from 0) a day falls in; negative before the start. */
export const weekOfDay = (startDay: DayNumber, day: DayNumber): number => floorDiv(day - startDay, 7);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Fri 25 Jul 2025": for messages and headlines. */
export const longDate = (day: DayNumber): string => {
  const { y, m, d } = civilFromDay(day);
  return `${WEEKDAYS[weekday(day)]} ${d} ${MONTHS[m - 1]} ${y}`;
};
