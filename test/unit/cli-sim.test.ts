import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunRecord, WeekRecord } from '../../src/cli/records';
import { parseScenarioText } from '../../src/sim';
import { AI_VS_AI, sim, simJson, tempDir, tempFile } from './cli-helpers';

const parsed = parseScenarioText(readFileSync(new URL('../../scenarios/resident-doctors-2025.yaml', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('scenario');
const sc = parsed.value;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isMonday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay() === 1;
const isShare = (x: unknown) => typeof x === 'number' && x >= 0 && x <= 1;
const isCount = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isTerms = (x: unknown) =>
  typeof x === 'object' && x !== null && ['pay', 'trainingPosts', 'examFees', 'rotaReform'].every((k) => typeof (x as Record<string, unknown>)[k] === 'number');

/** Checks one WeekRecord against the contract in scenarios/README.md#json-output; returns the problems found. */
const recordProblems = (w: WeekRecord, i: number): string[] => {
  const p: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) p.push(`week ${i}: ${what}`);
  };
  need(w.week === i, 'week number');
  need(ISO.test(w.date) && isMonday(w.date), `date ${w.date} is an ISO Monday`);
  for (const k of ['support', 'oppose', 'neutral'] as const) need(typeof w[k] === 'number' && w[k] >= 0 && w[k] <= 100 && Math.round(w[k] * 10) === w[k] * 10, `${k} one-decimal percent`);
  need(Math.abs(w.support + w.oppose + w.neutral - 100) < 0.051, 'support+oppose+neutral = 100');
  for (const k of ['waitingList', 'strikeDays', 'rescheduled', 'rescheduledTotal'] as const) need(isCount(w[k]), `${k} whole count`);
  need(w.strikeDays <= 7, 'strikeDays within a week');
  need(isShare(w.plannedCareKept), 'plannedCareKept 0..1');
  need(w.strikeDays > 0 || w.plannedCareKept === 1, 'plannedCareKept is 1 without strike days');
  need(typeof w.strikeCostTotalM === 'number' && w.strikeCostTotalM >= 0, 'strikeCostTotalM');
  need(typeof w.payCostMPerYear === 'number', 'payCostMPerYear');
  need(w.mandateValidUntil === null || ISO.test(w.mandateValidUntil), 'mandateValidUntil ISO or null');
  need(
    w.ballot === null ||
      (['open', 'won', 'lost'].includes(w.ballot.status) &&
        ISO.test(w.ballot.opened) &&
        ISO.test(w.ballot.closes) &&
        (w.ballot.status === 'open' ? w.ballot.turnout === null && w.ballot.yes === null : isShare(w.ballot.turnout) && isShare(w.ballot.yes))),
    'ballot shape',
  );
  need(w.offerOnTable === null || (['union', 'employer'].includes(w.offerOnTable.from) && Number.isInteger(w.offerOnTable.week) && isTerms(w.offerOnTable.offer)), 'offerOnTable shape');
  need(Array.isArray(w.actions) && w.actions.every((a) => ['union', 'employer'].includes(a.side) && typeof a.action.type === 'string' && !('side' in a.action)), 'actions shape');
  need(Array.isArray(w.events) && w.events.every((e) => typeof e.type === 'string'), 'events shape');
  need(Array.isArray(w.messages) && w.messages.every((m) => ['union', 'employer'].includes(m.side) && typeof m.text === 'string' && typeof m.reason === 'string'), 'messages shape');
  need(typeof w.walkAway.union === 'number' && typeof w.walkAway.employer === 'number', 'walkAway');
  need(isShare(w.morale), 'morale');
  // JSON-friendly: no day numbers or grid indexes leak out of events.
  need(!JSON.stringify(w.events).match(/"(start|closes|on|from|mandateUntil)":\d/), 'event dates are ISO strings');
  return p;
};

describe('sim: AI against AI (the done-when command)', () => {
  const ran = sim(['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'ai', '--employer', 'ai', '--format', 'json']);
  const run = JSON.parse(ran.stdout) as ReturnType<typeof simJson>;

  it('exits 0 with one JSON object on stdout and nothing on stderr', () => {
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe('');
    expect(Object.keys(run)).toEqual(['scenario', 'scenarioVersion', 'seed', 'players', 'weeks', 'outcome', 'stateHash', 'replayCode']);
    expect(run.scenario).toBe('resident-doctors-2025');
    expect(run.scenarioVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(run.seed).toBe('1');
    expect(run.players).toEqual({ union: 'ai:pragmatist', employer: 'ai:pragmatist' });
    expect(run.stateHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('plays to an outcome, with one record per week played', () => {
    expect(run.outcome).not.toBeNull();
    expect(['deal', 'imposed', 'deadline', 'collapse']).toContain(run.outcome!.kind);
    expect(run.weeks).toHaveLength(run.outcome!.week + 1);
    for (const side of ['union', 'employer'] as const) expect(run.outcome!.scores[side]).toBeGreaterThanOrEqual(0);
    expect(run.outcome!.terms === null || isTerms(run.outcome!.terms)).toBe(true);
  });

  it('gives every WeekRecord every field, well typed', () => {
    expect(run.weeks.flatMap(recordProblems)).toEqual([]);
  });

  it('starts where the scenario starts: Monday 7 July 2025, mandate to 6 January, the July ballot on record', () => {
    const w0 = run.weeks[0]!;
    expect(w0.date).toBe('2025-07-07');
    expect(w0.mandateValidUntil).toBe('2026-01-06');
    expect(w0.ballot).toEqual({ status: 'won', opened: '2025-05-27', closes: '2025-07-07', turnout: 0.5532, yes: 0.9005 });
    expect(run.weeks[1]!.date).toBe('2025-07-14');
  });

  it('records strikes: strike days add up to the total, and those weeks keep less planned care', () => {
    const days = run.weeks.reduce((n, w) => n + w.strikeDays, 0);
    expect(days).toBeGreaterThan(0);
    expect(days).toBe(run.weeks[run.weeks.length - 1]!.strikeDaysTotal);
    const struck = run.weeks.filter((w) => w.strikeDays > 0);
    expect(struck.every((w) => w.plannedCareKept < 1 && w.rescheduled > 0)).toBe(true);
    expect(struck.every((w) => w.events.some((e) => e.type === 'strikeDaysHeld'))).toBe(true);
  });

  it('carries the AI\'s messages with their reasons', () => {
    const messages = run.weeks.flatMap((w) => w.messages);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => /^[A-Z_]+$/.test(m.reason) && m.text.length > 0)).toBe(true);
  });

  it('gives the same JSON for the same seed, and a different game for another seed', () => {
    const again = sim(['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'ai', '--employer', 'ai', '--format', 'json']);
    expect(again.stdout).toBe(ran.stdout);
    const other = simJson([...AI_VS_AI, '--seed', '2']);
    expect(other.stateHash).not.toBe(run.stateHash);
    expect(JSON.stringify(other.weeks)).not.toBe(JSON.stringify(run.weeks));
  });
});

describe('sim: options', () => {
  it('--weeks 3 gives 3 records and no outcome', () => {
    const run = simJson([...AI_VS_AI, '--seed', '1', '--weeks', '3']);
    expect(run.weeks.map((w) => w.week)).toEqual([0, 1, 2]);
    expect(run.outcome).toBeNull();
    const full = simJson([...AI_VS_AI, '--seed', '1']);
    expect(run.weeks).toEqual(full.weeks.slice(0, 3));
  });

  it('--weeks beyond the end stops at the end of the game', () => {
    const run = simJson([...AI_VS_AI, '--seed', '1', '--weeks', '500']);
    expect(run.outcome).not.toBeNull();
  });

  it('uses the persona asked for', () => {
    const run = simJson(['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'ai:hardliner', '--employer', 'ai:conceder', '--weeks', '2']);
    expect(run.players).toEqual({ union: 'ai:hardliner', employer: 'ai:conceder' });
    const plain = simJson([...AI_VS_AI, '--seed', '1', '--weeks', '2']);
    expect(run.stateHash).not.toBe(plain.stateHash);
  });

  it('--out writes the output to a file and nothing to stdout', () => {
    const dir = tempDir();
    const ran = sim([...AI_VS_AI, '--seed', '1', '--weeks', '2', '--format', 'json', '--out', 'run.json'], dir);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe('');
    const written = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8'));
    expect(written.weeks).toHaveLength(2);
    expect(written).toEqual(simJson([...AI_VS_AI, '--seed', '1', '--weeks', '2']));
  });

  it('--session-out writes a session file that replays to the run, and the JSON carries its replay code', async () => {
    const { readFileSync } = await import('node:fs');
    const { readSessionText, verifySession } = await import('../../src/share/session-file');
    const { loadScenario } = await import('./helpers');
    const dir = tempDir();
    const ran = sim([...AI_VS_AI, '--seed', '4', '--format', 'json', '--session-out', 'game.json'], dir);
    expect(ran.code).toBe(0);
    const record = JSON.parse(ran.stdout) as RunRecord;
    const read = readSessionText(readFileSync(join(dir, 'game.json'), 'utf8'));
    if (!read.ok) throw new Error(read.error);
    expect(read.value.replayCode).toBe(record.replayCode);
    expect(read.value.stateHash).toBe(record.stateHash);
    const checked = verifySession(read.value, loadScenario());
    expect(checked.ok).toBe(true);
  });

  it('prints a readable table by default: a header, one line per week and a summary', () => {
    const ran = sim([...AI_VS_AI, '--seed', '1']);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe('');
    const run = simJson([...AI_VS_AI, '--seed', '1']);
    const lines = ran.stdout.trimEnd().split('\n');
    expect(lines[0]).toContain('resident-doctors-2025');
    const weekLines = lines.filter((l) => /^\s*\d+\s+\d{4}-\d{2}-\d{2}\s/.test(l));
    expect(weekLines).toHaveLength(run.weeks.length);
    expect(weekLines[0]).toContain('2025-07-07');
    expect(weekLines[0]).toContain(`${run.weeks[0]!.support.toFixed(1)}/${run.weeks[0]!.oppose.toFixed(1)}`);
    expect(ran.stdout).toContain(`Outcome: ${run.outcome!.kind} in week ${run.outcome!.week}`);
    expect(ran.stdout).toContain(`State hash: ${run.stateHash}`);
  });

  it('accepts a scenario given as a path, relative to the working directory', () => {
    const yaml = readFileSync(new URL('../../scenarios/resident-doctors-2025.yaml', import.meta.url), 'utf8');
    const { dir } = tempFile('my-dispute.yaml', yaml);
    const run = simJson(['--scenario', 'my-dispute.yaml', '--seed', '1', '--union', 'ai', '--employer', 'ai', '--weeks', '2'], dir);
    expect(run.scenario).toBe('resident-doctors-2025');
    expect(run.weeks).toHaveLength(2);
  });

  it('--list-personas lists each side\'s personas with labels and that side\'s descriptions, default scenario when none is given', () => {
    const ran = sim(['--list-personas']);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe('');
    const [, union, employer] = ran.stdout.split('\n\n');
    for (const [side, section] of [['union', union!], ['employer', employer!]] as const) {
      for (const id of sc.sides[side].personas) {
        const persona = sc.personas.find((p) => p.id === id)!;
        const line = section.split('\n').find((l) => l.trim().startsWith(`${id} `));
        expect(line).toContain(persona.label);
        expect(line).toContain(persona.descriptions[side]);
      }
    }
    expect(employer).not.toMatch(/\bstrikes (often|most|sparingly|about)/);
    expect(ran.stdout).toMatch(/BMA \(--union\)/);
    expect(ran.stdout).toMatch(/Government \(--employer\)/);
    expect(sim(['--list-personas', '--scenario', 'resident-doctors-2025']).stdout).toBe(ran.stdout);
  });

  it('--help prints the usage and exits 0', () => {
    const ran = sim(['--help']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('--scenario');
    expect(ran.stdout).toContain('script:FILE');
  });
});

describe('sim: scripts', () => {
  it('accepts a BMA strike called in week 0 for 25 July, 5 days: strike days in weeks 2 and 3', () => {
    const { dir } = tempFile('union.json', [{ week: 0, side: 'union', actions: [{ type: 'callStrike', start: '2025-07-25', days: 5 }] }]);
    const run = simJson(['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'script:union.json', '--employer', 'ai', '--weeks', '5'], dir);
    expect(run.players.union).toBe('script:union.json');
    expect(run.weeks[0]!.actions.filter((a) => a.side === 'union')).toEqual([{ side: 'union', action: { type: 'callStrike', start: '2025-07-25', days: 5 } }]);
    expect(run.weeks[0]!.events).toContainEqual({ type: 'strikeCalled', start: '2025-07-25', days: 5 });
    expect(run.weeks[0]!.upcomingStrikeDays).toEqual(['2025-07-25', '2025-07-26', '2025-07-27', '2025-07-28', '2025-07-29']);
    expect(run.weeks.map((w) => w.strikeDays)).toEqual([0, 0, 3, 2, 0]);
    const held = run.weeks[2]!.events.find((e) => e.type === 'strikeDaysHeld');
    expect(held?.days).toEqual(['2025-07-25', '2025-07-26', '2025-07-27']);
    // The scripted side sends no messages; weeks it does not mention are a plain end of turn.
    expect(run.weeks.flatMap((w) => w.messages).every((m) => m.side === 'employer')).toBe(true);
    expect(run.weeks.slice(1).flatMap((w) => w.actions.filter((a) => a.side === 'union'))).toEqual([]);
  });

  it('reports illegal scripted actions as rejected, with reason and message, and plays on', () => {
    const { dir } = tempFile('union.json', [
      { week: 0, side: 'union', actions: [{ type: 'callStrike', start: '2025-07-14', days: 2 }] },
      { week: 1, side: 'union', actions: [{ type: 'propose', offer: { pay: 4.25 } }, { type: 'setMitigation', level: 80 }] },
      { week: 2, side: 'union', actions: [{ type: 'callStrike', start: '2025-08-08', days: 2 }, { type: 'endTurn' }, { type: 'openBallot' }] },
    ]);
    const run = simJson(['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'script:union.json', '--employer', 'ai', '--weeks', '6'], dir);
    expect(run.weeks).toHaveLength(6);
    const union = (week: number) => run.weeks[week]!.actions.filter((a) => a.side === 'union');
    const w0 = union(0)[0]!;
    expect(w0.rejected?.reason).toBe('notice-too-short');
    expect(w0.rejected?.message).toMatch(/14 days' notice.*Mon 21 Jul 2025/);
    expect(run.weeks[0]!.strikeDays + run.weeks[1]!.strikeDays).toBe(0);
    expect(union(1).map((a) => a.rejected?.reason)).toEqual(['off-grid', 'not-your-lever']);
    expect(union(1)[0]!.rejected?.message).toContain('4.25');
    // Play went on: the legal strike called in week 2 (Mon 21 Jul + 14 days' notice) is held on Fri 8 and Sat 9 Aug, in week 4.
    expect(union(2).map((a) => [a.action.type, a.rejected?.reason])).toEqual([
      ['callStrike', undefined],
      ['openBallot', 'turn-ended'],
    ]);
    expect(run.weeks.map((w) => w.strikeDays)).toEqual([0, 0, 0, 0, 2, 0]);
    const table = sim(['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'script:union.json', '--employer', 'ai', '--weeks', '6'], dir);
    expect(table.stdout).toContain('✗ BMA callStrike (notice-too-short)');
  });

  it("runs a members' vote as the script sets it: its length, and strikes going on while members vote", () => {
    const { dir } = tempFile('union.json', [
      { week: 0, side: 'union', actions: [{ type: 'callStrike', start: '2025-07-25', days: 5 }] },
      { week: 1, side: 'union', actions: [{ type: 'accept', voteWeeks: 7 }, { type: 'putToMembers', voteWeeks: 2, continueAction: true }] },
    ]);
    const employer = JSON.stringify([{ week: 0, side: 'employer', actions: [{ type: 'propose', offer: { pay: 2 } }] }]);
    writeFileSync(join(dir, 'employer.json'), employer);
    const run = simJson(['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'script:union.json', '--employer', 'script:employer.json', '--weeks', '4'], dir);
    const union = run.weeks[1]!.actions.filter((a) => a.side === 'union');
    expect(union.map((a) => [a.action, a.rejected?.reason])).toEqual([
      [{ type: 'accept', voteWeeks: 7 }, 'out-of-range'],
      [{ type: 'putToMembers', voteWeeks: 2, continueAction: true }, undefined],
    ]);
    expect(union[0]!.rejected?.message).toMatch(/voteWeeks/);
    expect(run.weeks[1]!.events).toContainEqual(expect.objectContaining({ type: 'referendumOpened', voteWeeks: 2, continueAction: true, closesWeek: 3, recommended: false }));
    expect(run.weeks[1]!.referendum).toMatchObject({ voteWeeks: 2, continueAction: true, closesWeek: 3 });
    // The strike notified before the vote goes ahead during it.
    expect(run.weeks.map((w) => w.strikeDays)).toEqual([0, 0, 3, 2]);
    const closed = run.weeks[3]!.events.find((e) => e.type === 'referendumClosed')!;
    expect(closed).toMatchObject({ voteWeeks: 2, passed: false });
    expect(closed.turnout).toBeGreaterThan(0.2);
    expect(closed.turnout).toBeLessThan(0.8);
  });

  it("refuses a script whose vote fields have the wrong type, naming the field", () => {
    const { dir } = tempFile('union.json', [{ week: 1, side: 'union', actions: [{ type: 'accept', voteWeeks: '2' }] }]);
    const ran = sim(['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'script:union.json', '--employer', 'ai', '--weeks', '2'], dir);
    expect(ran.code).not.toBe(0);
    expect(ran.stderr).toMatch(/actions\[0\]\.voteWeeks: must be a whole number of weeks/);
    const flag = tempFile('union.json', [{ week: 1, side: 'union', actions: [{ type: 'putToMembers', continueAction: 1 }] }]);
    expect(sim(['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'script:union.json', '--employer', 'ai'], flag.dir).stderr).toMatch(/continueAction: must be true or false/);
  });

  it('plays a Government script: an offer, then an imposed award', () => {
    const { dir } = tempFile('employer.json', [
      { week: 0, side: 'employer', actions: [{ type: 'propose', offer: { pay: 2, examFees: 50 } }, { type: 'setMitigation', level: 70 }] },
      { week: 3, side: 'employer', actions: [{ type: 'imposeAward', offer: { pay: 3 } }, { type: 'fundCatchUp', gbpM: 50 }] },
    ]);
    const run = simJson(['--scenario', 'resident-doctors-2025', '--seed', '3', '--union', 'ai:hardliner', '--employer', 'script:employer.json', '--weeks', '5'], dir);
    expect(run.weeks[0]!.actions.filter((a) => a.side === 'employer').every((a) => !a.rejected)).toBe(true);
    expect(run.weeks[0]!.standingOffers.employer).toEqual({ from: 'employer', week: 0, offer: { pay: 2, trainingPosts: 0, examFees: 50, rotaReform: 0 }, rejectedWeek: null });
    expect(run.weeks[0]!.mitigationLevel).toBe(70);
    expect(run.weeks[3]!.events).toContainEqual({ type: 'awardImposed', terms: { pay: 3, trainingPosts: 0, examFees: 0, rotaReform: 0 } });
    expect(run.weeks[3]!.events).toContainEqual(expect.objectContaining({ type: 'catchUpFunded', gbpM: 50 }));
    expect(run.weeks[3]!.payCostMPerYear).toBeGreaterThan(0);
    expect(run.weeks[3]!.standingOffers).toEqual({ union: null, employer: null });
  });
});

describe('scenarios/README.md: the example scripts', () => {
  const readme = readFileSync(new URL('../../scenarios/README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);

  it('has a BMA and a Government example, and each runs with every week-0 action accepted', () => {
    const sides = blocks.map((b) => (JSON.parse(b) as { side: string }[])[0]!.side);
    expect(sides).toEqual(['union', 'employer']);
    for (const block of blocks) {
      const side = (JSON.parse(block) as { side: 'union' | 'employer' }[])[0]!.side;
      const other = side === 'union' ? 'employer' : 'union';
      const { dir } = tempFile('example.json', block);
      const run = simJson(['--scenario', 'resident-doctors-2025', '--seed', '7', `--${side}`, 'script:example.json', `--${other}`, 'ai'], dir);
      const mine = run.weeks[0]!.actions.filter((a) => a.side === side);
      expect(mine.length).toBeGreaterThan(1);
      expect(mine.filter((a) => a.rejected)).toEqual([]);
    }
  });

  it('the BMA example\'s first strike falls three days in week 2 and two in week 3, as the guide says', () => {
    const { dir } = tempFile('example.json', blocks[0]!);
    const run = simJson(['--scenario', 'resident-doctors-2025', '--seed', '7', '--union', 'script:example.json', '--employer', 'ai', '--weeks', '4'], dir);
    expect(run.weeks.map((w) => w.strikeDays)).toEqual([0, 0, 3, 2]);
  });
});
