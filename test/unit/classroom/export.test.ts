// The teacher's export: the zip holds each pair's session file and a CSV identical to the offline class report's,
// par columns included.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClassReport, reportCsv } from '../../../src/share/class-report';
import type { ParTable } from '../../../src/share/par';
import { readSessionText } from '../../../src/share/session-file';
import { ok } from '../../../src/sim';
import type { Classroom } from '../../../src/server/app';
import { scenarioOf, seatStudents, startTestServer } from './server-helpers';

let server: Classroom;
let url: string;
const par = JSON.parse(readFileSync(new URL('../../../scenarios/tutorial.par.json', import.meta.url), 'utf8')) as ParTable;

beforeAll(async () => {
  server = await startTestServer();
  const { bots, teacher } = await seatStudents(server, 3);
  await Promise.all(bots.map((b) => b.finished));
  await teacher.until((r) => r.pairs.length === 2 && r.pairs.every((p) => p.outcome !== null));
  await Promise.all(bots.map((b) => b.leave()));
  await teacher.leave();
  url = `http://127.0.0.1:${server.port}/export`;
}, 180_000);

afterAll(() => server.close());

describe('the class export', () => {
  it('refuses anyone without the teacher key', async () => {
    expect((await fetch(url)).status).toBe(403);
    expect((await fetch(url, { headers: { 'x-teacher-key': 'wrong' } })).status).toBe(403);
  });

  it('zips every pair’s session file and the same CSV the offline class report makes from them', async () => {
    const res = await fetch(url, { headers: { 'x-teacher-key': server.teacherKey } });
    expect(res.status).toBe(200);
    const zip = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const sessions = Object.keys(zip).filter((k) => k.startsWith('sessions/') && k.endsWith('.json'));
    expect(sessions).toHaveLength(2);
    const files = sessions.map((k) => ({ name: k.slice('sessions/'.length), text: strFromU8(zip[k]!) }));
    for (const f of files) expect(readSessionText(f.text).ok).toBe(true);
    // The offline report as the teacher's browser makes it: the bundled par tables, looked up by scenario hash.
    const offline = reportCsv(buildClassReport(files, (s) => ok(scenarioOf(s.scenario.id)), (hash) => (hash === par.scenarioHash ? par : null)));
    expect(strFromU8(zip['class-report.csv']!)).toBe(offline);
    expect(offline.split('\n')).toHaveLength(3);
    expect(offline).not.toContain('problem');
  });

  it('gives par to every seat a person played: facing a person, the seat’s mean par; facing the computer, its persona’s', async () => {
    const zip = unzipSync(new Uint8Array(await (await fetch(url, { headers: { 'x-teacher-key': server.teacherKey } })).arrayBuffer()));
    const rows = Papa.parse<Record<string, string>>(strFromU8(zip['class-report.csv']!), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2);
    const people = rows.find((r) => r.union === 'human' && r.employer === 'human')!;
    const withAi = rows.find((r) => r.union !== 'human' || r.employer !== 'human')!;
    const mean = (xs: Record<string, number>) => Math.round((Object.values(xs).reduce((a, b) => a + b, 0) / Object.values(xs).length) * 10) / 10;
    const minus = (score: string, p: number) => String(Math.round((Number(score) - p) * 10) / 10);
    expect(people).toMatchObject({ par: '', parUnion: String(mean(par.union)), parEmployer: String(mean(par.employer)) });
    expect(people.scoreMinusParUnion).toBe(minus(people.scoreUnion!, mean(par.union)));
    expect(people.scoreMinusParEmployer).toBe(minus(people.scoreEmployer!, mean(par.employer)));
    // The odd student out played the computer, recorded as its side's default persona.
    const tutorial = scenarioOf('tutorial');
    const aiSide = withAi.union === 'human' ? 'employer' : 'union';
    const person = aiSide === 'union' ? 'employer' : 'union';
    expect(withAi[aiSide]).toBe(tutorial.sides[aiSide].defaultPersona);
    const expected = par[person][tutorial.sides[aiSide].defaultPersona]!;
    expect(withAi).toMatchObject({ par: String(expected), [`par${person === 'union' ? 'Union' : 'Employer'}`]: String(expected), [`par${aiSide === 'union' ? 'Union' : 'Employer'}`]: '' });
  });
});
