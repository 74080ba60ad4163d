// How to play: a one-minute read. A numbered diagram of the Table's parts (inline SVG, each part named in the
// picture and in the list beside it), a week in four steps, and the units the Table uses. Opened from the
// Title and from the Table's menu; Escape goes back to where it was opened from.
import './pages.css';
import { SCENE, type SceneKey } from '../navigation/scene-keys';
import type { PageContext } from '../navigation/page-context';
import { viewSide } from '../store/session';
import { howToPlayView, type TablePart } from '../views/how-to-play';
import { announce, append, button, el, onEscape, panel } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string | number>>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Words into lines of at most `width` characters (a longer word keeps a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The Table in outline: one box per part with its number and name, drawn in the Table's 1280×720 units. */
function diagram(parts: readonly TablePart[]): SVGSVGElement {
  const root = svg('svg', { viewBox: '0 0 1280 720', role: 'img', 'aria-labelledby': 'table-diagram-title', class: 'table-diagram', id: 'table-diagram' });
  root.append(svg('title', { id: 'table-diagram-title' }, `The Table, in outline: ${parts.map((p) => `${p.n}, ${p.name}`).join('; ')}.`));
  root.append(svg('rect', { x: 0, y: 0, width: 1280, height: 720, rx: 12, class: 'backdrop' }));
  for (const part of parts) {
    const { x, y, w, h } = part.box;
    const g = svg('g', { class: `part part-${part.n}`, 'data-part': part.n });
    const header = part.n === 1;
    g.append(svg('rect', { x: x + 4, y: y + 4, width: w - 8, height: h - 8, rx: header ? 6 : 14, class: 'part-box' }));
    const cx = x + (header ? 36 : 44);
    const cy = header ? y + h / 2 : y + 48;
    g.append(svg('circle', { cx, cy, r: header ? 22 : 30, class: 'callout' }));
    g.append(svg('text', { x: cx, y: cy, class: 'callout-number', 'text-anchor': 'middle', 'dominant-baseline': 'central' }, String(part.n)));
    // The name beside the number, wrapped to the box (about 22 units a character at this size).
    const name = svg('text', { x: cx + (header ? 34 : 44), y: cy, class: 'part-name', 'dominant-baseline': 'central' });
    wrap(part.name, Math.floor((w - (header ? 90 : 110)) / 22)).forEach((line, i) => {
      name.append(svg('tspan', { x: cx + (header ? 34 : 44), y: cy + i * 46, 'dominant-baseline': 'central' }, line));
    });
    g.append(name);
    root.append(g);
  }
  return root;
}

export function mount(stage: HTMLElement, ctx: PageContext): () => void {
  const { store, catalogue } = ctx.app;
  const back = (typeof ctx.data.back === 'string' ? ctx.data.back : SCENE.title) as SceneKey;
  const leave = () => ctx.go(back);
  const session = store.getState().session;
  const inGame = back === SCENE.table && session !== null && session !== undefined;
  const scenario = inGame ? session.state.scenario : catalogue.get(catalogue.defaultId);
  if (!scenario) {
    append(stage, el('p', {}, 'No scenario is loaded. Press Escape for the title screen.'));
    return onEscape(leave);
  }
  const view = howToPlayView(scenario, inGame ? viewSide(session) : 'union');

  const head = el(
    'header',
    { class: 'page-head' },
    el('div', { class: 'head-text' }, el('p', { class: 'crumb' }, 'A one-minute read'), el('h1', { tabindex: '-1', id: 'page-title' }, view.title)),
    el('div', { class: 'head-actions' }, button({ label: back === SCENE.table ? 'Back to the table' : 'Title screen', key: 'Esc', onClick: leave })),
  );

  const table = panel('The Table');
  const list = el('ol', { class: 'part-list', id: 'table-parts' });
  for (const p of view.parts) append(list, el('li', { value: p.n }, el('strong', {}, p.name), ': ', p.text));
  append(table.body, el('figure', { class: 'diagram-figure' }, diagram(view.parts), el('figcaption', { class: 'visually-hidden' }, 'The parts of the Table, numbered as in the list.')), list);

  const week = panel('A week');
  append(week.body, el('p', { class: 'intro' }, view.intro), el('ol', { class: 'steps' }, ...view.week.map((s) => el('li', {}, s))));
  const units = panel('What the numbers mean');
  const dl = el('dl', { class: 'ideas', id: 'units' });
  for (const u of view.units) append(dl, el('dt', {}, u.term), el('dd', {}, u.meaning));
  append(units.body, dl);
  const end = panel('How it ends');
  append(end.body, ...view.winning.map((w) => el('p', { class: 'note' }, w)));

  // Focusable, so it scrolls by keyboard too when large text makes it longer than the window.
  const body = el(
    'div',
    { class: 'page-body scroll row how-to-play', tabindex: '0', role: 'region', 'aria-label': 'How to play' },
    el('div', { class: 'col how-diagram' }, table.root),
    el('div', { class: 'col grow' }, week.root, units.root, end.root),
  );
  append(stage, head, body);
  (stage.querySelector('#page-title') as HTMLElement | null)?.focus();
  const stopEscape = onEscape(leave);
  announce(`How to play. ${view.intro} Press Escape to go back.`);
  return () => stopEscape();
}
