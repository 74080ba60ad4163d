/**
 * The scenario checker: each kind of problem is found in a small fixture, at the line the fixture marks with
 * `# expect: <code>`, and nothing else is reported; the command line prints `file:line: path: message` with
 * a fix and exits 1 on errors, 0 on warnings only (1 with --strict), 2 on a bad flag or missing file; and the
 * bundled scenarios pass with no warnings at all (this is `npm run scenario:check` inside `npm test`). With
 * --strict it also runs the strategy gauntlet; the bundled scenarios do not pass it yet, so that test skips it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../src/authoring/check';
import { runGauntlet } from '../../src/authoring/gauntlet/gauntlet';
import { CHECK_GAUNTLET_SEEDS, gauntletProblems } from '../../src/authoring/gauntlet/problems';
import { main } from '../../src/cli/scenario-check';
import { ROOT } from './helpers';

const FIXTURES = join(ROOT, 'test/fixtures/scenarios');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** The `# expect: <code>` markers of a fixture, as "line code". */
const expected = (text: string): string[] =>
  text.split('\n').flatMap((line, i) => {
    const m = /# expect: ([a-z-]+)\s*$/.exec(line);
    return m ? [`${i + 1} ${m[1]}`] : [];
  });

const run = (argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT });
  return { code, stdout, stderr };
};

describe('the checker finds each kind of problem where the fixture says', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'));

  it('has a clean fixture and one for each kind of problem', () => {
    expect(files).toEqual(expect.arrayContaining(['minimal.yaml', 'no-zopa.yaml', 'unvalued-issue.yaml', 'events-never-fire.yaml', 'provenance.yaml', 'implausible.yaml', 'errors.yaml', 'cross-field.yaml', 'syntax.yaml']));
  });

  it.each(files)('%s', (file) => {
    const text = fixture(file);
    const { problems } = checkScenarioText(text, file);
    const found = problems.map((p) => `${p.line} ${p.code}`);
    expect(found.sort()).toEqual(expected(text).sort());
    for (const p of problems) {
      expect(p.message.length).toBeGreaterThan(10);
      expect(p.fix, `${file}:${p.line} ${p.message}`).toBeTruthy();
      expect(p.severity).toBe(['schema', 'syntax'].includes(p.code) ? 'error' : 'warning');
    }
  });
});

describe('the plausible strike days a week the employer expects', () => {
  const implausible = (text: string) =>
    checkScenarioText(text, 'minimal.yaml', { quick: true }).problems.filter((p) => p.code === 'implausible' && p.path === 'costs.expectedStrikeDaysPerWeek');
  const everyDay = fixture('minimal.yaml').replace('expectedStrikeDaysPerWeek: 0.5', 'expectedStrikeDaysPerWeek: 7');

  it('are at most 3 where strikes are called a few days at a time', () => {
    expect(implausible(everyDay).map((p) => p.message)).toEqual(['7 is outside the plausible range 0–3 for the strike days a week the employer expects under a mandate']);
  });

  it('may be 7 where the contract expiry is the deadline and a strike runs every day until a deal', () => {
    const openEnded = everyDay.replace('  rules: { noticeDays: 7,', '  contractExpires: 2025-09-14\n  rules: { noticeDays: 7,');
    const checked = checkScenarioText(openEnded, 'minimal.yaml', { quick: true });
    expect(checked.scenario?.law.contractExpiryDay).toBeGreaterThan(0);
    expect(implausible(openEnded)).toEqual([]);
  });
});

describe('npm run scenario:check', () => {
  it('prints file:line: path: message with a fix, and exits 1 on errors', () => {
    const r = run(['test/fixtures/scenarios/errors.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('test/fixtures/scenarios/errors.yaml:10: horizonWeeks: expected a number, got the text "eight"\n    fix: ');
    expect(r.stdout).toMatch(/errors\.yaml:45: initial\.moral: unknown field "moral"\n {4}fix: did you mean morale\?/);
    expect(r.stdout).toMatch(/errors\.yaml: 3 errors, 0 warnings\n$/);
  });

  it('exits 0 on warnings only, and 1 with --strict', () => {
    const warn = run(['test/fixtures/scenarios/unvalued-issue.yaml']);
    expect(warn.code).toBe(0);
    expect(warn.stdout).toMatch(/unvalued-issue\.yaml:35: issues\[2\]: warning: nobody values "parking"/);
    expect(run(['--strict', 'test/fixtures/scenarios/unvalued-issue.yaml']).code).toBe(1);
    expect(run(['--strict', '--skip-gauntlet', 'test/fixtures/scenarios/minimal.yaml']).code).toBe(0);
  });

  it('with --strict also runs the strategy gauntlet and lists each strategy that beats the AI as a problem', () => {
    const text = fixture('minimal.yaml');
    const scenario = checkScenarioText(text, 'minimal.yaml', { quick: true }).scenario!;
    const expectedProblems = gauntletProblems(runGauntlet(scenario, CHECK_GAUNTLET_SEEDS)).map((p) => p.message);
    const r = run(['--strict', 'test/fixtures/scenarios/minimal.yaml']);
    const printed = r.stdout.split('\n').filter((line) => line.includes('the simple strategy'));
    expect(printed.map((line) => line.replace(/^.*?personas: warning: /, ''))).toEqual(expectedProblems);
    expect(r.code).toBe(expectedProblems.length > 0 ? 1 : 0);
  });

  it('exits 2 with one message for a bad flag or a missing file', () => {
    for (const argv of [['--nope'], ['no/such/file.yaml'], ['no-such-scenario']]) {
      const r = run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^scenario:check: /);
    }
  });

  it('checks every bundled scenario by default, gauntlet included, and all five pass with no warnings', () => {
    const r = run(['--strict']);
    expect(r.stdout).toContain('scenarios/resident-doctors-2025.yaml: ok');
    expect(r.stdout).toContain('scenarios/junior-doctors-2023.yaml: ok');
    expect(r.stdout).toContain('scenarios/tutorial.yaml: ok');
    expect(r.stdout).toContain('scenarios/rmt-rail-2022.yaml: ok');
    expect(r.stdout).toContain('scenarios/uaw-detroit-2023.yaml: ok');
    expect(r.stdout).toMatch(/files checked: 0 errors, 0 warnings\n$/);
    expect(r.code).toBe(0);
  });
});
