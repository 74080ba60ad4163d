/**
 * Format 1 files: they load unchanged and play the same game as their migration to format 2, to the state
 * hash; npm run scenario:migrate rewrites one, keeping its comments; a key of the other format is located and
 * named. This file keeps format 1's names on purpose (the side-neutral rename, v2-codemod.sh, skips it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkScenarioText } from '../../src/authoring/check';
import { main as migrate } from '../../src/cli/scenario-migrate';
import { parseScenario, parseScenarioText, replay, stateHash, type Scenario } from '../../src/sim/index';
import { RESPELLED_KEYS } from '../../src/sim/scenario/old-spellings/keys';
import { respell } from '../../src/sim/scenario/old-spellings/respell';
import { migrateUnderPath } from '../../src/sim/scenario/v1/keys';
import { migrateV1 } from '../../src/sim/scenario/v1/migrate';
import { loadScenario, playAi, ROOT } from './helpers';
import { sim, simJson, tempDir, tempFile } from './cli-helpers';

const FIXTURES = ['resident-doctors-2025', 'junior-doctors-2023', 'tutorial'] as const;
const fixturePath = (id: string): string => join(ROOT, 'test/fixtures/scenarios-v1', `${id}.yaml`);
const fixtureText = (id: string): string => readFileSync(fixturePath(id), 'utf8');

const parsed = (text: string): Scenario => {
  const result = parseScenarioText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

const runMigrate = (argv: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } => {
  let stdout = '';
  let stderr = '';
  const code = migrate(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
};

describe('a format 1 file plays the same game as its migration', () => {
  for (const id of FIXTURES) {
    it(`${id}: the format 1 fixture, its migration and the bundled format 2 file reach the same state hashes`, () => {
      const v1 = parsed(fixtureText(id));
      const migrated = parseScenario(migrateV1(parseDocument(fixtureText(id)).toJS()));
      if (!migrated.ok) throw new Error(JSON.stringify(migrated.error));
      const bundled = loadScenario(id);
      const personas = v1.sides.union.personas;
      const pairings = [
        { union: 'ai', employer: 'ai' },
        { union: `ai:${personas[0]}`, employer: `ai:${v1.sides.employer.personas.at(-1)}` },
      ];
      for (const seed of ['1', 'v1-migration']) {
        for (const players of pairings) {
          const fromV1 = playAi(v1, seed, players);
          expect(fromV1.weekHashes.length).toBeGreaterThan(0);
          expect(playAi(migrated.value, seed, players).weekHashes).toEqual(fromV1.weekHashes);
          expect(playAi(bundled, seed, players).weekHashes).toEqual(fromV1.weekHashes);
          // The same moves, replayed on the format 2 file, reach the same state.
          expect(stateHash(replay(bundled, seed, players, fromV1.log))).toBe(stateHash(fromV1.state));
        }
      }
    }, 180_000);
  }

  it('a migrated file has the sides\u2019 names in its vocabulary, with format 1\u2019s words', () => {
    const v1 = parsed(fixtureText('tutorial'));
    expect(v1.formatVersion).toBe(2);
    expect(v1.sides.union).toMatchObject({ name: "Millbrook Doctors' Union", shortName: 'Union' });
    expect(v1.vocabulary.sides.employer).toEqual({ name: 'Millbrook Health Board', shortName: 'Board', takesThe: true });
    expect(v1.vocabulary.workers).toEqual({ singular: 'doctor', plural: 'doctors' });
    expect(v1.vocabulary.blame).toEqual({ union: 'the doctors', employer: 'the Government' });
    expect(v1.vocabulary.currency).toEqual({ code: 'GBP', symbol: '£' });
  });
});

describe('field paths in defaultProvenance follow the renamed keys', () => {
  it('rewrites each format 1 key in a path, lists included', () => {
    expect(migrateUnderPath('statements.bma.hardline')).toBe('statements.union.hardline');
    expect(migrateUnderPath('issues[].bmaWeight')).toBe('issues[].unionWeight');
    expect(migrateUnderPath('issues[2].govCostGBPmPerYear')).toBe('issues[2].employerCostGBPmPerYear');
    expect(migrateUnderPath('opinion.blame.doctors')).toBe('opinion.blame.union');
    expect(migrateUnderPath('sides.gov.name')).toBe('vocabulary.employer.name');
    expect(migrateUnderPath('sides.gov.brief')).toBe('sides.employer.brief');
    expect(migrateUnderPath('nhs.bma')).toBe('harm.bma');
    expect(migrateUnderPath('')).toBe('');
  });

  it('a format 1 file with such a path loads, in memory and through scenario:migrate', () => {
    const text = fixtureText('tutorial').replace('defaultProvenance:\n', 'defaultProvenance:\n  - { under: statements.gov, tag: assumption, note: Ours. }\n');
    expect(text).toContain('under: statements.gov');
    expect(parsed(text).provenance['statements.employer.firm.salience']).toMatchObject({ note: 'Ours.' });
    const { dir } = tempFile('tutorial.yaml', text);
    const ran = runMigrate(['tutorial.yaml'], dir);
    expect(ran.stdout).toContain('  - { under: statements.employer, tag: assumption, note: Ours. }\n');
    expect(checkScenarioText(ran.stdout, 'tutorial.yaml', { quick: true }).problems).toEqual([]);
  });
});

describe('npm run scenario:migrate', () => {
  for (const id of FIXTURES) {
    it(`${id}: the output passes the checker, reads as the migration, and keeps every comment`, () => {
      const ran = runMigrate([fixturePath(id)]);
      expect(ran.code).toBe(0);
      expect(ran.stderr).toBe('');
      const report = checkScenarioText(ran.stdout, `${id}.yaml`, { quick: true });
      expect(report.problems).toEqual([]);
      // Format 2 as spelled today: the migration, then format 2's old spellings respelled.
      expect(parseDocument(ran.stdout).toJS()).toEqual(respell(migrateV1(parseDocument(fixtureText(id)).toJS())).doc);
      const comments = (text: string): string[] => text.split('\n').filter((line) => /^\s*#/.test(line));
      expect(comments(ran.stdout)).toEqual(expect.arrayContaining(comments(fixtureText(id))));
      // Only the renamed keys, formatVersion, the moved names and the new vocabulary differ.
      const removed = fixtureText(id).split('\n').filter((line) => !ran.stdout.split('\n').includes(line));
      const respelled = RESPELLED_KEYS.map((k) => k.old).join('|');
      for (const line of removed) expect(line).toMatch(new RegExp(`^nhs:|formatVersion|\\bbma\\b|\\bgov\\b|bmaValue|bmaWeight|govCostGBPmPerYear|government:|doctors:|name:|shortName:|figure: waitingList|\\b(${respelled})\\b`));
    });
  }

  it('writes --out and --in-place, and refuses a file already in format 2', () => {
    const dir = tempDir();
    const copy = join(dir, 'tutorial.yaml');
    writeFileSync(copy, fixtureText('tutorial'));
    expect(runMigrate(['tutorial.yaml', '--out', 'out.yaml'], dir)).toMatchObject({ code: 0, stdout: 'tutorial.yaml: migrated to format 2 in out.yaml\n' });
    expect(readFileSync(join(dir, 'out.yaml'), 'utf8')).toMatch(/^formatVersion: 2$/m);
    expect(runMigrate(['tutorial.yaml', '--in-place'], dir).code).toBe(0);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(join(dir, 'out.yaml'), 'utf8'));
    const again = runMigrate(['tutorial.yaml'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/is not a format 1 scenario/);
    expect(runMigrate(['tutorial.yaml', '--out', 'x.yaml', '--in-place'], dir)).toMatchObject({ code: 2, stderr: 'scenario:migrate: give --out or --in-place, not both\n' });
  });

  it('writes a JSON file as JSON', () => {
    const { dir } = tempFile('mine.json', parseDocument(fixtureText('tutorial')).toJS());
    const ran = runMigrate(['mine.json'], dir);
    expect(ran.code).toBe(0);
    const data = JSON.parse(ran.stdout) as Record<string, unknown>;
    expect(data.formatVersion).toBe(2);
    expect(parseScenario(data).ok).toBe(true);
  });
});

describe('a key of the other format', () => {
  const v2Text = readFileSync(join(ROOT, 'scenarios/tutorial.yaml'), 'utf8');
  const lineOf = (text: string, pattern: RegExp): number => text.split('\n').findIndex((line) => pattern.test(line)) + 1;

  it('in a format 2 file names format 2\u2019s key and the fix, at the line', () => {
    const text = v2Text.replace('    unionWeight: 0.6', '    bmaWeight: 0.6').replace(/^ {2}employer:\n {4}defaultPersona/m, '  gov:\n    defaultPersona');
    const report = checkScenarioText(text, 'tutorial.yaml', { quick: true });
    expect(report.problems).toEqual([
      // A mapping is placed at its first field, the line after its key.
      expect.objectContaining({ path: 'sides.gov', line: lineOf(text, /^ {2}gov:$/) + 1, message: '"gov" is a format 1 key; this file says formatVersion: 2, which calls it "employer"' }),
      expect.objectContaining({ path: 'issues[0].bmaWeight', line: lineOf(text, /bmaWeight: 0\.6/), fix: expect.stringMatching(/^rename it to unionWeight/) }),
    ]);
  });

  it('in a format 2 file, a side\u2019s name under the side points to the vocabulary', () => {
    const text = v2Text.replace(/^ {2}union:\n {4}defaultPersona/m, '  union:\n    name: Our union\n    defaultPersona');
    const problems = checkScenarioText(text, 'tutorial.yaml', { quick: true }).problems;
    expect(problems).toEqual([expect.objectContaining({ path: 'sides.union.name', fix: 'move it to vocabulary.union.name' })]);
  });

  it('in a format 1 file names format 1\u2019s key, and a vocabulary asks for format 2', () => {
    const text = fixtureText('tutorial').replace('    bmaWeight: 0.6', '    unionWeight: 0.6').replace('sides:\n', 'vocabulary: {}\nsides:\n');
    const problems = checkScenarioText(text, 'tutorial.yaml', { quick: true }).problems;
    expect(problems).toEqual([
      expect.objectContaining({ path: 'vocabulary', line: lineOf(text, /^vocabulary:/), fix: expect.stringMatching(/^write formatVersion: 2/) }),
      expect.objectContaining({ path: 'issues[0].unionWeight', line: lineOf(text, /unionWeight: 0\.6/), message: '"unionWeight" is a format 2 key; this file says formatVersion: 1, which calls it "bmaWeight"' }),
    ]);
  });

  it('a problem found after migrating a format 1 file is placed at format 1\u2019s path and line', () => {
    const text = fixtureText('tutorial').replace('    defaultPersona: steady\n', '    defaultPersona: nobody\n');
    const problems = checkScenarioText(text, 'tutorial.yaml', { quick: true }).problems;
    expect(problems).toEqual([expect.objectContaining({ path: 'sides.bma.defaultPersona', line: lineOf(text, /defaultPersona: nobody/) })]);
  });

  it('a vocabulary without a term names the missing term and what it is', () => {
    const text = v2Text.replace('  workers: { singular: doctor, plural: doctors }', '  workers: { singular: doctor }');
    const problems = checkScenarioText(text, 'tutorial.yaml', { quick: true }).problems;
    expect(problems).toEqual([
      expect.objectContaining({ path: 'vocabulary.workers.plural', message: expect.stringMatching(/^the vocabulary term workers\.plural is missing: the word for several/), fix: 'add plural: (text)' }),
    ]);
  });
});

describe('the runner takes format 1\u2019s side names as aliases', () => {
  const tutorial = ['--scenario', 'tutorial', '--seed', '3', '--weeks', '4'];

  it('--bma and --gov play the same game as --union and --employer', () => {
    const aliased = simJson([...tutorial, '--bma', 'ai:tough', '--gov=ai']);
    const plain = simJson([...tutorial, '--union', 'ai:tough', '--employer', 'ai']);
    expect(aliased.stateHash).toBe(plain.stateHash);
    expect(aliased.players).toEqual({ union: 'ai:tough', employer: 'ai:steady' });
  });

  it('a side given under both names is refused', () => {
    const ran = sim([...tutorial, '--bma', 'ai', '--union', 'ai', '--employer', 'ai']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe('sim: --union is given more than once (--bma is another name for it)\n');
  });

  it('script files may say "side": "bma" or "gov"', () => {
    const { dir } = tempFile('old.json', [{ week: 0, side: 'gov', actions: [{ type: 'statement', tone: 'firm' }] }]);
    writeFileSync(join(dir, 'new.json'), JSON.stringify([{ week: 0, side: 'employer', actions: [{ type: 'statement', tone: 'firm' }] }]));
    const old = simJson([...tutorial, '--union', 'ai', '--employer', 'script:old.json'], dir);
    expect(old.weeks[0]!.actions).toContainEqual({ side: 'employer', action: { type: 'statement', tone: 'firm' } });
    expect(old.stateHash).toBe(simJson([...tutorial, '--union', 'ai', '--employer', 'script:new.json'], dir).stateHash);
    const wrongSide = tempFile('old.json', [{ week: 0, side: 'bma', actions: [] }]);
    expect(sim([...tutorial, '--union', 'ai', '--employer', 'script:old.json'], wrongSide.dir).stderr).toMatch(/\(week 0\)\.side: "bma", but this file was given to --employer/);
  });
});
