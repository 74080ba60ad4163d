// Tabs for a DOM page (WAI-ARIA tabs pattern): Left/Right (and Home/End) move between tabs, the number keys
// 1–9 jump to one, PageDown/PageUp go to the next or previous. A panel is built the first time it is shown.
import { el } from './dom';

export interface TabSpec {
  readonly id: string;
  readonly label: string;
  build(panel: HTMLElement): void;
}

export interface Tabs {
  readonly root: HTMLElement;
  readonly list: HTMLElement;
  select(id: string, focus?: boolean): void;
  current(): string;
  /** Handles the page-level keys (numbers, PageUp/PageDown); true when the key was used. */
  onKey(event: KeyboardEvent): boolean;
}

export function tabs(label: string, specs: readonly TabSpec[], onSelect: (id: string) => void = () => undefined): Tabs {
  const list = el('div', { role: 'tablist', 'aria-label': label, class: 'tabs' });
  const panels = el('div', { class: 'tab-panels' });
  const built = new Set<string>();
  const buttons = specs.map((spec, i) => {
    const b = el('button', { type: 'button', role: 'tab', id: `tab-${spec.id}`, 'aria-controls': `panel-${spec.id}`, 'aria-selected': 'false', tabindex: '-1', class: 'tab' }, el('span', { class: 'tab-key', 'aria-hidden': 'true' }, String(i + 1)), spec.label);
    b.addEventListener('click', () => select(spec.id, true));
    list.append(b);
    return b;
  });
  const panelNodes = specs.map((spec) => {
    const p = el('section', { role: 'tabpanel', id: `panel-${spec.id}`, 'aria-labelledby': `tab-${spec.id}`, class: 'tab-panel', tabindex: '0' });
    p.hidden = true;
    panels.append(p);
    return p;
  });
  let currentId = specs[0]?.id ?? '';

  function select(id: string, focus = false): void {
    const i = specs.findIndex((s) => s.id === id);
    if (i < 0) return;
    currentId = id;
    specs.forEach((spec, k) => {
      const on = k === i;
      buttons[k]!.setAttribute('aria-selected', String(on));
      buttons[k]!.tabIndex = on ? 0 : -1;
      panelNodes[k]!.hidden = !on;
      if (on && !built.has(spec.id)) {
        built.add(spec.id);
        spec.build(panelNodes[k]!);
      }
    });
    if (focus) buttons[i]!.focus();
    onSelect(id);
  }

  list.addEventListener('keydown', (event) => {
    const i = specs.findIndex((s) => s.id === currentId);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: specs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(specs[(to + specs.length) % specs.length]!.id, true);
  });

  return {
    root: el('div', { class: 'tabs-root' }, list, panels),
    list,
    select,
    current: () => currentId,
    onKey(event) {
      const i = specs.findIndex((s) => s.id === currentId);
      let to: number | null = null;
      if (/^[1-9]$/.test(event.key)) to = Number(event.key) - 1;
      else if (event.key === 'PageDown') to = Math.min(specs.length - 1, i + 1);
      else if (event.key === 'PageUp') to = Math.max(0, i - 1);
      if (to === null || to >= specs.length) return false;
      select(specs[to]!.id, true);
      return true;
    },
  };
}
