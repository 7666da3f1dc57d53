import { VitrineError } from './errors.js';

/**
 * A calendar date as ISO 8601 text, `YYYY-MM-DD`. Dates here are days, not instants: they are
 * computed with integer day numbers (days since 1970-01-01), never through Date and its time
 * zone, so "2028-02-29 + 1 day" is "2028-03-01" wherever the code runs.
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function parse(date: unknown, what: string): CivilDate {
  const match = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day };
    }
  }
  throw new VitrineError(
    'invalid-input',
    `${what} must be a real calendar date written YYYY-MM-DD, got ${String(date)}`,
  );
}

export function assertIsoDate(date: unknown, what = 'date'): asserts date is IsoDate {
  parse(date, what);
}

export function isIsoDate(date: unknown): date is IsoDate {
  try {
    parse(date, 'date');
    return true;
  } catch {
    return false;
  }
}

/** Days since 1970-01-01 (proleptic Gregorian calendar; H. Hinnant's days_from_civil). */
export function dayNumber(date: IsoDate, what = 'date'): number {
  const { year, month, day } = parse(date, what);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number (inverse of dayNumber). */
export function dateOfDayNumber(days: number): IsoDate {
  if (!Number.isSafeInteger(days)) {
    throw new VitrineError('invalid-input', `Day number must be a whole number, got ${days}`);
  }
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) {
    throw new VitrineError('invalid-input', `Date out of range (years 0001 to 9999)`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` plus (or minus) a whole number of days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) {
    throw new VitrineError('invalid-input', `Days must be a whole number, got ${String(days)}`);
  }
  return dateOfDayNumber(dayNumber(date) + days);
}

/** The last day of the month of `date`: 2028-02-10 → 2028-02-29. */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parse(date, 'date');
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${daysInMonth(year, month)}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Today's date in UTC, from a time in milliseconds since the epoch (default: now). */
export function todayUtc(now: number = Date.now()): IsoDate {
  return dateOfDayNumber(Math.floor(now / MS_PER_DAY));
}
