// The debrief's teaching panels: the outcome and costs, the charts with the ideas they illustrate, the key
// moments with the AI's reasons, and the reflection prompts with what really happened.
import type { SideId } from '../../sim/index';
import type { DebriefCharts } from '../../views/debrief-charts';
import type { DebriefText } from '../../views/debrief-text';
import { chartFigure } from '../chart';
import { append, el, figures, panel } from '../dom';

const ink = (side: SideId) => (side === 'union' ? 'union-ink' : 'employer-ink');

export function outcomePanel(root: HTMLElement, t: DebriefText): void {
  const left = el('div', { class: 'col outcome-col' });
  const what = panel('What happened');
  append(what.body, el('p', { class: 'lead' }, t.explanation));
  if (t.scores) {
    const scores = el('div', { class: 'scores' });
    for (const side of ['union', 'employer'] as const) {
      append(
        scores,
        el(
          'div',
          { class: `score ${side}` },
          el('div', { class: `who ${ink(side)}` }, `${t.sideNames[side]}${t.you === side ? ' (you)' : ''}`),
          el('div', { class: 'num' }, String(t.scores[side]), el('span', { class: 'of' }, ' of 100')),
          el('div', { class: 'played-by' }, `Played by ${t.players[side]}`),
          el('div', { class: 'par-line', 'data-par-line': side }),
        ),
      );
    }
    append(what.body, scores, el('p', { class: 'note par-meaning', 'data-par-meaning': '' }));
  } else {
    append(what.body, el('p', { class: 'muted' }, `${t.sideNames.union}: played by ${t.players.union}. ${t.sideNames.employer}: played by ${t.players.employer}. Scores are given when the dispute ends.`));
  }
  const terms = panel(t.finished ? 'Terms at the end' : 'Terms in force now', 3);
  append(terms.body, figures(t.terms.map((row) => ({ label: row.label, value: row.changed ? `${row.before} → ${row.after}` : row.after }))));
  append(what.body, terms.root);
  terms.root.classList.add('inset');
  append(left, what.root);

  const middle = el('div', { class: 'col' });
  const costs = panel('The costs each side bore');
  const sides = el('div', { class: 'row' });
  for (const side of ['union', 'employer'] as const) {
    append(sides, el('div', { class: 'col grow' }, el('h3', { class: `side-heading ${ink(side)}` }, t.sideNames[side]), figures(t.costs[side])));
  }
  append(costs.body, sides, el('p', { class: 'note cost-summary' }, t.costsSummary));
  if (t.scoreNotes) {
    // How the terms and these costs made each score, so it is never read as the value space's points out of 100.
    append(
      costs.body,
      el('h3', { class: 'side-heading' }, 'How the scores were made'),
      el('p', { class: 'note score-made' }, t.scoreNotes.union),
      el('p', { class: 'note score-made' }, t.scoreNotes.employer),
      el('p', { class: 'note' }, 'Each part is out of 100. The value space (tab 4) plots the terms alone.'),
    );
  }
  append(middle, costs.root);

  const right = el('div', { class: 'col' });
  const left2 = panel('Value left on the table');
  append(left2.body, el('p', {}, t.valueLeft), el('p', { class: 'note' }, 'See the value space (tab 4) for every offer and the best trades.'));
  const revealed = panel('Now revealed: what each side kept private', 2, 'revealed');
  append(revealed.body, figures(t.revealed));
  append(right, left2.root, revealed.root);

  const row = el('div', { class: 'row fill outcome' });
  append(row, left, middle, right);
  append(root, row);
}

interface Idea {
  readonly term: string;
  readonly text: string;
}

/** A chart beside a panel explaining the ideas it shows. */
function chartWithIdeas(root: HTMLElement, figure: HTMLElement, heading: string, ideas: readonly Idea[], extra?: HTMLElement): void {
  const side = panel(heading);
  const dl = el('dl', { class: 'ideas' });
  for (const idea of ideas) append(dl, el('dt', {}, idea.term), el('dd', {}, idea.text));
  append(side.body, dl, extra ?? null);
  const chartBox = panel('Chart');
  chartBox.root.querySelector('.panel-heading')?.remove();
  append(chartBox.body, figure);
  append(root, el('div', { class: 'row fill' }, el('div', { class: 'chart-col' }, chartBox.root), el('div', { class: 'ideas-col' }, side.root)));
}

export function zonePanel(root: HTMLElement, c: DebriefCharts): void {
  chartWithIdeas(root, chartFigure(c.zone, { width: 820, height: 356, labelRoom: 130 }), 'The ideas', [
    { term: 'Walk-away (BATNA)', text: 'What a side gets if there is no deal: for the union, carrying on the dispute; for the employer, holding out. Each side\u2019s walk-away moved every week with strikes, opinion and costs.' },
    { term: 'Reservation point', text: 'The worst terms a side would still accept rather than walk away. Here: the least pay the union would take, and the most the employer would give, other issues granted in full.' },
    { term: 'Zone of agreement (ZOPA)', text: 'The terms both would prefer to no deal: between the two reservation points, when they overlap. Shaded where it existed.' },
  ]);
}

export function hicksPanel(root: HTMLElement, c: DebriefCharts): void {
  chartWithIdeas(root, chartFigure(c.hicks, { width: 820, height: 372, labelRoom: 104 }), 'The ideas', [
    { term: 'Resistance curve', text: 'The least the union\u2019s members would settle for after a given number of strike days. It falls as strikes cost them pay and morale, towards a floor they will not go below.' },
    { term: 'Concession curve', text: 'The most the employer should concede to avoid that many strike days: the strikes\u2019 cost set against what each point of pay costs it, other staff\u2019s claims included.' },
    { term: 'The crossing', text: 'Hicks argued that, with full information, the two would settle where the curves cross, and strikes happen because each side misjudges the other\u2019s curve.' },
  ]);
}

export function spacePanel(root: HTMLElement, c: DebriefCharts, t: DebriefText): void {
  const left = el('p', { class: 'value-left' }, t.valueLeft);
  chartWithIdeas(root, chartFigure(c.space, { width: 700, height: 356, labelRoom: 24 }), 'The ideas', [
    { term: 'Value to each side', text: 'Each bundle of terms scored 0\u2013100 by each side\u2019s own priorities, with the private numbers revealed.' },
    { term: 'Pareto frontier', text: 'Bundles no other bundle beats for both sides at once. Terms below it leave value on the table: a trade exists that both would prefer.' },
    { term: 'Nash point', text: 'The bundle that maximises the product of both sides\u2019 gains over walking away: a benchmark for a fair split of the gains from agreeing.' },
  ], left);
  root.querySelector('.row')?.classList.add('space');
}

/** Public opinion and the harm's figures, beside the harm model's two charts. */
export function publicPanel(root: HTMLElement, c: DebriefCharts): void {
  const box = (figure: HTMLElement, className: string) => {
    const p = panel('Chart');
    p.root.querySelector('.panel-heading')?.remove();
    p.root.classList.add(className);
    append(p.body, figure);
    return p.root;
  };
  const harm = c.harm;
  const facts = panel(harm.heading, 3);
  append(facts.body, figures(harm.figures), el('p', { class: 'note harm-idea' }, harm.idea));
  facts.root.classList.add('harm-figures');
  // The figures scroll when the window is short: focusable, so the keyboard can scroll them too.
  facts.root.tabIndex = 0;
  facts.root.setAttribute('aria-label', harm.heading);
  const size = { width: 368, height: 300, labelRoom: 70 };
  append(
    root,
    el(
      'div',
      { class: 'row fill harm-tab' },
      el('div', { class: 'col harm-left' }, box(chartFigure(c.opinion, { width: 376, height: 196, labelRoom: 96 }), 'harm-opinion'), facts.root),
      box(chartFigure(harm.charts[0], size), 'harm-chart'),
      box(chartFigure(harm.charts[1], size), 'harm-chart'),
    ),
  );
}

export function momentsPanel(root: HTMLElement, t: DebriefText): void {
  append(root, el('p', { class: 'muted intro' }, 'Three to five turning points, picked from the game\u2019s own record. Where the computer made the move, its reason and its words are shown: check them against what you now know.'));
  const list = el('ol', { class: 'moments' });
  for (const m of t.moments) {
    const item = el('li', { class: `moment ${m.side ?? ''}`.trim() }, el('div', { class: 'when' }, m.when, m.sideName ? ` · ${m.sideName}` : ''), el('h3', {}, m.title), el('p', {}, m.detail));
    if (m.reason) {
      append(item, el('p', { class: 'reason' }, `The computer\u2019s reason: ${m.reason}.`));
    }
    if (m.said) append(item, el('blockquote', { class: 'said' }, `\u201c${m.said}\u201d`));
    append(list, item);
  }
  append(root, list);
}

export function reflectPanel(root: HTMLElement, t: DebriefText): void {
  const prompts = panel('Questions to discuss');
  const ol = el('ol', { class: 'prompts' });
  for (const p of t.prompts) append(ol, el('li', {}, p));
  append(prompts.body, ol);
  // The questions scroll when the window is short: focusable, so the keyboard can scroll them too.
  prompts.root.tabIndex = 0;
  prompts.root.setAttribute('aria-label', 'Questions to discuss');
  const columns = el('div', { class: 'row fill reflect' }, el('div', { class: 'col prompts-col' }, prompts.root));
  if (t.history) {
    const h = panel(t.history.heading);
    const list = el('ul', { class: 'timeline' });
    for (const item of t.history.items) {
      append(
        list,
        el(
          'li',
          {},
          el('span', { class: 'date' }, item.date),
          el('div', {}, el('strong', {}, item.title), item.detail ? el('p', { class: 'small' }, item.detail) : null, el('p', { class: 'source' }, 'Source: ', item.url ? el('a', { href: item.url, target: '_blank', rel: 'noopener noreferrer' }, item.source) : item.source)),
        ),
      );
    }
    append(h.body, el('p', { class: 'note' }, t.history.intro), list, el('p', { class: 'note closing' }, t.history.closing));
    h.root.classList.add('history');
    append(columns, el('div', { class: 'col history-col' }, h.root));
  }
  append(root, columns);
}
