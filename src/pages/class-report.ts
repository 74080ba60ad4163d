// The class report: a teacher drops the class's session files; each is checked and replayed here, in the
// browser, and the outcomes are shown as charts and tables with a CSV to download. Files with problems are
// listed with the reason, and the rest are still reported. Nothing is sent anywhere.
import './pages.css';
import { buildClassReport, reportCsv, type ClassReport } from '../share/class-report';
import { scenarioHashOf } from '../share/par';
import { resolveScenario } from '../share/resolve-scenario';
import type { Scenario } from '../sim/index';
import { SCENE } from '../navigation/scene-keys';
import type { PageContext } from '../navigation/page-context';
import { classReportView } from '../views/class-report-screen';
import { chartFigure } from './chart';
import { announce, append, button, el, onEscape, panel, table } from './dom';
import { acceptDrops, download, filePicker, readFiles, type TextFile } from './files';

export function mount(stage: HTMLElement, ctx: PageContext): () => void {
  const { catalogue, store } = ctx.app;
  const leave = () => ctx.go(SCENE.classroom);
  let files: TextFile[] = [];
  let report: ClassReport | null = null;

  const csvButton = button({
    label: 'Download the spreadsheet (CSV)',
    variant: 'primary',
    id: 'download-csv',
    disabled: true,
    onClick: () => {
      if (report) download('standoff-class-report.csv', reportCsv(report), 'text/csv');
    },
  });
  const head = el(
    'header',
    { class: 'page-head' },
    el('div', { class: 'head-text' }, el('p', { class: 'crumb' }, 'Classroom · class report'), el('h1', { tabindex: '-1', id: 'page-title' }, 'Class report')),
    el('div', { class: 'head-actions' }, csvButton, button({ label: 'Back', key: 'Esc', onClick: leave })),
  );

  const status = el('p', { class: 'status', role: 'status', id: 'report-status' }, 'No files yet.');
  const picker = filePicker('Choose files…', true, (picked) => void add(picked), 'report-input');
  const clear = button({
    label: 'Clear',
    variant: 'quiet',
    onClick: () => {
      files = [];
      render();
    },
  });
  const drop = panel('Session files');
  append(
    drop.body,
    el('div', { class: 'dropzone' }, el('p', {}, 'Drop the class\u2019s session files anywhere on this page, or'), el('div', { class: 'row buttons' }, picker.button, clear), picker.input),
    el('p', { class: 'note' }, 'Everything happens in this browser: each file is checked and its game replayed here, and nothing is uploaded.'),
    status,
  );
  const kpis = el('div', { class: 'kpis', id: 'report-kpis' });
  const problems = el('div', { class: 'report-problems' });
  const results = el('div', { class: 'col report-results', id: 'report-results' });
  const body = el('div', { class: 'page-body scroll col' }, el('div', { class: 'row report-top' }, el('div', { class: 'report-drop' }, drop.root), el('div', { class: 'col grow' }, kpis, problems)), results);
  append(stage, head, body);

  async function add(picked: File[]): Promise<void> {
    status.textContent = `Reading ${picked.length} file${picked.length === 1 ? '' : 's'}…`;
    const read = await readFiles(picked);
    const names = new Set(read.map((f) => f.name));
    files = [...files.filter((f) => !names.has(f.name)), ...read];
    await new Promise((r) => requestAnimationFrame(r)); // show "Reading…" before the replays
    render();
  }

  /** Par tables from the store: bundled ones at once; a scenario of a student's own is computed (in a worker) and the report redrawn. */
  const parOf = (scenarioHash: string) => {
    const status = store.getState().pars[scenarioHash];
    return status?.kind === 'ready' ? status.table : null;
  };
  const requestPars = (scenarios: Iterable<Scenario>) => {
    for (const scenario of scenarios) store.getState().requestPar(scenario, scenarioHashOf(scenario));
  };
  const stopPars = store.subscribe((now, before) => {
    if (now.pars !== before.pars && files.length) render();
  });

  function render(): void {
    const scenarios = new Map<string, Scenario>();
    report = buildClassReport(files, (s) => {
      const found = resolveScenario((id) => catalogue.get(id), s.scenario.id, s.scenario.version, s.scenario.text);
      if (found.ok) scenarios.set(`${found.value.id} ${found.value.version}`, found.value);
      return found;
    }, parOf);
    const view = classReportView(report, (row) => scenarios.get(row.scenario) ?? null);
    queueMicrotask(() => requestPars(scenarios.values())); // after this render: a par that arrives redraws it
    csvButton.setAttribute('aria-disabled', String(report.rows.length === 0));
    status.textContent = files.length === 0 ? 'No files yet.' : `${files.length} file${files.length === 1 ? '' : 's'} read: ${report.rows.length} game${report.rows.length === 1 ? '' : 's'} reported, ${report.problems.length} with problems.`;
    kpis.replaceChildren(...view.kpis.map((k) => el('div', { class: 'kpi' }, el('div', { class: 'num' }, k.value), el('div', { class: 'what' }, k.label))));
    results.replaceChildren();
    problems.replaceChildren();
    if (view.problems.length) {
      const p = panel('Files with problems (left out of the report)');
      p.root.id = 'report-problems';
      const ul = el('ul', { class: 'problems' });
      for (const prob of view.problems) append(ul, el('li', {}, el('strong', {}, prob.file), `: ${prob.message}`));
      append(p.body, ul);
      append(problems, p.root);
    }
    if (view.scope) append(results, el('p', { class: 'note' }, view.scope));
    if (view.charts.length) {
      const grid = el('div', { class: 'chart-grid' });
      for (const spec of view.charts) {
        const box = panel(spec.title);
        box.root.querySelector('.panel-heading')?.remove();
        append(box.body, chartFigure(spec, { width: 384, height: 210, legend: spec.layers.length > 1 }));
        append(grid, box.root);
      }
      append(results, grid);
      const scores = panel('Scores by side and opponent');
      append(scores.body, table('Each side\u2019s scores, by the persona it played against', view.scores.head, view.scores.rows));
      const games = panel('Every game');
      append(games.body, el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Every game (scrolls)' }, table(`${view.games.rows.length} games, one row each (the CSV holds the same)`, view.games.head, view.games.rows, 'games')));
      games.root.id = 'report-games';
      append(results, scores.root, games.root);
    }
    announce(status.textContent ?? '');
  }

  const undoDrops = acceptDrops(stage, (picked) => void add(picked));
  const stopEscape = onEscape(leave);
  (stage.querySelector('#page-title') as HTMLElement | null)?.focus();
  const given = ctx.data.files;
  if (Array.isArray(given)) {
    files = given as TextFile[];
    render();
  }
  return () => {
    undoDrops();
    stopEscape();
    stopPars();
  };
}
