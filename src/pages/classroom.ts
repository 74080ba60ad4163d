// The classroom screen: join a networked class, reopen a game from a replay code or a session file (picked or dropped), and go on to
// the class report or the printable briefs. Nothing leaves the browser.
import './pages.css';
import { SCENE } from '../navigation/scene-keys';
import type { PageContext } from '../navigation/page-context';
import { openReplayCode, openSessionText, type Opened } from '../store/open-study';
import { announce, append, button, el, onEscape, panel } from './dom';
import { acceptDrops, filePicker, readFiles } from './files';

export function mount(stage: HTMLElement, ctx: PageContext): () => void {
  const { store, catalogue } = ctx.app;
  const lookup = (id: string) => catalogue.get(id);
  const leave = () => ctx.go(SCENE.title);

  const open = (opened: Opened, where: HTMLElement): void => {
    if (!opened.ok) {
      where.textContent = opened.error;
      where.classList.add('error');
      announce(opened.error);
      return;
    }
    store.getState().openStudy(opened.value);
    ctx.go(SCENE.debrief, { study: true });
  };

  const head = el(
    'header',
    { class: 'page-head' },
    el('div', { class: 'head-text' }, el('p', { class: 'crumb' }, 'Classroom'), el('h1', { tabindex: '-1', id: 'page-title' }, 'Replays, session files and the class report')),
    el('div', { class: 'head-actions' }, button({ label: 'Title screen', key: 'Esc', onClick: leave })),
  );

  // A networked class: the code the teacher shows
  const join = panel('Join a class');
  append(
    join.body,
    el('p', { class: 'note' }, 'Your teacher runs the class and shows its code. You play from this device against another student; your teacher watches every pair.'),
    el('div', { class: 'row buttons' }, button({ label: 'Join a class', variant: 'primary', id: 'open-join', onClick: () => ctx.go(SCENE.joinClass) })),
  );

  // A replay code or link
  const code = panel('Open a replay code');
  const input = el('textarea', { id: 'code-input', rows: 6, 'aria-label': 'Replay code or link', spellcheck: 'false', placeholder: '1.xxxxxxxx.… or a link ending in #r=…' });
  const codeMessage = el('p', { class: 'status small', role: 'alert', id: 'code-message' });
  append(
    code.body,
    el('p', { class: 'note' }, 'Paste a code or a link someone shared: the game reopens, move for move, at its debrief. Your own saved game is not touched.'),
    input,
    el('div', { class: 'row buttons' }, button({ label: 'Open the game', variant: 'primary', id: 'open-code', onClick: () => open(openReplayCode(input.value, lookup), codeMessage) })),
    codeMessage,
  );

  // A session file
  const file = panel('Open a session file');
  const fileMessage = el('p', { class: 'status small', role: 'alert', id: 'file-message' });
  const openFiles = async (files: File[]) => {
    if (files.length > 1) {
      ctx.go(SCENE.classReport, { files: await readFiles(files) });
      return;
    }
    const [f] = await readFiles(files);
    if (f) open(openSessionText(f.text, f.name, lookup), fileMessage);
  };
  const picker = filePicker('Choose a file…', false, (files) => void openFiles(files), 'session-input');
  const zone = el('div', { class: 'dropzone' }, el('p', {}, 'Drop a session file here (a .json file saved from a debrief), or'), picker.button, picker.input);
  append(file.body, el('p', { class: 'note' }, 'A session file holds a whole game with a checksum; it is checked and replayed before it opens. Several files at once go to the class report.'), zone, fileMessage);

  // For teachers
  const teach = panel('For teachers');
  const scenarioSelect = el('select', { id: 'brief-scenario' });
  for (const e of catalogue.entries) append(scenarioSelect, el('option', { value: e.id }, e.title));
  append(
    teach.body,
    el('h3', { class: 'small-heading' }, 'Class report'),
    el('p', { class: 'note' }, 'Drop your class\u2019s session files to see the spread of outcomes, terms, strike days and scores, with a spreadsheet to download.'),
    el('div', { class: 'row buttons' }, button({ label: 'Open the class report', variant: 'primary', id: 'open-report', onClick: () => ctx.go(SCENE.classReport) })),
    el('h3', { class: 'small-heading' }, 'Printable briefs'),
    el('p', { class: 'note' }, 'Each side\u2019s confidential brief on its own page, to hand out before a hot-seat game.'),
    el('label', { class: 'field' }, 'Scenario', scenarioSelect),
    el('div', { class: 'row buttons' }, button({ label: 'Print the briefs', id: 'open-print', onClick: () => ctx.go(SCENE.print, { scenarioId: scenarioSelect.value, back: SCENE.classroom }) })),
  );

  const body = el('div', { class: 'page-body row' }, el('div', { class: 'col grow' }, join.root, code.root), el('div', { class: 'col grow' }, file.root), el('div', { class: 'col grow' }, teach.root));
  append(stage, head, body);
  const undoDrops = acceptDrops(stage, (files) => void openFiles(files));
  (stage.querySelector('#page-title') as HTMLElement | null)?.focus();
  const stopEscape = onEscape(leave);
  announce('Classroom. Open a replay code or a session file, or go to the class report.');
  return () => {
    undoDrops();
    stopEscape();
  };
}
