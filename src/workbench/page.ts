// The scenario workbench, for authors: edit a scenario's text with live checking (each problem by line, field,
// message and fix; a click goes to the line), run a quick balance in a web worker, and playtest the scenario at
// once. Loaded on first visit (with the YAML parser and the checker), so none of it weighs on the first screen.
import '../pages/pages.css';
import './workbench.css';
import { copyForEditing, fileNameFor, MAX_SCENARIO_BYTES, readCustomScenario } from '../authoring/custom-scenario';
import { screenToStart } from '../navigation/game-screens';
import { SCENE } from '../navigation/scene-keys';
import type { PageContext } from '../navigation/page-context';
import { otherSide, type SideId } from '../sim/index';
import type { Scenario } from '../sim/scenario/types';
import { playersFor } from '../views/setup-choices';
import { announce, append, button, el, panel } from '../pages/dom';
import { acceptDrops, download, filePicker } from '../pages/files';
import type { Problem } from '../sim/scenario/problem';
import { countProblems, problemList } from '../ui/problem-list';
import { createBalancePanel } from './balance-panel';
import { checkText, EDITOR_FILE, type WorkbenchCheck } from './check';
import { readDraft, writeDraft } from './draft';
import { createEditor } from './editor';

/** The bundled scenarios' own text, comments and all: each loaded only when an author copies it. */
const TEMPLATES = import.meta.glob<string>('../../scenarios/*.yaml', { query: '?raw', import: 'default' });
const templateFor = (id: string) => TEMPLATES[`../../scenarios/${id}.yaml`];

const CHECK_DELAY_MS = 250;

export function mount(stage: HTMLElement, ctx: PageContext): () => void {
  const { store, catalogue } = ctx.app;
  let checked: WorkbenchCheck | null = null;
  let timer: number | undefined;
  let before: string | null = null; // the text a copy or a file replaced, for "Put back"

  // ── header: where this is, playtest, and the way out ────────────────────────────────────────────────────
  const saved = store.getState().saved ?? store.getState().session;
  const playButtons = (['union', 'employer'] as const).map((side) =>
    button({ label: 'Playtest', variant: 'primary', id: `wb-play-${side}`, detail: saved ? 'replaces your saved game' : undefined, onClick: () => playtest(side) }),
  );
  const head = el(
    'header',
    { class: 'page-head' },
    el('div', { class: 'head-text' }, el('p', { class: 'crumb' }, 'For authors'), el('h1', { tabindex: '-1', id: 'page-title' }, 'Scenario workbench')),
    el('div', { class: 'head-actions' }, ...playButtons, button({ label: 'Title screen', key: 'Esc', onClick: () => ctx.go(SCENE.title) })),
  );

  // ── the text ─────────────────────────────────────────────────────────────────────────────────────────────
  const status = el('p', { class: 'wb-status', id: 'wb-status', role: 'status' }, 'Checking…');
  const editor = createEditor({ label: 'Scenario text, YAML or JSON', describedBy: 'wb-status', onInput: () => schedule(), onCaret: () => showCaret() });
  const where = el('span', { class: 'wb-where', id: 'wb-where' });
  const putBack = button({ label: 'Put back my text', variant: 'quiet', id: 'wb-put-back', onClick: () => restore() });
  putBack.hidden = true;
  const templates = el('select', { id: 'wb-template', 'aria-label': 'Start from a copy of' });
  for (const e of catalogue.entries.filter((x) => !x.custom)) append(templates, el('option', { value: e.id }, e.title));
  const picker = filePicker('Open a file…', false, (files) => void openFile(files[0]), 'wb-file');
  picker.input.accept = '.yaml,.yml,.json,application/json,application/yaml,text/yaml,text/plain';
  const text = panel('Scenario text', 2, 'wb-text');
  append(
    text.body,
    el(
      'div',
      { class: 'wb-toolbar' },
      el('label', { class: 'wb-inline' }, 'Start from', templates),
      button({ label: 'Copy it', id: 'wb-copy', onClick: () => void startFrom(templates.value) }),
      el('span', { class: 'grow' }),
      picker.button,
      picker.input,
      button({ label: 'Save as file', id: 'wb-save', onClick: () => saveFile() }),
    ),
    editor.root,
    el('div', { class: 'wb-foot' }, where, putBack),
  );

  // ── problems and balance ─────────────────────────────────────────────────────────────────────────────────
  const problems = panel('Problems', 2, 'wb-problems');
  const listHolder = el('div', { class: 'wb-list', id: 'wb-problems' });
  append(problems.body, status, listHolder);
  const balance = createBalancePanel();

  append(stage, head, el('div', { class: 'wb-body' }, text.root, el('div', { class: 'wb-side' }, problems.root, balance.root)));

  // ── behaviour ────────────────────────────────────────────────────────────────────────────────────────────
  function schedule(): void {
    window.clearTimeout(timer);
    status.textContent = 'Checking…';
    timer = window.setTimeout(check, CHECK_DELAY_MS);
  }

  function check(): void {
    const source = editor.value;
    writeDraft(source);
    checked = checkText(source, catalogue.isBundled);
    const { problems: found, scenario, playable } = checked;
    editor.mark(found.filter((p) => p.line !== undefined).map((p) => ({ line: p.line!, severity: p.severity })));
    const errors = found.filter((p) => p.severity === 'error').length;
    status.textContent =
      found.length === 0
        ? '✓ No problems: it loads and is ready to play.'
        : errors === 0
          ? `✓ It loads, with ${countProblems(found)} to look at.`
          : scenario
            ? `${countProblems(found)}. It loads, but needs an id of its own to be played here.`
            : `${countProblems(found)}. It will not load until the errors are fixed.`;
    status.classList.toggle('wb-status-bad', errors > 0);
    listHolder.replaceChildren(...(found.length ? [problemList(found, { label: 'Problems in the text', onPick: (p) => goTo(p) })] : []));
    balance.setScenario(scenario);
    setPlayable(scenario, playable);
    showCaret();
  }

  let named: Scenario | null = null; // the last version that loaded: its side names label the buttons
  function setPlayable(scenario: Scenario | null, playable: boolean): void {
    named = scenario ?? named;
    playButtons.forEach((b, i) => {
      const side: SideId = i === 0 ? 'union' : 'employer';
      const name = named?.sides[side].shortName ?? (side === 'union' ? 'the union' : 'the employer');
      b.querySelector('.btn-label')!.textContent = `Playtest as ${name}`;
      if (playable) b.removeAttribute('aria-disabled');
      else b.setAttribute('aria-disabled', 'true');
      b.title = playable ? '' : 'Fix the errors first';
    });
  }

  function goTo(p: Problem): void {
    if (p.line !== undefined) editor.goTo(p.line);
  }

  function showCaret(): void {
    const id = checked?.scenario?.id;
    where.textContent = `Line ${editor.caretLine()} of ${editor.value.split('\n').length}${id ? ` · id ${id}` : ''} · kept in this browser as you type`;
  }

  function replaceText(next: string, what: string): void {
    before = editor.value;
    editor.setValue(next);
    putBack.hidden = false;
    check();
    announce(`${what}. ${status.textContent ?? ''}`);
    editor.goTo(1);
  }

  function restore(): void {
    if (before === null) return;
    editor.setValue(before);
    before = null;
    putBack.hidden = true;
    check();
    editor.goTo(1);
  }

  async function startFrom(id: string): Promise<void> {
    const load = templateFor(id);
    if (!load) return;
    const source = await load();
    replaceText(copyForEditing(source, `${id}-copy`), `Copied ${catalogue.get(id)?.title ?? id}, with the id ${id}-copy`);
  }

  async function openFile(file: File | undefined): Promise<void> {
    if (!file) return;
    if (file.size > MAX_SCENARIO_BYTES) {
      status.textContent = `${file.name} is ${(file.size / 1_000_000).toFixed(1)} MB; a scenario file may be at most ${MAX_SCENARIO_BYTES / 1_000_000} MB. Your text is unchanged.`;
      announce(status.textContent);
      return;
    }
    const source = await file.text().catch(() => null);
    if (source === null) {
      status.textContent = `${file.name} could not be read. Your text is unchanged.`;
      announce(status.textContent);
      return;
    }
    replaceText(source, `Opened ${file.name}`);
  }

  function saveFile(): void {
    download(fileNameFor(checked?.scenario?.id ?? ''), editor.value, 'text/yaml');
    announce('Saved a copy to your downloads.');
  }

  function playtest(side: SideId): void {
    const read = readCustomScenario(editor.value, EDITOR_FILE, catalogue.isBundled);
    if (!read.ok) {
      announce(`It cannot be played yet: ${countProblems(read.error)}.`);
      listHolder.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
      return;
    }
    const added = catalogue.addCustom(read.value.json);
    if (!added.ok) {
      announce(`It cannot be played: ${added.error.message}.`);
      return;
    }
    const scenario = added.value;
    const persona = scenario.sides[otherSide(side)].defaultPersona;
    const setup = { scenarioId: scenario.id, seed: ctx.app.randomSeed(), players: playersFor(side, persona), mode: 'practice' } as const;
    store.getState().newGame(setup);
    ctx.go(screenToStart(setup));
  }

  const onKey = (event: KeyboardEvent) => {
    const typing = event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement;
    if (event.key === 'Escape' && !typing) {
      event.preventDefault();
      ctx.go(SCENE.title);
    }
  };
  document.addEventListener('keydown', onKey);
  const undoDrops = acceptDrops(stage, (files) => void openFile(files[0]));

  // The author's last text, or a copy of the tutorial to start from.
  const draft = readDraft();
  if (draft !== null) {
    editor.setValue(draft);
    check();
  } else {
    editor.setValue('');
    void startFrom(catalogue.entries.find((e) => e.tutorial && !e.custom)?.id ?? catalogue.defaultId).then(() => {
      before = null;
      putBack.hidden = true;
      (stage.querySelector('#page-title') as HTMLElement | null)?.focus();
    });
  }
  (stage.querySelector('#page-title') as HTMLElement | null)?.focus();

  return () => {
    window.clearTimeout(timer);
    balance.stop();
    undoDrops();
    document.removeEventListener('keydown', onKey);
  };
}
