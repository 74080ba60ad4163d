// The teaching debrief, generated from the game actually played: nine tabs (outcome and costs; offers against
// both sides' limits; Hicks's curves; the value space; the public and the harm model's own charts; key moments; reflection and what
// really happened; what if; keep and share). Loaded on demand (see PageScene).
import '../pages.css';
import { analyseGame, theSide } from '../../sim/index';
import { debriefCharts } from '../../views/debrief-charts';
import { debriefText } from '../../views/debrief-text';
import { gameParOf, parMeaning, parResult } from '../../views/par';
import { studyOfSession, type Study } from '../../store/study';
import { screenToStart } from '../../navigation/game-screens';
import { SCENE } from '../../navigation/scene-keys';
import type { PageContext } from '../../navigation/page-context';
import { announce, append, button, el } from '../dom';
import { tabs } from '../tabs';
import { hicksPanel, momentsPanel, outcomePanel, publicPanel, reflectPanel, spacePanel, zonePanel } from './panels';
import { sharePanel } from './share';
import { whatIfPanel } from './what-if';

/** The game the debrief is about: the study opened from a code or file, or the game just played. */
function subject(ctx: PageContext): Study | null {
  const { study, session } = ctx.app.store.getState();
  if (ctx.data.study && study) return study;
  if (session && (session.state.outcome || !study)) return studyOfSession(session, ctx.app.catalogue.customText(session.scenario));
  return study;
}

export function mount(stage: HTMLElement, ctx: PageContext): (() => void) | void {
  const study = subject(ctx);
  if (!study) return ctx.go(SCENE.title);
  const store = ctx.app.store;
  const d = analyseGame(study.scenario, study.seed, study.players, study.log);
  const t = debriefText(study, d);
  const charts = debriefCharts(study, d);

  const leave = () => ctx.go(SCENE.title);
  const actions = el('div', { class: 'head-actions' });
  // A class game is the teacher's to restart: a new pairing, not a replay on this screen.
  if (study.source === 'game' && !store.getState().remote) {
    append(
      actions,
      button({
        label: 'Play again',
        detail: 'same seed',
        onClick: () => {
          store.getState().restart();
          ctx.go(screenToStart(store.getState().session?.setup));
        },
      }),
    );
  }
  append(actions, button({ label: 'Title screen', key: 'Esc', onClick: leave }));
  const scores = el('div', { class: 'head-scores', 'aria-label': 'Scores' });
  if (t.scores) {
    for (const side of ['union', 'employer'] as const) {
      append(
        scores,
        el(
          'div',
          { class: 'head-score' },
          el('span', { class: `who ${side}-ink` }, `${t.sideNames[side]}${t.you === side ? ' (you)' : ''}`),
          el('span', { class: 'num' }, String(t.scores[side])),
          el('span', { class: 'par', 'data-par-short': side }),
        ),
      );
    }
  }
  const from = study.source === 'code' ? ' · from a replay code' : study.source === 'file' ? ` · from ${study.label ?? 'a session file'}` : '';
  const head = el(
    'header',
    { class: 'page-head' },
    el('div', { class: 'head-text' }, el('p', { class: 'crumb' }, `Debrief · ${t.scenarioTitle}${from}`), el('h1', { tabindex: '-1', id: 'page-title' }, t.headline)),
    scores,
    actions,
  );

  // Par beside each score: from the bundled table, or computed in a worker for a scenario of the player's own.
  const score = t.scores;
  const showPar = (root: HTMLElement) => {
    if (!score) return;
    const par = gameParOf(store.getState().pars, study.state);
    for (const side of ['union', 'employer'] as const) {
      const result = par.kind === 'ready' ? parResult(score[side], par.par[side], t.you === side, theSide(study.scenario.vocabulary, side)) : null;
      const short = result ? result.short : par.kind === 'computing' ? 'par: computing\u2026' : '';
      for (const node of root.querySelectorAll<HTMLElement>(`[data-par-short="${side}"]`)) node.textContent = short;
      for (const node of root.querySelectorAll<HTMLElement>(`[data-par-line="${side}"]`)) node.textContent = result ? result.sentence : short;
    }
    for (const node of root.querySelectorAll<HTMLElement>('[data-par-meaning]')) node.textContent = par.kind === 'none' ? '' : parMeaning(study.state);
  };
  const openFork = (fork: Study) => {
    store.getState().openStudy(fork);
    ctx.go(SCENE.debrief, { study: true, tab: 'outcome' });
  };
  const unfinishedStudy = !study.state.outcome && study.source !== 'game';
  const view = tabs('Debrief', [
    {
      id: 'outcome',
      label: 'Outcome',
      build: (p) => {
        outcomePanel(p, t);
        showPar(p);
      },
    },
    { id: 'zone', label: 'Offers & zone', build: (p) => zonePanel(p, charts) },
    { id: 'hicks', label: 'Hicks', build: (p) => hicksPanel(p, charts) },
    { id: 'space', label: 'Value space', build: (p) => spacePanel(p, charts, t) },
    { id: 'public', label: charts.harm.label, build: (p) => publicPanel(p, charts) },
    { id: 'moments', label: 'Key moments', build: (p) => momentsPanel(p, t) },
    { id: 'reflect', label: t.history ? 'Reflect & history' : 'Reflect', build: (p) => reflectPanel(p, t) },
    { id: 'what-if', label: 'What if?', build: (p) => whatIfPanel(p, study, { openFork }) },
    {
      id: 'share',
      label: 'Share',
      build: (p) =>
        sharePanel(p, study, d, {
          printBriefs: () => ctx.go(SCENE.print, { scenarioId: study.scenario.id, study: ctx.data.study === true, back: SCENE.debrief }),
          ...(unfinishedStudy
            ? {
                continueGame: () => {
                  const problem = store.getState().adoptStudy();
                  if (!problem) ctx.go(SCENE.table);
                  return problem;
                },
              }
            : {}),
        }),
    },
  ]);
  append(stage, head, view.root);

  store.getState().requestPar(study.scenario, study.state.scenarioHash);
  showPar(stage);
  const stopPar = store.subscribe((now, before) => {
    if (now.pars !== before.pars) showPar(stage);
  });
  const first = typeof ctx.data.tab === 'string' ? ctx.data.tab : 'outcome';
  view.select(first);
  (stage.querySelector('#page-title') as HTMLElement | null)?.focus();

  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      leave();
      return;
    }
    if (!typing && view.onKey(event)) event.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  announce(`Debrief. ${t.headline}. ${t.explanation} Nine tabs: use the number keys or the arrow keys on the tab list.`);
  return () => {
    document.removeEventListener('keydown', onKey);
    stopPar();
  };
}
