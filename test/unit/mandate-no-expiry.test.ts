/**
 * A mandate that never expires (`law.mandateExpires: false`, a US strike authorisation): the mandate in force at
 * the start and one won by a ballot both last past the end of the game, the union is never pushed to renew it,
 * and the screens show it in force with no countdown. The default, a mandate that lapses, is unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastDayOfGame } from '../../src/sim/legal';
import { mandateExpires, mandateUntil, openEndedMandateUntil } from '../../src/sim/law';
import { decide, newGame, parseScenarioText, type Scenario } from '../../src/sim/index';
import { createCatalogue } from '../../src/store/catalogue';
import { createGameStore } from '../../src/store/game-store';
import { tableFigures } from '../../src/views/figure-tiles';
import { eventNews } from '../../src/views/news';
import { ROOT } from './helpers';

const lapsing = readFileSync(join(ROOT, 'test/fixtures/scenarios/lost-output.yaml'), 'utf8');
const standing = lapsing.replace('  employerMayImpose: false\n', '  mandateExpires: false\n  employerMayImpose: false\n');
const parse = (text: string): Scenario => {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
};

const mandateTile = (text: string) => {
  const store = createGameStore({ catalogue: createCatalogue([{ fileName: 'lost-output.yaml', text }]), storage: null });
  store.getState().newGame({ scenarioId: 'lost-output', seed: '1', players: { union: 'human', employer: 'ai' }, mode: 'normal' });
  return tableFigures(store.getState().session!, 'union').find((f) => f.id === 'mandate')!;
};

describe('law.mandateExpires: false', () => {
  const sc = parse(standing);
  const usual = parse(lapsing);

  it('is read from the file, and absent by default', () => {
    expect(standing).toContain('mandateExpires: false');
    expect(sc.law.mandateNeverExpires).toBe(true);
    expect(usual.law.mandateNeverExpires).toBeUndefined();
    expect([mandateExpires(sc), mandateExpires(usual)]).toEqual([false, true]);
  });

  it('keeps the mandate in force at the start, and any the union wins, past the end of the game', () => {
    const s = newGame(sc, { seed: '1', players: { union: 'ai', employer: 'ai' } });
    expect(s.law.mandate!.until).toBe(openEndedMandateUntil(sc));
    expect(s.law.mandate!.until).toBeGreaterThan(lastDayOfGame(s));
    const closes = sc.startDay + 30;
    expect(mandateUntil(sc, sc.law.rules, closes)).toBe(openEndedMandateUntil(sc));
    // The usual law: the date the file gives, and the rules' mandate length after a ballot.
    expect(newGame(usual, { seed: '1', players: { union: 'ai', employer: 'ai' } }).law.mandate!.until).toBe(usual.initial.mandateValidUntil);
    expect(mandateUntil(usual, usual.law.rules, closes)).toBe(closes + usual.law.rules.mandateDays);
  });

  it('never has the computer union ballot to renew it, where a lapsing one would', () => {
    // A mandate written to end in three weeks: the usual law has the union renew it at once; this one never lapses.
    const soon = (text: string) => parse(text.replace('mandateValidUntil: 2026-08-31', 'mandateValidUntil: 2025-09-21'));
    const ballots = (scenario: Scenario) =>
      decide(newGame(scenario, { seed: '1', players: { union: 'ai', employer: 'ai' } }), 'union').filter((d) => d.action.type === 'openBallot').map((d) => d.reason);
    expect(ballots(soon(lapsing))).toEqual(['RENEW_MANDATE']);
    expect(ballots(soon(standing))).toEqual([]);
  });

  it('shows the mandate in force with no expiry, not a countdown; the usual law counts the weeks down', () => {
    expect(mandateTile(standing)).toMatchObject({ value: 'In force', detail: 'no expiry', level: 1 });
    expect(mandateTile(lapsing)).toMatchObject({ value: expect.stringMatching(/^\d+ weeks$/), detail: expect.stringMatching(/^left, to /) });
  });

  it('says a won ballot\u2019s mandate runs until the dispute ends', () => {
    const won = { type: 'ballotClosed', turnoutBp: 7000, yesBp: 9000, won: true, failedTest: null, mandateUntil: openEndedMandateUntil(sc) } as const;
    expect(eventNews(sc, won, [won])[0]?.text).toBe('The ballot was won (turnout 70%, 90% yes): a mandate runs until the dispute ends.');
    expect(eventNews(usual, { ...won, mandateUntil: usual.startDay + 100 }, [won])[0]?.text).toMatch(/a mandate runs to \w{3} \d+ \w{3} 2025\.$/);
  });
});
