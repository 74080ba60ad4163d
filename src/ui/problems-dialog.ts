// A modal dialog in the DOM, over the canvas: a title, a sentence, the problems as a list (problem-list.ts)
// and buttons. It is sized in the same 1280×720 design units as the canvas (style.css: --u), so it sits the same
// at any window size. While it is open the rest of the screen-reader mirror is inert, Tab stays inside it and
// Escape closes it; focus returns where it was.
import type { Problem } from '../sim/scenario/problem';
import { problemList } from './problem-list';
import { mirrorRoot } from './sr-mirror';

export interface DialogAction {
  readonly label: string;
  readonly primary?: boolean;
  /** Runs after the dialog has closed. */
  readonly onActivate: () => void;
}

export interface ProblemsDialogOptions {
  readonly title: string;
  readonly intro: string;
  readonly problems: readonly Problem[];
  readonly actions?: readonly DialogAction[];
  /** The close button's label ("Close" by default). */
  readonly closeLabel?: string;
}

let open: (() => void) | null = null;

/** Opens the dialog (closing any other); returns a function that closes it. */
export function openProblemsDialog(options: ProblemsDialogOptions): () => void {
  open?.();
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const scrim = document.createElement('div');
  scrim.className = 'dialog-scrim';
  const dialog = document.createElement('div');
  dialog.className = 'dialog';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'problems-dialog-title');
  dialog.setAttribute('aria-describedby', 'problems-dialog-intro');
  dialog.id = 'problems-dialog';
  const title = Object.assign(document.createElement('h2'), { id: 'problems-dialog-title', className: 'dialog-title', textContent: options.title });
  const intro = Object.assign(document.createElement('p'), { id: 'problems-dialog-intro', className: 'dialog-intro', textContent: options.intro });
  const list = problemList(options.problems, { label: 'Problems' });
  const buttons = document.createElement('div');
  buttons.className = 'dialog-actions';
  const makeButton = (label: string, primary: boolean, then: () => void) => {
    const b = Object.assign(document.createElement('button'), { type: 'button', className: `dialog-button${primary ? ' dialog-primary' : ''}`, textContent: label });
    b.addEventListener('click', () => {
      close();
      then();
    });
    return b;
  };
  for (const action of options.actions ?? []) buttons.append(makeButton(action.label, action.primary ?? false, action.onActivate));
  const closer = makeButton(options.closeLabel ?? 'Close', false, () => returnTo?.focus({ preventScroll: true }));
  closer.append(Object.assign(document.createElement('kbd'), { textContent: 'Esc' }));
  closer.setAttribute('aria-keyshortcuts', 'Escape');
  buttons.append(closer);
  dialog.append(title, intro, ...(options.problems.length ? [list] : []), buttons);
  scrim.append(dialog);

  const mirror = mirrorRoot();
  const quieted = [...mirror.children].filter((child) => !child.hasAttribute('inert'));
  for (const child of quieted) child.setAttribute('inert', '');

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
      returnTo?.focus({ preventScroll: true });
      return;
    }
    if (event.key !== 'Tab') return;
    const stops = [...dialog.querySelectorAll<HTMLElement>('button, [tabindex="0"]')];
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    } else if (!dialog.contains(document.activeElement)) {
      event.preventDefault();
      first.focus();
    }
  };
  document.addEventListener('keydown', onKey, true);
  (document.getElementById('game') ?? document.body).append(scrim);
  (list.querySelector<HTMLElement>('[tabindex="0"]') ?? buttons.querySelector('button'))?.focus();

  function close(): void {
    if (open !== close) return;
    open = null;
    document.removeEventListener('keydown', onKey, true);
    scrim.remove();
    for (const child of quieted) child.removeAttribute('inert');
  }
  open = close;
  return close;
}

/** Closes the dialog if one is open (a screen that shuts down calls this). */
export const closeProblemsDialog = (): void => open?.();
