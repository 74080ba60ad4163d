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
export function mirrorGroup(label: string): HTMLElement {
  const group = document.createElement('div');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', label);
  region('sr-mirror').append(group);
  return group;
}

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
    const first = region('sr-mirror').querySelector<HTMLButtonElement>('button');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
}
