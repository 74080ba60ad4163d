// A list of a scenario's problems, in the DOM: each with its line, field path, message and suggested fix, as
// plain text (scenario text is data, never markup). One Tab stop; Up/Down, Home/End move between problems,
// and where problems lead somewhere (the Workbench's editor) Enter or a click goes there.

import type { Problem } from '../sim/scenario/problem';

const span = (className: string, text: string): HTMLSpanElement => Object.assign(document.createElement('span'), { className, textContent: text });

/** "Line 12 · ballot.turnoutBase", or "The whole file" when there is neither. */
const whereOf = (p: Problem): string => {
  const parts = [p.line === undefined ? '' : `Line ${p.line}`, p.path].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'The whole file';
};

export function problemList(items: readonly Problem[], options: { label: string; onPick?: (item: Problem) => void }): HTMLOListElement {
  const list = document.createElement('ol');
  list.className = 'problem-list';
  list.setAttribute('aria-label', options.label);
  const rows = items.map((item, i) => {
    const li = document.createElement('li');
    li.className = `problem problem-${item.severity}`;
    li.tabIndex = i === 0 ? 0 : -1;
    const head = document.createElement('span');
    head.className = 'problem-head';
    // The kind is a word and a shape, not a colour alone.
    head.append(span('problem-mark', item.severity === 'error' ? '✖' : '▲'), span('problem-kind', item.severity === 'error' ? 'Error' : 'Warning'), span('problem-where', whereOf(item)));
    li.append(head, span('problem-message', item.message));
    if (item.fix) li.append(span('problem-fix', `Fix: ${item.fix}`));
    if (options.onPick) {
      li.classList.add('problem-link');
      if (item.line !== undefined) li.title = `Go to line ${item.line}`;
      li.addEventListener('click', () => options.onPick?.(item));
    }
    return li;
  });
  list.append(...rows);
  list.addEventListener('keydown', (event) => {
    const here = rows.indexOf(document.activeElement as HTMLLIElement);
    if (here < 0) return;
    const to = { ArrowDown: here + 1, ArrowUp: here - 1, Home: 0, End: rows.length - 1 }[event.key];
    if (event.key === 'Enter' && options.onPick) {
      event.preventDefault();
      options.onPick(items[here]!);
      return;
    }
    if (to === undefined || to < 0 || to >= rows.length) return;
    event.preventDefault();
    rows[here]!.tabIndex = -1;
    rows[to]!.tabIndex = 0;
    rows[to]!.focus();
  });
  return list;
}

/** "2 errors and 1 warning", "1 error", "no problems". */
export function countProblems(items: readonly Problem[]): string {
  const errors = items.filter((p) => p.severity === 'error').length;
  const warnings = items.length - errors;
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (errors && warnings) return `${part(errors, 'error')} and ${part(warnings, 'warning')}`;
  if (errors) return part(errors, 'error');
  if (warnings) return part(warnings, 'warning');
  return 'no problems';
}
