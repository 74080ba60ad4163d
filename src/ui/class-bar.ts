// A class game's status line, in the DOM over the bottom of whatever screen is showing: the class, who holds the
// other seat, each side's clock for the week, the teacher's time limit, and anything the server refused. A
// status region (polite), so a screen reader hears changes without losing its place. Plain data in, text out.

const ID = 'class-bar';

export interface ClassBarModel {
  /** The lines shown, in order; each is text. */
  readonly parts: readonly string[];
  /** A refusal or a lost connection, said at once (role="alert"); null when all is well. */
  readonly problem: string | null;
  /** The link is taking the seat back after its connection dropped ("Reconnecting…"); null while connected. Shown
   *  first in the bar and at the top of the screen-reader mirror, which each screen rebuilds (the bar is redrawn
   *  every second, so the line comes back). */
  readonly connection?: string | null;
}

const MIRROR_LINE = 'sr-class-connection';

/** The connection line at the top of #sr-mirror, or none. */
function mirrorConnection(text: string | null): void {
  const existing = document.getElementById(MIRROR_LINE);
  if (text === null) return void existing?.remove();
  const mirror = document.getElementById('sr-mirror');
  if (!mirror) return;
  const line = existing ?? Object.assign(document.createElement('p'), { id: MIRROR_LINE });
  if (line.textContent !== text) line.textContent = text;
  if (mirror.firstChild !== line) mirror.prepend(line);
}

/** Shows the bar (made on first use), or removes it when `model` is null. */
export function showClassBar(model: ClassBarModel | null): void {
  const existing = document.getElementById(ID);
  mirrorConnection(model?.connection ?? null);
  if (model === null) return void existing?.remove();
  const bar = existing ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: ID, className: 'class-bar' }));
  if (!existing) {
    const status = document.createElement('p');
    status.className = 'class-bar-status';
    status.setAttribute('role', 'status');
    const problem = document.createElement('p');
    problem.className = 'class-bar-problem';
    problem.setAttribute('role', 'alert');
    bar.append(status, problem);
  }
  const [status, problem] = [bar.querySelector('.class-bar-status')!, bar.querySelector('.class-bar-problem')!];
  const text = [...(model.connection ? [model.connection] : []), ...model.parts].join('  ·  ');
  bar.classList.toggle('class-bar-reconnecting', Boolean(model.connection));
  if (status.textContent !== text) status.textContent = text;
  if (problem.textContent !== (model.problem ?? '')) problem.textContent = model.problem ?? '';
}
