import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { matchMaker } from '@colyseus/core';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { startClassroom, type Classroom } from '../../src/server/app';
import { serveStatic } from '../../src/server/static';
import { bundledParByHash } from '../../src/server/par';
import { bundledScenario } from '../../src/server/scenarios';
import { PairGame, type PairEntry } from '../../src/server/pair-game';
import { buildClassReport, reportCsv } from '../../src/share/class-report';
import { err, ok, otherSide, stateHash, type GameState, type SideId } from '../../src/sim';
import { waitScreen, watch } from './helpers';

// The networked classroom in the browser: the classroom server (the real one, on a free loopback port, serving the
// test build) and three Chromium contexts: two students who join with the code and play against each other by
// keyboard, and the teacher's page, which pairs them, shows both and downloads the export.

let server: Classroom;
let base = '';

test.beforeAll(async () => {
  server = await startClassroom({
    port: 0,
    host: '127.0.0.1',
    logDir: mkdtempSync(join(tmpdir(), 'standoff-classroom-browser-')),
    http: serveStatic(resolve('dist-test')),
    note: () => undefined,
  });
  base = `http://127.0.0.1:${server.port}`;
});

test.afterAll(async () => {
  await server.close();
});

/** axe's serious and critical violations on the page, as readable lines (none allowed). */
async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** A fresh browser context (a student's own device) with the settings stored, so no first-visit screens. */
async function device(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [{ origin: base, localStorage: [{ name: 'standoff:settings', value: '{}' }] }] } });
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return page;
}

/** The whole game's state on the server, rebuilt from its log (what only the server knows). */
async function serverState(roomId: string): Promise<GameState> {
  const entries = (await server.log.read(`pair-${roomId}`)) as PairEntry[];
  return PairGame.fromLog(entries, (id) => bundledScenario(id)).state;
}

/** The other side's private numbers, which `side`'s screen must never show. */
function privateOf(state: GameState, side: SideId): number[] {
  const other = otherSide(side);
  const values =
    other === 'union'
      ? [state.hidden.unionFloorX100, state.union.moraleBp, state.union.angerBp, state.union.resistanceX100, state.union.fundK, state.union.grievanceBp]
      : [state.hidden.employerReadAcrossBp, state.employer.headroomK];
  return values.filter((v) => Math.abs(v) >= 100); // small numbers appear anywhere (week 3, 12 days…)
}

/** Every text a student could read: the DOM (pages, the mirror, the class bar) and the canvas. */
async function everyText(page: Page): Promise<string> {
  return page.evaluate(() => `${document.body.innerText}\n${document.getElementById('sr-mirror')?.textContent ?? ''}\n${window.__STANDOFF__!.texts().join('\n')}`);
}

async function joinAs(page: Page, name: string): Promise<void> {
  await page.goto(`${base}/?class=${server.code}`);
  await waitScreen(page, 'JoinClass');
  await expect(page.locator('#class-code')).toHaveValue(server.code);
  await expect(page.locator('#class-name')).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page.locator('#join-status')).toContainText('Waiting for your teacher');
}

/** The par the Table's header shows (its twin in the screen-reader mirror): the number and what it says it is. */
async function tablePar(page: Page): Promise<{ par: string; meaning: string }> {
  const name = (await page.locator('#sr-mirror').getByRole('button', { name: /^Par / }).textContent()) ?? '';
  const [, par = '', meaning = ''] = /^Par ([\d.]+): (.*)$/.exec(name) ?? [];
  return { par, meaning };
}

/** The par the teacher's table shows for `side`'s seat of a pair in play: "Union — (par 61.8)". */
async function teacherPar(row: Locator, side: SideId): Promise<string> {
  const name = bundledScenario('tutorial')!.sides[side].shortName;
  await expect(row).toContainText(`${name} \u2014 (par `);
  const text = (await row.textContent()) ?? '';
  return new RegExp(`${name} \u2014 \\(par ([\\d.]+)\\)`).exec(text)?.[1] ?? `none in "${text}"`;
}

/** Both students end the week (the first waits for the second), see the week's result and go back to the Table;
 *  `onResult` reads the result screens first. */
async function playWeek(pages: readonly Page[], onResult?: () => Promise<void>): Promise<void> {
  for (const page of pages) {
    await page.keyboard.press('e');
  }
  for (const page of pages) await waitScreen(page, 'WeekResult');
  await onResult?.();
  for (const page of pages) {
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Table');
  }
}

test('two students join one class, are paired by the teacher and play weeks against each other', async ({ browser }) => {
  test.setTimeout(180_000);
  const ada = await device(browser);
  const ben = await device(browser);
  const teacher = await device(browser);
  const problems = [watch(ada), watch(ben), watch(teacher)];

  await joinAs(ada, 'Ada');
  await ada.screenshot({ path: 'test-results/classroom-waiting.png' });
  expect(await axeProblems(ada)).toEqual([]);
  await joinAs(ben, 'Ben');

  await teacher.goto(`${base}/?teacher=${server.code}#key=${server.teacherKey}`);
  await waitScreen(teacher, 'Teacher');
  await expect(teacher.locator('#waiting-list')).toContainText('Ada');
  await expect(teacher.locator('#waiting-list')).toContainText('Ben');
  await teacher.locator('#pair-scenario').selectOption('tutorial');
  await teacher.locator('#pair-all').focus();
  await teacher.keyboard.press('Enter');

  // Each student's brief, then the Table: the first in line plays the union, the second the employer.
  for (const page of [ada, ben]) {
    await waitScreen(page, 'Briefing');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Table');
  }
  await expect(ada.locator('#class-bar')).toContainText(`Class ${server.code}`);
  await expect(ada.locator('#class-bar')).toContainText('(Ben)');
  await ada.screenshot({ path: 'test-results/classroom-table.png' });
  // Each student faces a person, so the par on their Table is the teacher's par for their seat (the mean of the
  // seat's par over the opposing personas), and the header says what that means.
  const pairRow = teacher.locator('#pairs-table tbody tr');
  for (const [page, side] of [[ada, 'union'], [ben, 'employer']] as const) {
    const shown = await tablePar(page);
    expect(shown.par).toBe(await teacherPar(pairRow, side));
    expect(shown.meaning).toBe('what the computer scores in your seat against an opponent it does not know');
  }
  // Its panel says what par is facing a person.
  await ben.locator('#sr-mirror').getByRole('button', { name: /^Par / }).focus();
  await ben.keyboard.press('Enter');
  await expect(ben.locator('#info-dialog')).toContainText("Facing a person, par is the computer's average score in the same seat over 24 fixed games against each opponent it can play for the other side");
  await ben.screenshot({ path: 'test-results/classroom-table-par-panel.png' });
  await ben.keyboard.press('Escape');
  await expect(ben.locator('#info-dialog')).toBeHidden();

  await playWeek([ada, ben]);
  await playWeek([ben, ada]);

  // The teacher sets a time limit per week: each student's status line counts it down.
  await teacher.locator('#time-limit').fill('600');
  await teacher.locator('#set-limit').focus();
  await teacher.keyboard.press('Enter');
  await expect(ada.locator('#class-bar')).toContainText('left this week');
  await expect(teacher.locator('#teacher-status')).toContainText('600 s a week');

  // Mid-week: Ada queues a statement, then reloads; she is back at her seat with the statement still queued.
  await ada.keyboard.press('t');
  const statementDetail = (page: Page) =>
    page.evaluate(() => document.getElementById(document.querySelector('#sr-mirror [data-action="statement"]')?.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
  await expect.poll(() => statementDetail(ada)).toContain('Queued');
  await ada.reload();
  await waitScreen(ada, 'Table');
  await expect(ada.locator('#class-bar')).toContainText('Union (you)');
  await expect.poll(() => statementDetail(ada)).toContain('Queued');
  // The statement stood, so the other side reads it in the week's news.
  const statementNews = /made an? \w+ statement/;
  await playWeek([ben, ada], async () => expect(await everyText(ben)).toMatch(statementNews));

  // Ada queues a statement and takes it back, by keyboard: the server drops it and Ben never reads of it.
  const row = teacher.locator('#pairs-table tbody tr');
  const roomId = (await row.getAttribute('data-room'))!;
  await ada.keyboard.press('t');
  await expect.poll(() => statementDetail(ada)).toContain('Queued');
  await expect.poll(async () => (await serverState(roomId)).turn.union.actions.length).toBe(1);
  await ada.keyboard.press('t');
  await expect.poll(() => statementDetail(ada)).not.toContain('Queued');
  await expect.poll(async () => (await serverState(roomId)).turn.union.actions.length).toBe(0);
  await expect(ada.locator('#class-bar .class-bar-problem')).toBeEmpty();
  await playWeek([ben, ada], async () => expect(await everyText(ben)).not.toMatch(statementNews));

  // The teacher sees the pair: both names, the week, and each seat's par (both seats are people's).
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Ada');
  await expect(row).toContainText('Ben');
  await expect(row.locator('td').nth(1)).toHaveText('5');
  await expect(row).toContainText('(par ');
  await teacher.screenshot({ path: 'test-results/classroom-teacher.png', fullPage: true });
  expect(await axeProblems(teacher)).toEqual([]);

  // Neither student's screen shows a number private to the other side.
  const state = await serverState(roomId);
  for (const [page, side] of [[ada, 'union'], [ben, 'employer']] as const) {
    const text = await everyText(page);
    const secrets = privateOf(state, side);
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(new RegExp(`(^|[^0-9.,])${secret}([^0-9]|$)`).test(text), `${side} sees ${secret}`).toBe(false);
  }

  // The export: a zip whose class report is the offline class report of its own session files.
  const download = teacher.waitForEvent('download');
  await teacher.locator('#export').focus();
  await teacher.keyboard.press('Enter');
  const zip = unzipSync(new Uint8Array(readFileSync((await (await download).path())!)));
  const sessions = Object.entries(zip).filter(([name]) => name.startsWith('sessions/') && name.endsWith('.json')).map(([name, bytes]) => ({ name: name.slice('sessions/'.length), text: strFromU8(bytes) }));
  expect(sessions).toHaveLength(1);
  const offline = reportCsv(buildClassReport(sessions, (s) => (bundledScenario(s.scenario.id) ? ok(bundledScenario(s.scenario.id)!) : err('no such scenario')), bundledParByHash));
  expect(strFromU8(zip['class-report.csv']!)).toBe(offline);

  // On to the end: the last week's result, then each student's debrief of the whole game, as offline.
  for (let week = 4; week <= 8; week += 1) {
    for (const page of [ada, ben]) await page.keyboard.press('e');
    for (const page of [ada, ben]) await waitScreen(page, 'WeekResult');
    for (const page of [ada, ben]) await page.keyboard.press('Enter');
    const screens = await Promise.all([ada, ben].map(async (page) => {
      await page.waitForFunction(() => ['Table', 'Debrief'].includes(window.__STANDOFF__!.scene()) && window.__STANDOFF__!.ready());
      return page.evaluate(() => window.__STANDOFF__!.scene());
    }));
    if (screens.every((s) => s === 'Debrief')) break;
    expect(screens).toEqual(['Table', 'Table']);
  }
  const final = await serverState(roomId);
  expect(final.outcome).not.toBeNull();
  for (const page of [ada, ben]) {
    await waitScreen(page, 'Debrief');
    expect(await page.evaluate(() => window.__STANDOFF__!.hashes().session)).toBe(stateHash(final));
  }
  await ada.screenshot({ path: 'test-results/classroom-debrief.png' });
  // The game over, the teacher's table gives each seat its score against par.
  await expect(row).toContainText(/\d+ \(par [\d.]+, [+\u2212\u00b1][\d.]*\)/);
  await teacher.screenshot({ path: 'test-results/classroom-teacher-par.png', fullPage: true });

  // The finished game's export, and the offline class report of its session files in the browser: the same CSV,
  // byte for byte, now with both seats' par.
  const finalDownload = teacher.waitForEvent('download');
  await teacher.locator('#export').focus();
  await teacher.keyboard.press('Enter');
  const finalZip = unzipSync(new Uint8Array(readFileSync((await (await finalDownload).path())!)));
  const finalSessions = Object.entries(finalZip).filter(([name]) => name.startsWith('sessions/') && name.endsWith('.json')).map(([name, bytes]) => ({ name: name.slice('sessions/'.length), buffer: Buffer.from(bytes), mimeType: 'application/json' }));
  const exported = strFromU8(finalZip['class-report.csv']!);
  expect(exported).toMatch(/,\d+(\.\d)?,\d+(\.\d)?,-?\d+(\.\d)?,-?\d+(\.\d)?\n?$/); // parUnion, parEmployer and both differences
  await teacher.goto(`${base}/`);
  await waitScreen(teacher, 'Title');
  await teacher.locator('#sr-mirror').getByRole('button', { name: /Classroom/ }).focus();
  await teacher.keyboard.press('Enter');
  await waitScreen(teacher, 'Classroom');
  await teacher.locator('#open-report').click();
  await waitScreen(teacher, 'ClassReport');
  await teacher.locator('#report-input').setInputFiles(finalSessions);
  await expect(teacher.locator('#report-status')).toHaveText('1 file read: 1 game reported, 0 with problems.');
  await expect(teacher.locator('#report-games tbody tr')).toContainText(/Union [\d.]+; Board [\d.]+/);
  await teacher.locator('#report-games').screenshot({ path: 'test-results/classroom-class-report-games.png' });
  const [csvDownload] = await Promise.all([teacher.waitForEvent('download'), teacher.locator('#download-csv').click()]);
  expect(readFileSync((await csvDownload.path())!, 'utf8')).toBe(exported);

  for (const p of problems) expect(p).toEqual([]);
  await Promise.all([ada, ben, teacher].map((page) => page.context().close()));
});

test('the teacher pairs a student with the computer by hand, pauses and resumes the class', async ({ browser }) => {
  test.setTimeout(90_000);
  const cy = await device(browser);
  const teacher = await device(browser);
  const problems = [watch(cy), watch(teacher)];
  await joinAs(cy, 'Cy');
  await teacher.goto(`${base}/?teacher=${server.code}#key=${server.teacherKey}`);
  await waitScreen(teacher, 'Teacher');
  await expect(teacher.locator('#pair-a')).toHaveText('Cy');
  await teacher.locator('#pair-scenario').selectOption('tutorial');
  await teacher.locator('#pair-side').selectOption('employer');
  await expect(teacher.locator('#pair-b')).toHaveValue(''); // the computer
  await teacher.locator('#pair-seed').fill('by-hand');
  await teacher.locator('#pair-two').focus();
  await teacher.keyboard.press('Enter');

  await waitScreen(cy, 'Briefing');
  await cy.keyboard.press('Enter');
  await waitScreen(cy, 'Table');
  await expect(cy.locator('#class-bar')).toContainText('Board (you)');
  const row = teacher.locator('#pairs-table tbody tr', { hasText: 'Cy' });
  await expect(row).toContainText('AI');
  // Facing the computer, the Table's par is the par against the persona it plays, as on the teacher's table.
  const shown = await tablePar(cy);
  expect(shown.par).toBe(await teacherPar(row, 'employer'));
  expect(shown.meaning).toBe(`the computer's average score in your seat against this ${bundledScenario('tutorial')!.sides.union.shortName}`);
  await cy.screenshot({ path: 'test-results/classroom-table-vs-ai.png' });

  // Paused: the student is told, and a move is refused until the teacher resumes.
  await teacher.locator('#pause').focus();
  await teacher.keyboard.press('Enter');
  await expect(cy.locator('#class-bar')).toContainText('Paused by the teacher');
  await cy.keyboard.press('e');
  await expect(cy.locator('#class-bar')).toContainText('paused');
  await teacher.locator('#resume').focus();
  await teacher.keyboard.press('Enter');
  await expect(cy.locator('#class-bar')).toContainText('left this week'); // the limit the first test set
  await expect(cy.locator('#class-bar .class-bar-problem')).toBeEmpty();

  // Against the computer, ending the week plays it at once.
  await cy.keyboard.press('e');
  await waitScreen(cy, 'WeekResult');
  await cy.keyboard.press('Enter');
  await waitScreen(cy, 'Table');
  await expect(row.locator('td').nth(1)).toHaveText('2');
  for (const p of problems) expect(p).toEqual([]);
  await Promise.all([cy, teacher].map((page) => page.context().close()));
});

test('a student whose connection drops sees that it is reconnecting, and carries on by itself with the move queued', async ({ browser }) => {
  test.setTimeout(90_000);
  const dee = await device(browser);
  const teacher = await device(browser);
  // The browser reports each refused request to the matchmaker on the console: that is this test's point, so allowed.
  const dropped = /matchmake|Failed to load resource|net::ERR_CONNECTION_REFUSED|Room connection was closed unexpectedly|Room, onError/;
  const problems = [watch(dee), watch(teacher)];
  // The page's requests to the matchmaker (every join and reconnection starts with one) can be refused for a while.
  let refuse = false;
  await dee.route('**/matchmake/**', (route) => (refuse ? route.abort('connectionrefused') : route.continue()));
  await joinAs(dee, 'Dee');
  await teacher.goto(`${base}/?teacher=${server.code}#key=${server.teacherKey}`);
  await waitScreen(teacher, 'Teacher');
  await expect(teacher.locator('#pair-a')).toHaveText('Dee');
  await teacher.locator('#pair-scenario').selectOption('tutorial');
  await teacher.locator('#pair-side').selectOption('union');
  await teacher.locator('#pair-seed').fill('drop');
  await teacher.locator('#pair-two').focus();
  await teacher.keyboard.press('Enter');
  await waitScreen(dee, 'Briefing');
  await dee.keyboard.press('Enter');
  await waitScreen(dee, 'Table');
  const roomId = (await teacher.locator('#pairs-table tbody tr', { hasText: 'Dee' }).getAttribute('data-room'))!;
  await dee.keyboard.press('t');
  await expect.poll(async () => (await serverState(roomId)).turn.union.actions.length).toBe(1);

  // The game room's connection drops without a goodbye (as when its process dies), and for a while it cannot be made again.
  refuse = true;
  const room = matchMaker.getLocalRoomById(roomId);
  expect(room?.clients.length).toBe(1);
  (room!.clients[0] as unknown as { ref: { terminate(): void } }).ref.terminate();
  await expect(dee.locator('#class-bar')).toContainText('Reconnecting to the class', { timeout: 10_000 });
  await expect(dee.locator('#class-bar')).toContainText('(try 2)', { timeout: 10_000 });
  await expect(dee.locator('#sr-mirror')).toContainText('Reconnecting to the class');
  await dee.screenshot({ path: 'test-results/classroom-reconnecting.png' });

  // Then it can: the link is back in the seat by itself, the statement still queued, and the week plays on.
  refuse = false;
  await expect(dee.locator('#class-bar')).not.toContainText('Reconnecting', { timeout: 20_000 });
  await expect(dee.locator('#sr-mirror')).not.toContainText('Reconnecting');
  await expect(dee.locator('#class-bar .class-bar-problem')).toBeEmpty();
  const detail = await dee.evaluate(() => document.getElementById(document.querySelector('#sr-mirror [data-action="statement"]')?.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
  expect(detail).toContain('Queued');
  await dee.keyboard.press('e');
  await waitScreen(dee, 'WeekResult');
  expect((await serverState(roomId)).week).toBe(1);
  for (const p of problems) expect(p.filter((line) => !dropped.test(line))).toEqual([]);
  await Promise.all([dee, teacher].map((page) => page.context().close()));
});

test('the Join screen, reached from the Title by keyboard', async ({ browser }) => {
  const page = await device(browser);
  const problems = watch(page);
  await page.goto(`${base}/`);
  await waitScreen(page, 'Title');
  await page.locator('#sr-mirror').getByRole('button', { name: /Classroom/ }).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Classroom');
  await page.locator('#open-join').focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'JoinClass');
  await expect(page.locator('#class-code')).toBeFocused();
  await page.keyboard.type('abc');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Cy');
  await page.keyboard.press('Enter');
  await expect(page.locator('#join-message')).toContainText('6 letters and digits');
  await page.screenshot({ path: 'test-results/classroom-join.png' });
  expect(await axeProblems(page)).toEqual([]);
  expect(problems).toEqual([]);
});
