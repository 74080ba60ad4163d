// What if: pick a week, change one side's decision that week (the Table's moves and parameters), replay
// forward with the core's `whatIf` (same seed, same pre-rolled world), and compare the two paths.
import { longDate, theSide, weekStart, whatIf, type ActionType, type SideId } from '../../sim/index';
import { planFor } from '../../store/plan';
import type { Study } from '../../store/study';
import { actionsOf, checkMoves, compare, forkPoints, forkSides, moveChoices, movesByWeek, type MoveChoice } from '../../views/debrief-what-if';
import { describeAction } from '../../views/moves';
import { chartFigure } from '../chart';
import { announce, append, button, el, panel } from '../dom';

export interface WhatIfHooks {
  /** Opens the forked path's own debrief. */
  openFork(study: Study): void;
}

export function whatIfPanel(root: HTMLElement, study: Study, hooks: WhatIfHooks): void {
  const points = forkPoints(study);
  const sides = forkSides(study);
  const moves = movesByWeek(study);
  const sc = study.scenario;
  let week = 0;
  let side: SideId = sides[0]!;

  const controls = panel('Change one week');
  const weekSelect = el('select', { id: 'what-if-week' });
  for (const p of points) append(weekSelect, el('option', { value: String(p.week) }, `${p.label} (${longDate(weekStart(sc.startDay, p.week)).replace(/ \d{4}$/, '')})`));
  const sideSelect = el('select', { id: 'what-if-side' });
  for (const s of sides) append(sideSelect, el('option', { value: s }, sc.sides[s].shortName));
  const fields = el('div', { class: 'row what-if-fields' }, el('label', { class: 'field grow' }, 'Week', weekSelect), el('label', { class: 'field grow' }, 'Side', sideSelect));
  if (sides.length === 1) sideSelect.disabled = true;
  const played = el('p', { class: 'small what-if-played', id: 'what-if-played' });
  const list = el('div', { class: 'col what-if-moves', role: 'group', 'aria-label': 'Moves instead' });
  const status = el('p', { class: 'status small', role: 'status' });
  const run = button({ label: 'Replay from this week', variant: 'primary', id: 'what-if-run', onClick: () => replay() });
  append(controls.body, el('p', { class: 'note' }, 'Everything before the week stays as it was, and the same seed brings the same shocks after it. The computer decides afresh; a person keeps their later moves.'), fields, played, el('h3', { class: 'small-heading' }, 'Instead, that week:'), list, el('div', { class: 'row run-row' }, run), status);

  const result = panel('Both paths');
  result.root.id = 'what-if-result';
  append(result.body, el('p', { class: 'muted' }, 'Choose a week and a different decision, then replay: the two paths appear here side by side.'));

  let choices: MoveChoice[] = [];
  const state = new Map<ActionType, { on: HTMLInputElement; params: Map<string, HTMLSelectElement> }>();

  function refresh(): void {
    const start = points[week]!.start;
    const original = (moves[week] ?? []).filter((a) => a.side === side);
    choices = moveChoices(start, side, original, planFor(start, side, null));
    played.textContent = `As played, ${theSide(sc.vocabulary, side)} ${original.length ? `chose ${original.map((a) => describeAction(a, sc.vocabulary.currency).replace(/^your /, 'its ')).join('; ')}` : 'made no move'} that week.`;
    list.replaceChildren();
    state.clear();
    const unavailable = choices.filter((c) => !c.available);
    for (const c of choices.filter((x) => x.available)) {
      const id = `wi-${c.type}`;
      const on = el('input', { type: 'checkbox', id, checked: c.original && c.available, disabled: !c.available });
      const params = new Map<string, HTMLSelectElement>();
      const paramBox = el('div', { class: 'params' });
      for (const p of c.params) {
        const sel = el('select', { 'aria-label': `${c.label}: ${p.label}` });
        for (const o of p.options) append(sel, el('option', { value: o.value, selected: o.value === p.selected }, o.label));
        params.set(p.id, sel);
        append(paramBox, el('label', {}, p.label, sel));
      }
      const box = el('div', { class: `move${c.available ? '' : ' unavailable'}` }, el('label', { class: 'check', for: id }, on, c.label, c.original ? el('span', { class: 'muted small' }, ' (as played)') : null));
      if (!c.available && c.why) append(box, el('span', { class: 'why' }, c.why));
      if (c.params.length && c.available) append(box, paramBox);
      paramBox.hidden = !on.checked;
      on.addEventListener('change', () => (paramBox.hidden = !on.checked));
      append(list, box);
      state.set(c.type, { on, params });
    }
    if (unavailable.length) {
      const ul = el('ul');
      for (const c of unavailable) append(ul, el('li', {}, el('strong', {}, c.label), c.why ? `: ${c.why}` : ''));
      append(list, el('details', { class: 'not-possible' }, el('summary', {}, `Not possible that week (${unavailable.length})`), ul));
    }
    status.textContent = '';
  }

  function replay(): void {
    const start = points[week]!.start;
    const chosen = choices
      .filter((c) => state.get(c.type)?.on.checked)
      .map((c) => ({ type: c.type, params: Object.fromEntries([...(state.get(c.type)?.params ?? new Map<string, HTMLSelectElement>())].map(([k, sel]) => [k, sel.value])) }));
    const actions = actionsOf(start, side, chosen);
    const problem = checkMoves(start, actions);
    if (problem) {
      status.textContent = problem;
      status.classList.add('error');
      announce(problem);
      return;
    }
    status.classList.remove('error');
    const fork = whatIf(sc, study.seed, study.players, study.log, week, side, actions);
    const view = compare(sc, study.state, fork.state, week, side);
    result.body.replaceChildren();
    const rows = el('tbody');
    for (const r of view.rows) append(rows, el('tr', {}, el('th', { scope: 'row' }, r.label), el('td', {}, r.played), el('td', { class: r.changed ? 'changed' : '' }, r.whatIf, r.changed ? el('span', { class: 'visually-hidden' }, ' (changed)') : null)));
    const table = el('table', { class: 'data compare', id: 'what-if-table' }, el('caption', {}, `The game as played, and with ${theSide(sc.vocabulary, side)}'s week ${week + 1} changed (changed figures marked ◆)`), el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Measure'), el('th', { scope: 'col' }, 'As played'), el('th', { scope: 'col' }, 'What if'))), rows);
    for (const td of table.querySelectorAll('td.changed')) td.prepend('◆ ');
    const charts = el('div', { class: 'col what-if-charts' });
    for (const spec of view.charts) append(charts, chartFigure(spec, { width: 370, height: 200, labelRoom: 66, headingLevel: 4 }));
    const open = button({ label: 'Open this path\u2019s debrief', variant: 'row', onClick: () => hooks.openFork({ ...study, log: fork.log, state: fork.state, source: study.source === 'game' ? 'code' : study.source, label: `What if: week ${week + 1} changed` }) });
    append(result.body, el('p', { class: 'lead what-if-headline', id: 'what-if-headline' }, view.headline), el('div', { class: 'row what-if-body' }, el('div', { class: 'col what-if-table-col' }, table, el('div', {}, open)), charts));
    status.textContent = `Replayed from week ${week + 1}.`;
    announce(view.headline);
  }

  weekSelect.addEventListener('change', () => {
    week = Number(weekSelect.value);
    refresh();
  });
  sideSelect.addEventListener('change', () => {
    side = sideSelect.value as SideId;
    refresh();
  });
  refresh();
  append(root, el('div', { class: 'row fill what-if' }, el('div', { class: 'what-if-controls' }, controls.root), el('div', { class: 'grow what-if-result-col' }, result.root)));
}
