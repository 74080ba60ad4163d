// The canvas is invisible to assistive technology, so each screen mirrors its heading, text and
// controls into #sr-mirror (visually hidden, read by screen readers) and speaks changes through
// #sr-live. The mirror's <button>s are also the real keyboard focus targets (see Button.ts).

function region(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html lacks #${id}`);
  return el;
}

/** Starts a screen's mirror: clears the previous screen's, then writes its heading and lines. */
export function mirrorScreen(heading: string, lines: readonly string[] = []): HTMLElement {
  const root = region('sr-mirror');
  root.replaceChildren();
  const h1 = document.createElement('h1');
  h1.textContent = heading;
  root.append(h1);
  for (const line of lines) mirrorText(line);
  return root;
}

export function mirrorText(text: string, parent: HTMLElement = region('sr-mirror')): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  parent.append(p);
  return p;
}

/** A labelled group for a set of controls; arrow keys move between the buttons inside it. */
export function mirrorGroup(label: string, parent: HTMLElement = region('sr-mirror')): HTMLElement {
  const group = document.createElement('div');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', label);
  parent.append(group);
  return group;
}

/** A section of the screen with its own heading (h2), so screen-reader users can jump between parts. */
export function mirrorSection(heading: string, parent: HTMLElement = region('sr-mirror')): HTMLElement {
  const section = document.createElement('section');
  const h2 = document.createElement('h2');
  h2.textContent = heading;
  section.append(h2);
  parent.append(section);
  return section;
}

/** A plain list of lines. */
export function mirrorList(items: readonly string[], parent: HTMLElement = region('sr-mirror')): HTMLUListElement {
  const ul = document.createElement('ul');
  for (const item of items) ul.append(Object.assign(document.createElement('li'), { textContent: item }));
  parent.append(ul);
  return ul;
}

/** The mirror's root, for widgets that need it (dialogs make the rest inert). */
export const mirrorRoot = (): HTMLElement => region('sr-mirror');

export function clearMirror(): void {
  region('sr-mirror').replaceChildren();
}

/** Reads `text` out politely. Cleared first so the same message twice is still announced. */
export function announce(text: string): void {
  const live = region('sr-live');
  live.textContent = '';
  requestAnimationFrame(() => {
    live.textContent = text;
  });
}

/** With nothing focused (e.g. after a click on the canvas), an arrow key focuses the first control. */
export function installMirrorKeys(): void {
  document.addEventListener('keydown', (event) => {
    const idle = !document.activeElement || document.activeElement === document.body;
    if (!idle || !['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight'].includes(event.key)) return;
    const first = region('sr-mirror').querySelector<HTMLElement>('button, input');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
}
