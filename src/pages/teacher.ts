// The teacher's page (`/?teacher=CODE#key=KEY`): the class live, one row per pair (week, each side's standing
// offer, strike days, opinion, the outcome and each seat's score against par), the students waiting, and the controls: pair two
// students or everyone waiting, with a scenario, a side and a seed; give a seat to the computer; set the week's
// time limit; pause, resume or end the class; download the export. Text stays text. The client library loads
// only here (and for a student who joins), never for offline play.
import './pages.css';
import { SCENE } from '../navigation/scene-keys';
import type { PageContext } from '../navigation/page-context';
import type { PairSummary, Roster, TeacherCommand } from '../classroom/protocol';
import type { TeacherLink } from '../classroom/teacher';
import { SIDES, termsFromOffer, type Scenario, type SideId } from '../sim/index';
import { issueValueShort, pct } from '../views/format';
import { parDifference, parNumber } from '../views/par';
import { announce, append, button, el, onEscape, panel } from './dom';

const offerText = (scenario: Scenario | null, offer: readonly number[] | null): string => {
  if (!offer) return '—';
  if (!scenario) return offer.join(', ');
  const terms = termsFromOffer(scenario, offer);
  return scenario.issues.map((issue) => `${issue.label} ${issueValueShort(issue, terms[issue.id] ?? 0)}`).join('; ');
};

/** A seat's score beside its par: "64 (par 61.8, +2.2)"; "— (par 61.8)" while the game is in play. */
const scoreAgainstPar = (score: number | null, par: number | null): string => {
  const shown = score === null ? '\u2014' : String(score);
  if (par === null) return shown;
  return score === null ? `${shown} (par ${parNumber(par)})` : `${shown} (par ${parNumber(par)}, ${parDifference(Math.round((score - par) * 10) / 10)})`;
};

/** One pair as the table's cells, in the columns' order. */
function pairCells(p: PairSummary, scenario: Scenario | null): string[] {
  const side = (s: SideId) => scenario?.sides[s].shortName ?? s;
  const seat = (s: SideId) => `${p.seats[s].name}${p.seats[s].ai ? '' : p.seats[s].connected ? '' : ' (away)'}${p.ended[s] && !p.outcome ? ' ✓' : ''}`;
  const outcome = p.outcome ? `${p.outcome.kind}, week ${p.outcome.week + 1}` : 'in play';
  const scores = SIDES.map((s) => `${side(s)} ${scoreAgainstPar(p.outcome?.scores[s] ?? null, p.par?.[s] ?? null)}`).join(', ');
  return [
    SIDES.map((s) => `${side(s)}: ${seat(s)}`).join(' vs '),
    scenario?.title ?? p.scenarioId,
    String(p.week + 1),
    SIDES.map((s) => `${side(s)}: ${offerText(scenario, p.latestOffer[s])}`).join(' | '),
    String(p.strikeDays),
    pct(p.supportBp),
    outcome,
    scores,
  ];
}

const HEAD = ['Pair', 'Scenario', 'Week', 'Standing offers', 'Strike days', 'Support for strikes', 'Outcome', 'Scores (par, \u00b1 par)'];

export function mount(stage: HTMLElement, ctx: PageContext): () => void {
  const { catalogue } = ctx.app;
  const code = typeof ctx.data.code === 'string' ? ctx.data.code : '';
  const key = typeof ctx.data.key === 'string' ? ctx.data.key : '';
  let link: TeacherLink | null = null;
  let closed = false;
  const leave = () => ctx.go(SCENE.title);

  const head = el(
    'header',
    { class: 'page-head' },
    el('div', { class: 'head-text' }, el('p', { class: 'crumb' }, 'Classroom · teacher'), el('h1', { tabindex: '-1', id: 'page-title' }, `Class ${code}`)),
    el('div', { class: 'head-actions' }, button({ label: 'Title screen', key: 'Esc', onClick: leave })),
  );
  const status = el('p', { class: 'status', role: 'status', id: 'teacher-status' }, 'Connecting\u2026');
  const problem = el('p', { class: 'status small error', role: 'alert', id: 'teacher-problem' });
  const send = (command: TeacherCommand) => {
    problem.textContent = '';
    link?.send(command);
  };

  // Pairing
  const pairing = panel('Pair students');
  const waitingList = el('ul', { id: 'waiting-list', class: 'plain' });
  const studentA = el('select', { id: 'pair-a' });
  const studentB = el('select', { id: 'pair-b' });
  const sideA = el('select', { id: 'pair-side' });
  const scenarioSelect = el('select', { id: 'pair-scenario' });
  for (const e of catalogue.entries) append(scenarioSelect, el('option', { value: e.id }, e.title));
  const seed = el('input', { id: 'pair-seed', type: 'text', value: 'class', maxlength: 64, spellcheck: 'false' });
  const fillSides = () => {
    const scenario = catalogue.get(scenarioSelect.value);
    sideA.replaceChildren(...SIDES.map((s) => el('option', { value: s }, scenario?.sides[s].shortName ?? s)));
  };
  scenarioSelect.addEventListener('change', fillSides);
  fillSides();
  append(
    pairing.body,
    el('h3', { class: 'small-heading' }, 'Waiting'),
    waitingList,
    el('label', { class: 'field' }, 'Scenario', scenarioSelect),
    el('label', { class: 'field' }, 'Seed (the same seed gives the same hidden values and luck)', seed),
    el('div', { class: 'row buttons' }, button({ label: 'Pair everyone waiting', variant: 'primary', id: 'pair-all', onClick: () => send({ type: 'pairAll', scenarioId: scenarioSelect.value, seedPrefix: seed.value.trim() || 'class' }) })),
    el('h3', { class: 'small-heading' }, 'Or pair two by hand'),
    el('label', { class: 'field' }, 'First student', studentA),
    el('label', { class: 'field' }, 'Their side', sideA),
    el('label', { class: 'field' }, 'Second student', studentB),
    el('div', { class: 'row buttons' }, button({
      label: 'Pair them', id: 'pair-two',
      onClick: () => {
        if (!studentA.value) return void (problem.textContent = 'No student is waiting.');
        send({ type: 'pair', a: studentA.value, b: studentB.value || null, aSide: sideA.value as SideId, scenarioId: scenarioSelect.value, seed: seed.value.trim() || 'class' });
      },
    })),
  );

  // The class
  const classPanel = panel('The class');
  const seconds = el('input', { id: 'time-limit', type: 'number', min: 10, max: 3600, step: 10, inputmode: 'numeric' });
  const exportLink = el('a', { id: 'export', class: 'btn btn-row', href: `/export?key=${encodeURIComponent(key)}`, download: 'standoff-class.zip' }, el('span', { class: 'btn-label' }, 'Download the export (zip)'));
  append(
    classPanel.body,
    el('label', { class: 'field' }, 'Time limit per week, in seconds (empty: none)', seconds),
    el('div', { class: 'row buttons' }, button({
      label: 'Set the time limit', id: 'set-limit',
      onClick: () => {
        const value = seconds.value.trim() === '' ? null : Math.round(Number(seconds.value));
        if (value !== null && !(value >= 10 && value <= 3600)) return void (problem.textContent = 'A time limit is 10 to 3600 seconds, or empty for none.');
        send({ type: 'timeLimit', seconds: value });
      },
    })),
    el('div', { class: 'row buttons' },
      button({ label: 'Pause', id: 'pause', onClick: () => send({ type: 'pause' }) }),
      button({ label: 'Resume', id: 'resume', onClick: () => send({ type: 'resume' }) }),
      button({ label: 'End the class', id: 'end-class', onClick: () => send({ type: 'end' }) }),
    ),
    el('p', { class: 'note' }, 'The export holds every pair\u2019s session file and the class report\u2019s spreadsheet, the same as the offline class report makes from those files.'),
    el('div', { class: 'row buttons' }, exportLink),
  );

  const pairsPanel = panel('Pairs');
  const pairsBody = el('div', { id: 'pairs', class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Every pair, live' });
  append(pairsPanel.body, pairsBody);

  const show = (roster: Roster) => {
    const said = `${roster.ended ? 'The class has ended. ' : roster.paused ? 'Paused. ' : ''}${roster.waiting.length} waiting, ${roster.pairs.length} pair${roster.pairs.length === 1 ? '' : 's'}. Time limit: ${roster.weekSeconds === null ? 'none' : `${roster.weekSeconds} s a week`}.`;
    if (status.textContent !== said) status.textContent = said; // a live region: said again only when it changes
    waitingList.replaceChildren(...(roster.waiting.length ? roster.waiting.map((w) => el('li', {}, w.name)) : [el('li', { class: 'note' }, 'Nobody is waiting.')]));
    const chosen = [studentA.value, studentB.value];
    studentA.replaceChildren(...roster.waiting.map((w) => el('option', { value: w.id }, w.name)));
    studentB.replaceChildren(el('option', { value: '' }, 'The computer'), ...roster.waiting.map((w) => el('option', { value: w.id }, w.name)));
    studentA.value = roster.waiting.some((w) => w.id === chosen[0]) ? chosen[0]! : (roster.waiting[0]?.id ?? '');
    studentB.value = roster.waiting.some((w) => w.id === chosen[1]) ? chosen[1]! : (roster.waiting.find((w) => w.id !== studentA.value)?.id ?? '');
    const t = el('table', { class: 'data', id: 'pairs-table' }, el('caption', {}, 'Every pair, live. Par is the computer\u2019s own average score in a seat: against the computer\u2019s persona when the computer holds the other seat, and over all its personas when a person does.'));
    const tr = el('tr');
    for (const h of [...HEAD, 'Seats']) append(tr, el('th', { scope: 'col' }, h));
    const tbody = el('tbody');
    for (const p of roster.pairs) {
      const scenario = catalogue.get(p.scenarioId);
      const row = el('tr', { 'data-room': p.roomId });
      pairCells(p, scenario).forEach((cell, i) => append(row, i === 0 ? el('th', { scope: 'row' }, cell) : el('td', {}, cell)));
      const give = SIDES.filter((s) => !p.seats[s].ai && !p.outcome).map((s) =>
        button({ label: `Computer plays ${scenario?.sides[s].shortName ?? s}`, variant: 'quiet', onClick: () => send({ type: 'fillWithAi', roomId: p.roomId, side: s }) }),
      );
      append(row, el('td', {}, ...give));
      append(tbody, row);
    }
    append(t, el('thead', {}, tr), tbody);
    // Keep the keyboard where it was: a roster arrives every quarter second while pairs play.
    const focused = document.activeElement;
    const inTable = focused instanceof HTMLElement && pairsBody.contains(focused) ? [...pairsBody.querySelectorAll('button')].indexOf(focused as HTMLButtonElement) : -1;
    pairsBody.replaceChildren(roster.pairs.length ? t : el('p', { class: 'note' }, 'No pairs yet.'));
    if (inTable >= 0) pairsBody.querySelectorAll('button')[inTable]?.focus();
  };

  const body = el(
    'div',
    { class: 'page-body scroll col' },
    status,
    problem,
    pairsPanel.root,
    el('div', { class: 'row teacher-controls' }, el('div', { class: 'col grow' }, pairing.root), el('div', { class: 'col grow' }, classPanel.root)),
  );
  append(stage, head, body);
  (stage.querySelector('#page-title') as HTMLElement | null)?.focus();
  const stopEscape = onEscape(leave);

  void import('../classroom/teacher')
    .then(({ TeacherLink: Link }) => Link.join(`${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}`, code, key))
    .then((joined) => {
      if (closed) return void joined.leave();
      link = joined;
      status.textContent = 'Connected. Waiting for the class\u2026';
      announce(`Teacher's page for class ${code}.`);
      joined.room.onMessage('roster', (roster: Roster) => show(roster));
      joined.room.onMessage('error', (e: { message: string }) => (problem.textContent = e.message));
      if (joined.roster) show(joined.roster);
    })
    .catch((e: unknown) => {
      status.textContent = `Could not open the class: ${e instanceof Error ? e.message : String(e)}. Check the teacher address printed by npm run classroom.`;
    });

  return () => {
    closed = true;
    stopEscape();
    void link?.leave();
  };
}
