// Printable briefs: each side's confidential brief on its own sheet (a print stylesheet does the rest). On
// screen, a paper preview with Print and Back; in print, only the sheets.
import './pages.css';
import type { SideId } from '../sim/index';
import { SCENE, type SceneKey } from '../navigation/scene-keys';
import type { PageContext } from '../navigation/page-context';
import { printableBrief } from '../views/printable-brief';
import { announce, append, button, el, onEscape } from './dom';

export function mount(stage: HTMLElement, ctx: PageContext): () => void {
  const { catalogue } = ctx.app;
  const id = typeof ctx.data.scenarioId === 'string' ? ctx.data.scenarioId : catalogue.defaultId;
  const scenario = catalogue.get(id) ?? catalogue.get(catalogue.defaultId);
  const back = (typeof ctx.data.back === 'string' ? ctx.data.back : SCENE.classroom) as SceneKey;
  const leave = () => ctx.go(back, back === SCENE.debrief ? { study: ctx.data.study === true, tab: 'share' } : {});
  const sides = (Array.isArray(ctx.data.sides) ? ctx.data.sides : ['union', 'employer']) as SideId[];

  const head = el(
    'header',
    { class: 'page-head no-print' },
    el('div', { class: 'head-text' }, el('p', { class: 'crumb' }, 'Printable briefs'), el('h1', { tabindex: '-1', id: 'page-title' }, scenario ? scenario.title : 'No scenario')),
    el('div', { class: 'head-actions' }, button({ label: 'Print', variant: 'primary', id: 'print-now', onClick: () => window.print() }), button({ label: 'Back', key: 'Esc', onClick: leave })),
  );
  // Focusable, so the sheets scroll by keyboard too (arrow keys, Page Down).
  const paper = el('div', { class: 'paper-scroll', tabindex: '0', role: 'region', 'aria-label': 'The briefs, as they will print' });
  if (scenario) {
    for (const side of sides) {
      const b = printableBrief(scenario, side);
      const sheet = el('article', { class: `brief brief-${side}`, 'aria-label': `${b.name}: confidential brief` });
      append(sheet, el('p', { class: 'mark' }, b.mark), el('h2', {}, b.name), el('p', {}, el('em', {}, b.scenario), '. ', b.starts));
      append(sheet, el('h3', {}, 'Your brief'), ...b.paragraphs.map((p) => el('p', {}, p)));
      const figs = el('table', {}, el('tbody', {}, ...b.privateFigures.map((f) => el('tr', {}, el('th', { scope: 'row' }, f.label), el('td', {}, f.value)))));
      append(sheet, el('h3', {}, 'Your private figures at the start'), figs);
      const issues = el(
        'table',
        {},
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Issue'), el('th', { scope: 'col' }, 'What it means'), el('th', { scope: 'col' }, 'Now'), el('th', { scope: 'col' }, 'Possible'))),
        el('tbody', {}, ...b.issues.map((i) => el('tr', {}, el('th', { scope: 'row' }, i.label), el('td', {}, i.description), el('td', {}, i.now), el('td', {}, i.range)))),
      );
      append(sheet, el('h3', {}, 'The issues on the table'), issues);
      append(sheet, el('h3', {}, 'Your moves each week'), el('p', {}, `${b.moves.join(' · ')}.`), el('p', { class: 'foot' }, b.footer));
      append(paper, sheet);
    }
  }
  append(stage, head, paper);
  (stage.querySelector('#page-title') as HTMLElement | null)?.focus();
  const stopEscape = onEscape(leave);
  announce('Printable briefs: one sheet per side. Use Print, or your browser\u2019s print command.');
  return () => stopEscape();
}
