// Keep and share a game: its replay code and link, its session file (with an optional name for the class
// report), its weekly figures as a spreadsheet, and the printable briefs. Nothing is sent anywhere.
import type { Debrief } from '../../sim/index';
import { weeklyCsv } from '../../share/weekly-csv';
import { replayCodeOf, replayLinkOf, sessionFileOf, type Study } from '../../store/study';
import { announce, append, button, el, panel } from '../dom';
import { copyText, download } from '../files';

export interface ShareHooks {
  printBriefs(): void;
  /** Present when the game is unfinished and came from a code or file: makes it the game in play. */
  continueGame?: () => string | null;
}

export function sharePanel(root: HTMLElement, study: Study, debrief: Debrief, hooks: ShareHooks): void {
  const code = replayCodeOf(study);
  const link = replayLinkOf(window.location.href, code);

  const replay = panel('Replay code');
  const codeBox = el('textarea', { id: 'replay-code', readonly: true, rows: 4, 'aria-label': 'Replay code', spellcheck: 'false' }, code);
  const linkBox = el('input', { type: 'text', id: 'replay-link', readonly: true, value: link, 'aria-label': 'Link to this game', spellcheck: 'false' });
  const status = el('p', { class: 'status small', role: 'status' });
  const copied = (what: string, ok: boolean, box: HTMLInputElement | HTMLTextAreaElement) => {
    if (!ok) {
      box.focus();
      box.select();
    }
    status.textContent = ok ? `${what} copied.` : `This browser would not copy it: the ${what.toLowerCase()} is selected, so press Ctrl+C (or ⌘C).`;
    announce(status.textContent);
  };
  append(
    replay.body,
    el('p', { class: 'note' }, `The scenario, the seed and every move, in ${code.length} characters: it reopens this game, to the same state, in any copy of Standoff. Paste it in the classroom screen, or share the link.`),
    codeBox,
    el('div', { class: 'row buttons' }, button({ label: 'Copy the code', onClick: () => void copyText(code).then((ok) => copied('The code', ok, codeBox)) }), button({ label: 'Copy the link', onClick: () => void copyText(link).then((ok) => copied('The link', ok, linkBox)) })),
    el('label', { class: 'field' }, 'Link', linkBox),
    status,
  );

  const session = panel('Session file');
  const name = el('input', { type: 'text', id: 'session-label', maxlength: 60, autocomplete: 'off', spellcheck: 'false' });
  const saved = el('p', { class: 'status small', role: 'status' });
  append(
    session.body,
    el('p', { class: 'note' }, 'A file holding the whole game and a checksum. Hand it in: a teacher drops the class\u2019s files into the class report to compare outcomes.'),
    el('label', { class: 'field' }, 'Your name or group (optional, goes in the file)', name),
    el(
      'div',
      { class: 'row buttons' },
      button({
        label: 'Download the session file',
        variant: 'primary',
        id: 'download-session',
        onClick: () => {
          const file = sessionFileOf(study, name.value.trim() ? { student: name.value.trim() } : {});
          download(file.name, file.text);
          saved.textContent = `Saved as ${file.name}.`;
          announce(saved.textContent);
        },
      }),
    ),
    saved,
  );

  const more = panel('More');
  append(
    more.body,
    el(
      'div',
      { class: 'col' },
      button({ label: 'Weekly figures as a spreadsheet (CSV)', onClick: () => download(`standoff-${study.scenario.id}-seed-${study.seed.replace(/[^A-Za-z0-9_-]+/g, '-')}-weeks.csv`, weeklyCsv(study.scenario, debrief), 'text/csv') }),
      button({ label: 'Printable briefs for both sides', onClick: () => hooks.printBriefs() }),
    ),
  );
  const cols = el('div', { class: 'row fill share' }, el('div', { class: 'col grow' }, replay.root), el('div', { class: 'col grow' }, session.root, more.root));
  if (hooks.continueGame) {
    const go = hooks.continueGame;
    const msg = el('p', { class: 'status small', role: 'status' });
    const cont = panel('Continue this game');
    append(
      cont.body,
      el('p', { class: 'note' }, 'This game is unfinished. Take it over and play on from where it stopped: it becomes your saved game, replacing the one you have.'),
      button({ label: 'Continue this game', variant: 'primary', id: 'continue-study', onClick: () => (msg.textContent = go() ?? '') }),
      msg,
    );
    cols.lastElementChild?.prepend(cont.root);
  }
  append(root, cols);
}
