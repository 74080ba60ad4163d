import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { advanceBacklog, backlogLostShareBp } from './backlog';
import { plannedUnitsOn } from './harm';
import { parseIsoDate } from './calendar';
import { newGame } from './new-game';
import { parseScenarioText } from './scenario/parse';
import type { GameState } from './types';

const parsed = parseScenarioText(readFileSync(fileURLToPath(new URL('../../scenarios/resident-doctors-2025.yaml', import.meta.url)), 'utf8'));
if (!parsed.ok) throw new Error('scenario');
const sc = parsed.value;
if (sc.harm.kind !== 'backlog') throw new Error('the default scenario has a waiting list');
const list = sc.harm;
const base = newGame(sc, { seed: 'b', players: { union: 'human', employer: 'human' } });
const day = (iso: string) => parseIsoDate(iso)!;
const withMitigation = (s: GameState, level: number): GameState => ({ ...s, employer: { ...s.employer, mitigationLevel: level } });

describe('waiting list', () => {
  it('conserves patients: list + referrals − stops − removals', () => {
    const monday = day('2025-07-21');
    const week = advanceBacklog(list, base, monday, [day('2025-07-25'), day('2025-07-26')], 3000);
    expect(week.nhs.waitingList).toBe(base.nhs.waitingList + week.referrals - week.stops - week.removals);
    expect(week.stops).toBeLessThanOrEqual(week.capacity + week.catchUpDelivered);
    expect(week.stops).toBe(week.capacity - week.lostStops);
  });

  it('plans less on weekends, so a weekend strike cancels less', () => {
    expect(plannedUnitsOn(sc, day('2025-07-26'))).toBeLessThan(plannedUnitsOn(sc, day('2025-07-25')));
    const weekend = advanceBacklog(list, base, day('2025-07-21'), [day('2025-07-26'), day('2025-07-27')], 3000);
    const weekdays = advanceBacklog(list, base, day('2025-07-21'), [day('2025-07-24'), day('2025-07-25')], 3000);
    expect(weekend.rescheduled).toBeLessThan(weekdays.rescheduled);
  });

  it('more mitigation never cancels more, and more strikers never cancel less', () => {
    let previous = Infinity;
    for (let level = 0; level <= 100; level += 10) {
      const share = backlogLostShareBp(list, 3000, level);
      expect(share).toBeLessThanOrEqual(previous);
      previous = share;
    }
    expect(backlogLostShareBp(list, 4000, 55)).toBeGreaterThan(backlogLostShareBp(list, 2000, 55));
  });

  it('keeps all planned care in weeks without strike days', () => {
    const week = advanceBacklog(list, withMitigation(base, 0), day('2025-07-21'), [], 3000);
    expect(week.plannedCareKeptBp).toBe(10000);
    expect(week.rescheduled).toBe(0);
  });

  it('paid catch-up activity shortens the list', () => {
    const paid: GameState = { ...base, employer: { ...base.employer, catchUpEpisodesPending: 50_000 } };
    const without = advanceBacklog(list, base, day('2025-07-21'), [], 3000);
    const withCatchUp = advanceBacklog(list, paid, day('2025-07-21'), [], 3000);
    expect(withCatchUp.nhs.waitingList).toBeLessThan(without.nhs.waitingList);
    expect(withCatchUp.catchUpEpisodesPending).toBe(50_000 - withCatchUp.catchUpDelivered);
  });

  it('treats fewer patients in winter and in Christmas week', () => {
    const summer = advanceBacklog(list, base, day('2025-07-21'), [], 3000);
    const christmas = advanceBacklog(list, base, day('2025-12-22'), [], 3000);
    expect(christmas.capacity).toBeLessThan(summer.capacity);
    expect(christmas.referrals).toBeLessThan(summer.referrals);
  });
});
