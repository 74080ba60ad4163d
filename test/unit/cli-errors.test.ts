import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sim, tempDir, tempFile, type Ran } from './cli-helpers';

const PLAY = ['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'ai', '--employer', 'ai'];
const DEFAULT_YAML = readFileSync(new URL('../../scenarios/resident-doctors-2025.yaml', import.meta.url), 'utf8');

/** A bad input: exit 2, nothing on stdout, exactly one line on stderr (prefixed, no stack trace). */
const expectOneLineError = (ran: Ran, pattern: RegExp): void => {
  expect(ran.code).toBe(2);
  expect(ran.stdout).toBe('');
  expect(ran.stderr).toMatch(/^sim: [^\n]+\n$/);
  expect(ran.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
  expect(ran.stderr).toMatch(pattern);
};

/** Runs with a BMA script whose content is `content`; the Government is the AI. */
const withUnionScript = (content: unknown, extra: string[] = []): Ran => {
  const { dir } = tempFile('union.json', content);
  return sim(['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'script:union.json', '--employer', 'ai', ...extra], dir);
};

describe('sim: bad flags exit 2 with one clear line', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown flag', [...PLAY, '--colour'], /unknown flag --colour; the flags are --scenario/],
    ['a single-dash unknown flag', [...PLAY, '-x'], /unknown flag -x/],
    ['a stray argument', [...PLAY, 'extra'], /unexpected argument "extra"/],
    ['missing --seed', ['--scenario', 'resident-doctors-2025', '--union', 'ai', '--employer', 'ai'], /--seed is required/],
    ['--seed without a value', ['--scenario', 'resident-doctors-2025', '--union', 'ai', '--employer', 'ai', '--seed'], /--seed needs a value/],
    ['--seed followed by a flag', ['--scenario', 'resident-doctors-2025', '--seed', '--union', 'ai', '--employer', 'ai'], /--seed needs a value/],
    ['an empty --seed', ['--scenario', 'resident-doctors-2025', '--seed=', '--union', 'ai', '--employer', 'ai'], /--seed must not be empty/],
    ['missing --scenario', ['--seed', '1', '--union', 'ai', '--employer', 'ai'], /--scenario is required/],
    ['missing --union', ['--scenario', 'resident-doctors-2025', '--seed', '1', '--employer', 'ai'], /--union is required/],
    ['missing --employer', ['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'ai'], /--employer is required/],
    ['--weeks in words', [...PLAY, '--weeks', 'three'], /--weeks "three" is not a number of weeks/],
    ['--weeks 0', [...PLAY, '--weeks', '0'], /--weeks "0" is not a number of weeks; give a whole number of at least 1/],
    ['--weeks 2.5', [...PLAY, '--weeks', '2.5'], /--weeks "2.5"/],
    ['--weeks negative', [...PLAY, '--weeks=-3'], /--weeks "-3"/],
    ['a repeated flag', [...PLAY, '--seed', '2'], /--seed is given more than once/],
    ['an unknown format', [...PLAY, '--format', 'xml'], /--format "xml" is not a format; use table or json/],
    ['a value for a switch', [...PLAY, '--list-personas=yes'], /--list-personas is a switch and takes no value/],
    ['human as a player', ['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'human', '--employer', 'ai'], /--union human: the headless runner has nobody to ask/],
    ['a player that is not one', ['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'ai', '--employer', 'robot'], /--employer "robot" is not a player; use ai, ai:<persona> or script:FILE/],
    ['script: without a file', ['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'script:', '--employer', 'ai'], /--union script: needs a file name/],
    ['an unknown persona', ['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'ai:zealot', '--employer', 'ai'], /--union ai:zealot: "zealot" is not a BMA persona in resident-doctors-2025; its personas are hardliner, pragmatist/],
  ];
  it.each(cases)('%s', (_name, argv, pattern) => expectOneLineError(sim(argv), pattern));

  it('an --out file in a folder that does not exist', () => {
    expectOneLineError(sim([...PLAY, '--weeks', '1', '--out', 'no/such/folder/run.json'], tempDir()), /--out no\/such\/folder\/run.json: cannot write the file \(its folder does not exist\)/);
  });
});

describe('sim: bad scenarios exit 2 with one clear line', () => {
  it('an unknown scenario id names the bundled ones', () => {
    expectOneLineError(sim(['--scenario', 'miners-1984', '--seed', '1', '--union', 'ai', '--employer', 'ai']), /unknown scenario "miners-1984": there is no scenarios\/miners-1984\.yaml, \.yml or \.json \(the scenarios are [^)]*resident-doctors-2025/);
  });

  it('an unknown scenario id also fails --list-personas', () => {
    expectOneLineError(sim(['--list-personas', '--scenario', 'miners-1984']), /unknown scenario "miners-1984"/);
  });

  it('a scenario path that does not exist', () => {
    expectOneLineError(sim(['--scenario', 'disputes/none.yaml', '--seed', '1', '--union', 'ai', '--employer', 'ai']), /scenario disputes\/none\.yaml: no such file/);
  });

  it('a scenario file that is not valid YAML, located by line', () => {
    const { dir } = tempFile('broken.yaml', 'formatVersion: 1\nid: broken\nissues: [unclosed\n');
    expectOneLineError(sim(['--scenario', 'broken.yaml', '--seed', '1', '--union', 'ai', '--employer', 'ai'], dir), /^sim: broken\.yaml:\d+: not valid YAML or JSON/);
  });

  it('a scenario file with a bad field: file:line: path: message', () => {
    const bad = DEFAULT_YAML.replace('horizonWeeks: 52', 'horizonWeeks: -4');
    expect(bad).not.toBe(DEFAULT_YAML);
    const line = bad.split('\n').findIndex((l) => l.startsWith('horizonWeeks')) + 1;
    const { dir } = tempFile('short.yaml', bad);
    expectOneLineError(sim(['--scenario', 'short.yaml', '--seed', '1', '--union', 'ai', '--employer', 'ai'], dir), new RegExp(`^sim: short\\.yaml:${line}: horizonWeeks: `));
  });

  it('a scenario file with several problems reports the first and counts the rest', () => {
    const bad = DEFAULT_YAML.replace('horizonWeeks: 52', 'horizonWeeks: -4').replace('version: 1.0.0', 'version: 7');
    const { dir } = tempFile('worse.yaml', bad);
    expectOneLineError(sim(['--scenario', 'worse.yaml', '--seed', '1', '--union', 'ai', '--employer', 'ai'], dir), /\(and \d+ more problems? in the file\)/);
  });
});

describe('sim: bad script files exit 2 with one clear line naming the file, entry and field', () => {
  it('a missing script file', () => {
    expectOneLineError(sim(['--scenario', 'resident-doctors-2025', '--seed', '1', '--union', 'ai', '--employer', 'script:plans/employer.json'], tempDir()), /^sim: script plans\/employer\.json: no such file\n$/);
  });

  it('a script that is not JSON, with the place', () => {
    expectOneLineError(withUnionScript('[{ "week": 0, "side": "union", "actions": [ }]'), /^sim: script union\.json: not valid JSON: line 1, column 43: expected a value, found "\}"\n$/);
  });

  it('a script that is not JSON over several lines, with the place', () => {
    expectOneLineError(withUnionScript('[\n  { "week": 0, "side": "union", "actions": [] },\n]\n'), /not valid JSON: line 3, column 1: expected a value, found "\]"/);
  });

  it('an empty script file', () => {
    expectOneLineError(withUnionScript(''), /script union\.json: not valid JSON: the file is empty/);
  });

  it('a script that is not a list', () => {
    expectOneLineError(withUnionScript({ week: 0, side: 'union', actions: [] }), /script union\.json: must be a JSON list of entries/);
  });

  it('an entry for the other side', () => {
    const ran = withUnionScript([
      { week: 0, side: 'union', actions: [] },
      { week: 2, side: 'employer', actions: [{ type: 'endTurn' }] },
    ]);
    expectOneLineError(ran, /script union\.json: entry 1 \(week 2\)\.side: "employer", but this file was given to --union/);
  });

  it('an unknown action type', () => {
    expectOneLineError(withUnionScript([{ week: 1, side: 'union', actions: [{ type: 'endTurn' }, { type: 'goSlow' }] }]), /entry 0 \(week 1\)\.actions\[1\]\.type: "goSlow" is not an action type; the types are propose, accept/);
  });

  it('an action of the wrong shape', () => {
    expectOneLineError(withUnionScript([{ week: 0, side: 'union', actions: [{ type: 'callStrike', start: '2025-07-25', days: '5' }] }]), /entry 0 \(week 0\)\.actions\[0\]\.days: must be a number \(got "5"\)/);
    expectOneLineError(withUnionScript([{ week: 0, side: 'union', actions: [{ type: 'callStrike', start: '25/07/2025', days: 5 }] }]), /actions\[0\]\.start: must be a date written YYYY-MM-DD/);
    expectOneLineError(withUnionScript([{ week: 0, side: 'union', actions: [{ type: 'propose', offer: { pay: '4' } }] }]), /actions\[0\]\.offer\.pay: must be a number/);
    expectOneLineError(withUnionScript([{ week: 0, side: 'union', actions: [{ type: 'statement', tone: 'angry' }] }]), /actions\[0\]\.tone: must be one of "conciliatory", "firm", "hardline"/);
    expectOneLineError(withUnionScript([{ week: 0, side: 'union', actions: [{ type: 'openBallot', when: 'now' }] }]), /actions\[0\]\.when: openBallot has no field "when" \(it takes no fields\)/);
    expectOneLineError(withUnionScript([{ week: 0, side: 'union', actions: [{ type: 'accept', side: 'union' }] }]), /actions\[0\]\.side: an action takes its side from its entry/);
    expectOneLineError(withUnionScript([{ week: 0, side: 'union', actions: [{ type: 'propose' }] }]), /actions\[0\]\.offer: missing/);
    expectOneLineError(withUnionScript([{ week: 0, side: 'union', actions: ['endTurn'] }]), /actions\[0\]: must be an object such as \{ "type": "endTurn" \}/);
  });

  it('an entry of the wrong shape', () => {
    expectOneLineError(withUnionScript([{ week: -1, side: 'union', actions: [] }]), /entry 0\.week: must be a whole number from 0/);
    expectOneLineError(withUnionScript([{ week: 52, side: 'union', actions: [] }]), /entry 0\.week: 52 is after the scenario's last week \(51\)/);
    expectOneLineError(withUnionScript([{ week: 1, side: 'union' }]), /entry 0 \(week 1\)\.actions: missing/);
    expectOneLineError(withUnionScript([{ week: 1, side: 'union', actions: [], wek: 2 }]), /entry 0\.wek: unknown field/);
    expectOneLineError(withUnionScript([{ week: 1, side: 'both', actions: [] }]), /entry 0 \(week 1\)\.side: must be "union" or "employer"/);
  });
});
