/** The class report: 30 session files, 3 of them broken; the rest are reported and the CSV says the same. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildClassReport, rankByPar, reportCsv, scoresByPersona } from '../../src/share/class-report';
import type { ParTable } from '../../src/share/par';
import { makeSessionFile } from '../../src/share/session-file';
import { err, ok } from '../../src/sim/index';
import { loadScenario, playAi, ROOT } from './helpers';

const scenario = loadScenario();
const PERSONAS = ['hardliner', 'pragmatist', 'reciprocator', 'conceder'];

const files = Array.from({ length: 30 }, (_, i) => {
  const players = { union: 'human', employer: `ai:${PERSONAS[i % 4]}` };
  const game = playAi(scenario, `class-${i}`, { union: 'ai', employer: players.employer });
  const session = makeSessionFile(scenario, game.state, game.log, { labels: { student: `Student ${i + 1}` } });
  return { name: `student-${i + 1}.json`, text: JSON.stringify(session) };
});
// Three broken files: cut short, edited by hand, and for a scenario this class does not have.
files[4] = { name: files[4]!.name, text: files[4]!.text.slice(0, 300) };
files[11] = { name: files[11]!.name, text: files[11]!.text.replace('"Student 12"', '"Student Twelve"') };
files[20] = { name: files[20]!.name, text: files[20]!.text.replace(/"id":"resident-doctors-2025"/, '"id":"elsewhere"') };

const resolve = (s: { scenario: { id: string; version: string } }) =>
  s.scenario.id === scenario.id && s.scenario.version === scenario.version ? ok(scenario) : err(`The scenario ${s.scenario.id} ${s.scenario.version} is not available here.`);

describe('class report', () => {
  const report = buildClassReport(files, resolve);

  it('reports every good file and lists each broken one with its message', () => {
    expect(report.rows).toHaveLength(27);
    expect(report.problems.map((p) => p.file).sort()).toEqual(['student-12.json', 'student-21.json', 'student-5.json']);
    for (const p of report.problems) expect(p.message.length).toBeGreaterThan(20);
  });

  it('exports a CSV with one line per reported game and the same figures', () => {
    const csv = reportCsv(report);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(27);
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(['file', 'student', 'outcome', 'pay', 'trainingPosts', 'strikeDays', 'scoreUnion', 'scoreEmployer']));
    parsed.data.forEach((line, i) => {
      const row = report.rows[i]!;
      expect(line.file).toBe(row.file);
      expect(line.student).toBe(row.labels.student);
      expect(line.outcome).toBe(row.outcome);
      expect(Number(line.pay)).toBe(row.terms.pay);
      expect(Number(line.strikeDays)).toBe(row.strikeDays);
      expect(Number(line.scoreEmployer)).toBe(row.scoreEmployer);
    });
  });

  it('never lets a label run as a spreadsheet formula', () => {
    const tricky = { rows: [{ ...report.rows[0]!, labels: { student: '=HYPERLINK("http://x")' } }], problems: [] };
    expect(reportCsv(tricky)).toContain(`"'=HYPERLINK`);
  });

  it('summarises scores by side and by the persona played against', () => {
    const summary = scoresByPersona(report.rows);
    const employer = summary.filter((s) => s.side === 'union');
    expect(employer.map((s) => s.persona).sort()).toEqual(['conceder', 'hardliner', 'pragmatist', 'reciprocator']);
    expect(employer.reduce((a, s) => a + s.scores.n, 0)).toBe(27);
  });
});

describe('class report against par', () => {
  const table = JSON.parse(readFileSync(`${ROOT}/scenarios/resident-doctors-2025.par.json`, 'utf8')) as ParTable;
  // Six players: union players against each Government persona, a Government player, and one AI-only game.
  const setups = [
    { union: 'human', employer: 'ai:hardliner' },
    { union: 'human', employer: 'ai:conceder' },
    { union: 'human', employer: 'ai:pragmatist' },
    { union: 'ai:reciprocator', employer: 'human' },
    { union: 'human', employer: 'ai:reciprocator' },
    { union: 'ai', employer: 'ai' },
  ];
  const parFiles = setups.map((players, i) => {
    const game = playAi(scenario, `par-class-${i}`, players);
    return { name: `p${i}.json`, text: JSON.stringify(makeSessionFile(scenario, game.state, game.log, { labels: { student: `P${i}` } })) };
  });
  const report = buildClassReport(parFiles, resolve, (hash) => (hash === table.scenarioHash ? table : null));

  it('gives each one-player game the par of the seat played, against the persona faced, and score minus par', () => {
    const [hard, , , employer, , ai] = report.rows;
    expect(hard).toMatchObject({ player: 'union', par: table.union.hardliner, scoreMinusPar: Math.round((hard!.scoreUnion - table.union.hardliner!) * 10) / 10 });
    expect(employer).toMatchObject({ player: 'employer', par: table.employer.reciprocator, scoreMinusPar: Math.round((employer!.scoreEmployer - table.employer.reciprocator!) * 10) / 10 });
    expect(ai).toMatchObject({ player: null, par: null, scoreMinusPar: null });
    expect(buildClassReport(parFiles, resolve).rows.map((r) => r.par)).toEqual([null, null, null, null, null, null]);
  });

  it('ranks players by score minus par, best first, with games that have no par last', () => {
    const ranked = rankByPar(report.rows);
    const diffs = ranked.map((r) => r.scoreMinusPar);
    const known = diffs.filter((d): d is number => d !== null);
    expect(known).toHaveLength(5);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(diffs.at(-1)).toBeNull();
    expect(ranked.at(-1)!.file).toBe('p5.json');
  });

  it('adds par and scoreMinusPar columns to the CSV, empty where a game has no par', () => {
    const parsed = Papa.parse<Record<string, string>>(reportCsv(report), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields!.slice(-8)).toEqual(['scoreUnion', 'scoreEmployer', 'par', 'scoreMinusPar', 'parUnion', 'parEmployer', 'scoreMinusParUnion', 'scoreMinusParEmployer']);
    parsed.data.forEach((line, i) => {
      const row = report.rows[i]!;
      expect(line.par).toBe(row.par === null ? '' : String(row.par));
      expect(line.scoreMinusPar).toBe(row.scoreMinusPar === null ? '' : String(row.scoreMinusPar));
      // A one-player game's player seat carries the same par in its own column; the computer's seat none.
      const player = row.player === 'union' ? 'Union' : 'Employer';
      expect(line[`par${player}`]).toBe(line.par);
      expect(line[`scoreMinusPar${player}`]).toBe(line.scoreMinusPar);
      expect(line[`par${player === 'Union' ? 'Employer' : 'Union'}`]).toBe('');
    });
    expect(parsed.data[5]!.par).toBe('');
  });

  it('gives a game between two people par for both seats: each seat’s mean par over the personas it could have faced', () => {
    const game = playAi(scenario, 'par-class-people', { union: 'human', employer: 'human' });
    const file = { name: 'people.json', text: JSON.stringify(makeSessionFile(scenario, game.state, game.log)) };
    const [row] = buildClassReport([file], resolve, (hash) => (hash === table.scenarioHash ? table : null)).rows;
    const mean = (xs: Readonly<Record<string, number>>) => Math.round((Object.values(xs).reduce((a, b) => a + b, 0) / Object.values(xs).length) * 10) / 10;
    expect(Object.keys(table.union).length).toBeGreaterThan(1);
    expect(row).toMatchObject({ player: null, par: null, scoreMinusPar: null, seatPar: { union: mean(table.union), employer: mean(table.employer) } });
    expect(row!.seatMinusPar).toEqual({
      union: Math.round((row!.scoreUnion - mean(table.union)) * 10) / 10,
      employer: Math.round((row!.scoreEmployer - mean(table.employer)) * 10) / 10,
    });
  });
});
