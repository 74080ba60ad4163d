// A few helpers for the DOM pages (debrief, classroom, class report, printable briefs). Text always goes in
// as text nodes, never as HTML: scenario and file contents are data, not markup.

type Child = Node | string | number | null | undefined | false;
type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** An element with attributes (false/null/undefined ones left out) and children (strings become text). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'class') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export interface ButtonOptions {
  readonly label: string;
  readonly variant?: 'primary' | 'row' | 'quiet';
  /** A shortcut shown as a badge and given to assistive technology. */
  readonly key?: string;
  readonly detail?: string;
  readonly disabled?: boolean;
  readonly id?: string;
  readonly onClick: () => void;
}

/** A real button in the game's look: primary (orange), row (outlined) or quiet (text-like). */
export function button(options: ButtonOptions): HTMLButtonElement {
  const node = el('button', { type: 'button', class: `btn btn-${options.variant ?? 'row'}`, id: options.id, 'aria-keyshortcuts': options.key === 'Esc' ? 'Escape' : options.key });
  append(node, el('span', { class: 'btn-label' }, options.label));
  if (options.detail) append(node, el('span', { class: 'btn-detail' }, options.detail));
  if (options.key) append(node, el('span', { class: 'btn-key', 'aria-hidden': 'true' }, options.key));
  if (options.disabled) node.setAttribute('aria-disabled', 'true');
  node.addEventListener('click', () => {
    if (node.getAttribute('aria-disabled') !== 'true') options.onClick();
  });
  return node;
}

/** A rounded panel with a small upper-case heading (an h2/h3 for screen readers), like the canvas panels. */
export function panel(heading: string, level: 2 | 3 = 2, className = ''): { root: HTMLElement; body: HTMLElement } {
  const body = el('div', { class: 'panel-body' });
  const root = el('section', { class: `panel ${className}`.trim() }, el(level === 2 ? 'h2' : 'h3', { class: 'panel-heading' }, heading), body);
  return { root, body };
}

/** A definition-style list of label/value pairs. */
export function figures(rows: readonly { readonly label: string; readonly value: string; readonly note?: string }[]): HTMLElement {
  const dl = el('dl', { class: 'figures' });
  for (const row of rows) {
    append(dl, el('div', { class: 'figure-row' }, el('dt', {}, row.label), el('dd', {}, row.value), row.note ? el('dd', { class: 'figure-note' }, row.note) : null));
  }
  return dl;
}

/** A plain table with a caption and a header row. */
export function table(caption: string, head: readonly string[], rows: readonly (readonly string[])[], className = ''): HTMLTableElement {
  const t = el('table', { class: `data ${className}`.trim() }, el('caption', {}, caption));
  const thead = el('thead');
  const tr = el('tr');
  for (const h of head) append(tr, el('th', { scope: 'col' }, h));
  append(thead, tr);
  const tbody = el('tbody');
  for (const row of rows) {
    const line = el('tr');
    row.forEach((cell, i) => append(line, i === 0 ? el('th', { scope: 'row' }, cell) : el('td', {}, cell)));
    append(tbody, line);
  }
  append(t, thead, tbody);
  return t;
}

/** Reads a sentence out through the page's live region (cleared first, so a repeat is still read). */
export function announce(text: string): void {
  const live = document.getElementById('sr-live');
  if (!live) return;
  live.textContent = '';
  requestAnimationFrame(() => {
    live.textContent = text;
  });
}

/** Escape leaves the page; returns the function that stops listening. */
export function onEscape(leave: () => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    leave();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
