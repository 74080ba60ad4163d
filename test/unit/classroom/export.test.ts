// The teacher's export: the zip holds each pair's session file and a CSV identical to the offline class report's.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClassReport, reportCsv } from '../../../src/share/class-report';
import { readSessionText } from '../../../src/share/session-file';
import { ok } from '../../../src/sim';
import type { Classroom } from '../../../src/server/app';
import { scenarioOf, seatStudents, startTestServer } from './server-helpers';

let server: Classroom;
let url: string;

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
    const offline = reportCsv(buildClassReport(files, (s) => ok(scenarioOf(s.scenario.id))));
    expect(strFromU8(zip['class-report.csv']!)).toBe(offline);
    expect(offline.split('\n')).toHaveLength(3);
    expect(offline).not.toContain('problem');
  });
});
