// The Workbench's quick balance: a Run button, progress while the worker plays, then a summary, the chart
// (outcomes and one chosen figure per pairing) and the balance report's plain-language findings.
import { pairingsOf, type BalanceReport } from '../authoring/balance';
import { findings } from '../authoring/balance-format';
import type { Scenario } from '../sim/scenario/types';
import { announce, append, button, el, panel } from '../pages/dom';
import { balanceChart, balanceTable, metrics, OUTCOMES, type ChartRow, type Metric } from './balance-chart';
import { BalanceRunner, QUICK_RUNS } from './balance-runner';

export interface BalancePanel {
  readonly root: HTMLElement;
  /** The scenario to balance (the last one that loaded), or null: the Run button says why not. */
  setScenario(scenario: Scenario | null): void;
  stop(): void;
}

const label = (scenario: Scenario, id: string): string => scenario.personas.find((p) => p.id === id)?.label ?? id;

export function createBalancePanel(): BalancePanel {
  const { root, body } = panel('Quick balance', 2, 'wb-balance');
  const runner = new BalanceRunner();
  let scenario: Scenario | null = null;
  let shown: { report: BalanceReport; scenario: Scenario; ms: number } | null = null;
  let metric: Metric = 'weeks';

  const run = button({ label: `Run ${QUICK_RUNS} games`, variant: 'row', id: 'wb-run', onClick: () => start() });
  const progress = el('progress', { max: QUICK_RUNS, value: 0, id: 'wb-progress', 'aria-label': 'Games played' });
  const count = el('span', { class: 'wb-count', id: 'wb-count' }, '');
  const note = el('p', { class: 'note', id: 'wb-balance-note' }, '');
  const results = el('div', { class: 'wb-results', id: 'wb-results' });
  append(body, el('div', { class: 'wb-run-row' }, run, el('div', { class: 'wb-progress' }, progress, count)), note, results);

  const setRunnable = (): void => {
    const can = scenario !== null && !runner.running;
    if (can) run.removeAttribute('aria-disabled');
    else run.setAttribute('aria-disabled', 'true');
    if (runner.running) return;
    // Results stay until the next run, marked when the text has changed since.
    const stale = shown !== null && shown.scenario !== scenario;
    results.classList.toggle('wb-stale', stale);
    if (!scenario) note.textContent = shown ? 'These results are for the text as it was; it does not load now. Fix its errors to run again.' : 'Balance runs once the scenario loads: fix its errors first.';
    else if (stale) note.textContent = 'The text has changed since these results: run again to see its balance now.';
    else if (!shown) note.textContent = `AI against AI, ${QUICK_RUNS} games over every pairing of personas (${pairingsOf(scenario).length}), in the background: the same games as npm run scenario:balance -- --runs ${QUICK_RUNS}.`;
    else note.textContent = '';
    note.hidden = note.textContent === '';
  };

  function start(): void {
    if (!scenario || runner.running) return;
    const s = scenario;
    progress.value = 0;
    count.textContent = `0 of ${QUICK_RUNS}`;
    note.textContent = 'Playing…';
    announce(`Quick balance: playing ${QUICK_RUNS} games.`);
    root.setAttribute('aria-busy', 'true');
    runner.start(s, QUICK_RUNS, {
      onProgress: (done, total) => {
        progress.value = done;
        count.textContent = `${done} of ${total}`;
      },
      onDone: (report, ms) => {
        root.removeAttribute('aria-busy');
        shown = { report, scenario: s, ms };
        draw();
        setRunnable();
        announce(`Quick balance done: ${summary(report)}`);
      },
      onFailed: (message) => {
        root.removeAttribute('aria-busy');
        note.textContent = `The balance run stopped: ${message}.`;
        setRunnable();
        announce(note.textContent);
      },
    });
    setRunnable();
  }

  const summary = (report: BalanceReport): string => {
    const t = report.total;
    const score = (s: { median: number } | null) => (s ? String(s.median) : '–');
    return `${Math.round(t.dealRate * 100)}% ended in a deal; half took ${t.weeks ? t.weeks.median : '–'} weeks or fewer; median scores ${names?.union ?? 'union'} ${score(t.scoreUnion)}, ${names?.employer ?? 'employer'} ${score(t.scoreEmployer)}.`;
  };
  let names: { union: string; employer: string } | null = null;

  function draw(): void {
    if (!shown) return;
    const { report, scenario: s, ms } = shown;
    names = { union: s.sides.union.shortName, employer: s.sides.employer.shortName };
    const specs = metrics(report, names);
    const spec = specs.find((m) => m.id === metric) ?? specs[0]!;
    const pairings = pairingsOf(s);
    const rows: ChartRow[] = [...report.rows.map((row, i) => ({ label: `${label(s, pairings[i]!.union)} v ${label(s, pairings[i]!.employer)}`, row })), { label: 'All games', row: report.total, total: true }];

    const select = el('select', { id: 'wb-metric', 'aria-label': 'Figure to show' });
    for (const m of specs) append(select, el('option', { value: m.id, selected: m.id === spec.id }, m.label));
    select.addEventListener('change', () => {
      metric = select.value as Metric;
      draw();
      document.getElementById('wb-metric')?.focus();
    });
    const legend = el('ul', { class: 'legend wb-legend', 'aria-label': 'Outcomes' });
    for (const o of OUTCOMES) {
      const swatch = el('span', { class: `wb-swatch wb-swatch-${o.kind}`, 'aria-hidden': 'true' });
      append(legend, el('li', {}, swatch, o.label));
    }
    const notes = findings(report);
    const figure = el(
      'figure',
      { class: 'wb-figure', id: 'wb-chart' },
      el('figcaption', { class: 'wb-summary' }, `${report.runs} games in ${(ms / 1000).toFixed(1)} s: ${summary(report)}`),
      el('div', { class: 'wb-chart-controls' }, el('label', { class: 'wb-metric' }, 'Spread of', select), legend),
      el('div', { class: 'wb-chart-scroll' }, balanceChart(rows, spec, `${names.union} v ${names.employer}`), notes.length ? el('ul', { class: 'wb-findings', 'aria-label': 'What to look at' }, ...notes.map((n) => el('li', {}, n))) : null),
      balanceTable(rows, spec),
    );
    results.replaceChildren(figure);
  }

  setRunnable();
  return {
    root,
    setScenario(next) {
      scenario = next;
      setRunnable();
    },
    stop() {
      runner.stop();
    },
  };
}
