// Join a class: the class code (filled in from `/?class=CODE`) and a display name, then a waiting screen until the
// teacher pairs the student; then the game's own screens take over (the Briefing, or the Table when the week is
// under way). A reload of the tab comes back here and rejoins the same seat at once (class-play.ts).
import './pages.css';
import { SCENE } from '../navigation/scene-keys';
import type { PageContext } from '../navigation/page-context';
import { CODE_ALPHABET, CODE_LENGTH, type SeatView } from '../classroom/protocol';
import type { RemoteSeat } from '../store/remote';
import { joinClass, placeToResume } from './class-play';
import { announce, append, button, el, onEscape, panel } from './dom';

/** A code as typed: upper case, no spaces or dashes. */
const cleanCode = (text: string): string => text.toUpperCase().replace(/[\s-]+/g, '');
const validCode = (code: string): boolean => code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));

/** The first screen of a seat: the brief before any move, else the Table (or the week result or debrief, once over). */
const firstScreen = (view: SeatView) =>
  view.state.outcome ? SCENE.weekResult : view.state.week === 0 && !view.state.turn[view.side].actions.length && !view.state.turn[view.side].ended ? SCENE.briefing : SCENE.table;

export function mount(stage: HTMLElement, ctx: PageContext): () => void {
  const given = typeof ctx.data.code === 'string' ? cleanCode(ctx.data.code) : '';
  let joined: RemoteSeat | null = null;
  let seated = false;
  let left = false;
  const leave = () => {
    left = true;
    // Waiting or seated, the student leaves the class (seated: the store holds the link and lets it go).
    if (seated) ctx.app.store.getState().leaveClass();
    else joined?.leave();
    ctx.go(SCENE.title);
  };

  const head = el(
    'header',
    { class: 'page-head' },
    el('div', { class: 'head-text' }, el('p', { class: 'crumb' }, 'Classroom'), el('h1', { tabindex: '-1', id: 'page-title' }, 'Join a class')),
    el('div', { class: 'head-actions' }, button({ label: 'Title screen', key: 'Esc', onClick: leave })),
  );

  const form = panel('Your class');
  const code = el('input', { id: 'class-code', type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: 12, value: given, 'aria-describedby': 'class-code-note' });
  const name = el('input', { id: 'class-name', type: 'text', autocomplete: 'nickname', maxlength: 40 });
  const message = el('p', { class: 'status small', role: 'alert', id: 'join-message' });
  const status = el('p', { class: 'status', role: 'status', id: 'join-status' });
  const join = button({ label: 'Join the class', variant: 'primary', id: 'join-class', onClick: () => void submit() });
  append(
    form.body,
    el('p', { class: 'note', id: 'class-code-note' }, `Your teacher shows the class code: ${CODE_LENGTH} letters and digits.`),
    el('label', { class: 'field' }, 'Class code', code),
    el('label', { class: 'field' }, 'Your name, as your teacher will see it', name),
    el('div', { class: 'row buttons' }, join),
    message,
  );
  const waiting = panel('Waiting for your teacher');
  waiting.root.hidden = true;
  append(waiting.body, status, el('p', { class: 'note' }, 'Your teacher pairs you with another student (or the computer) and chooses the scenario. The game starts here by itself.'));

  const fail = (text: string) => {
    message.textContent = text;
    form.root.hidden = false;
    waiting.root.hidden = true;
    join.removeAttribute('aria-disabled');
    announce(text);
  };

  const start = async (place: Parameters<typeof joinClass>[1]) => {
    join.setAttribute('aria-disabled', 'true');
    message.textContent = '';
    status.textContent = `Joining class ${place.code}\u2026`;
    try {
      joined = await joinClass(ctx.app, place, {
        waiting: (who) => {
          form.root.hidden = true;
          waiting.root.hidden = false;
          status.textContent = `You are in class ${place.code} as ${who}. Waiting for your teacher to pair you\u2026`;
          announce(status.textContent);
          (waiting.root.querySelector('h2') as HTMLElement | null)?.setAttribute('tabindex', '-1');
          (waiting.root.querySelector('h2') as HTMLElement | null)?.focus();
        },
        seated: (view) => {
          if (left) return;
          seated = true;
          ctx.go(firstScreen(view));
        },
        failed: fail,
      });
      if (left) joined.leave(); // left while the connection was being made
    } catch (e) {
      fail(`Could not join the class: ${e instanceof Error ? e.message : String(e)}. Check the code with your teacher.`);
    }
  };

  const submit = async () => {
    if (join.getAttribute('aria-disabled') === 'true') return;
    const c = cleanCode(code.value);
    const n = name.value.trim();
    if (!validCode(c)) return fail(`A class code is ${CODE_LENGTH} letters and digits (no 0, O, 1, I, L, 2, Z, 5 or S).`);
    if (!n) return fail('Type your name, as your teacher will see it.');
    await start({ code: c, name: n });
  };
  for (const input of [code, name]) input.addEventListener('keydown', (e) => e.key === 'Enter' && void submit());

  append(stage, head, el('div', { class: 'page-body row' }, el('div', { class: 'col grow' }, form.root, waiting.root)));
  const stopEscape = onEscape(leave);
  const resume = given ? placeToResume(given) : null;
  if (resume) {
    // A reload: back to the same seat (or the same place in the queue) without asking again.
    name.value = resume.name;
    void start(resume);
  } else {
    (given ? name : code).focus();
    announce('Join a class. Type the class code and your name.');
  }
  return stopEscape;
}
