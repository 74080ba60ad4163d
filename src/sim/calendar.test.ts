import { describe, expect, it } from 'vitest';
import { civilFromDay, dayFromCivil, isoFromDay, longDate, parseIsoDate, weekday, weekOfDay } from './calendar';

describe('calendar', () => {
  it('knows real dates and weekdays', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(weekday(parseIsoDate('2025-07-07')!)).toBe(0); // a Monday
    expect(weekday(parseIsoDate('2025-07-25')!)).toBe(4); // a Friday
    expect(longDate(parseIsoDate('2025-07-25')!)).toBe('Fri 25 Jul 2025');
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-13-01')).toBeNull();
    expect(parseIsoDate('25-07-07')).toBeNull();
  });

  it('round-trips every day over two centuries', () => {
    const wrong: number[] = [];
    for (let d = dayFromCivil(1900, 1, 1); d < dayFromCivil(2100, 1, 1); d += 1) {
      const { y, m, d: dom } = civilFromDay(d);
      if (dayFromCivil(y, m, dom) !== d || parseIsoDate(isoFromDay(d)) !== d) wrong.push(d);
    }
    expect(wrong).toEqual([]);
  });

  it('numbers weeks from the start, Monday to Sunday', () => {
    const start = parseIsoDate('2025-07-07')!;
    expect(weekOfDay(start, parseIsoDate('2025-07-13')!)).toBe(0);
    expect(weekOfDay(start, parseIsoDate('2025-07-14')!)).toBe(1);
    expect(weekOfDay(start, parseIsoDate('2025-07-06')!)).toBe(-1);
  });
});
