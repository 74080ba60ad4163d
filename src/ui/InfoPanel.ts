// A modal panel over the screen: a title, paragraphs and a Close button (Escape closes it too). Its DOM twin
// is a role="dialog" in #sr-mirror; the rest of the mirror is made inert while it is open, and focus goes
// back where it came from when it closes.
import Phaser from 'phaser';
import { COLOURS, DESIGN, TEXT } from '../layout';
import { Button } from './Button';
import { markBox } from './fit-text';
import { requestRender } from './render-on-demand';

export interface InfoContent {
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** Source lines, shown under a "Sources" heading. */
  readonly sources?: readonly { readonly text: string; readonly url?: string }[];
  /** Extra choices (a menu), shown as buttons above Close. */
  readonly choices?: readonly { readonly label: string; readonly detail?: string; readonly onActivate: () => void }[];
  /** The close button's label ("Close" by default). */
  readonly closeLabel?: string;
}

const W = 760;
/** Keys that scroll a body too long for the panel, by lines (given the lines a page holds). */
const SCROLL_KEYS: Record<string, (page: number) => number | 'home' | 'end'> = {
  ArrowDown: () => 1,
  ArrowUp: () => -1,
  PageDown: (page) => page - 1,
  PageUp: (page) => 1 - page,
  Home: () => 'home',
  End: () => 'end',
};

export class InfoPanel {
  private layer: Phaser.GameObjects.Container | null = null;
  private dialog: HTMLElement | null = null;
  private returnTo: HTMLElement | null = null;
  /** Scrolls the body by whole lines (null when it fits). */
  private scroll: ((by: number | 'home' | 'end') => void) | null = null;
  private page = 1;
  private readonly onKey = (event: KeyboardEvent) => {
    const by = SCROLL_KEYS[event.key]?.(this.page);
    if (event.key !== 'Escape' && (by === undefined || !this.scroll)) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.key === 'Escape') this.close();
    else this.scroll?.(by!);
  };
  private readonly onWheel = (_p: unknown, _o: unknown, _dx: number, dy: number) => this.scroll?.(Math.sign(dy) * 3);

  constructor(private readonly scene: Phaser.Scene, private readonly mirrorRoot: HTMLElement) {
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.close());
  }

  get isOpen(): boolean {
    return this.layer !== null;
  }

  open(content: InfoContent): void {
    this.close();
    this.returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const scene = this.scene;
    const cx = DESIGN.width / 2;

    // the DOM twin first, so the Close button's twin lands inside it
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.id = 'info-dialog';
    const h2 = document.createElement('h2');
    h2.id = 'info-dialog-title';
    h2.textContent = content.title;
    dialog.setAttribute('aria-labelledby', h2.id);
    dialog.append(h2);
    for (const p of content.paragraphs) dialog.append(Object.assign(document.createElement('p'), { textContent: p }));
    if (content.sources?.length) {
      dialog.append(Object.assign(document.createElement('h3'), { textContent: 'Sources' }));
      const ul = document.createElement('ul');
      for (const s of content.sources) {
        const li = document.createElement('li');
        li.textContent = s.text;
        if (s.url) li.append(' ', Object.assign(document.createElement('a'), { href: s.url, textContent: s.url, target: '_blank', rel: 'noopener noreferrer' }));
        ul.append(li);
      }
      dialog.append(ul);
    }
    for (const child of this.mirrorRoot.children) child.setAttribute('inert', '');
    this.mirrorRoot.append(dialog);
    this.dialog = dialog;

    // the canvas panel
    const body = [
      ...content.paragraphs,
      ...(content.sources?.length ? ['SOURCES', ...content.sources.map((s) => `•  ${s.text}${s.url ? `\n    ${s.url.replace(/^https?:\/\//, '').replace(/\/.*$/, '')}` : ''}`)] : []),
    ].join('\n\n');
    const text = scene.add.text(cx - W / 2 + 32, 0, body, { ...TEXT.body, fontSize: TEXT.cell.fontSize, wordWrap: { width: W - 64 } });
    const title = scene.add.text(cx - W / 2 + 32, 0, content.title, { ...TEXT.heading, fontSize: '28px', wordWrap: { width: W - 64 } });
    const choices = content.choices ?? [];
    const choiceH = 58;
    const h = Math.min(DESIGN.height - 40, title.height + text.height + 150 + choices.length * choiceH);
    const top = (DESIGN.height - h) / 2;
    title.setY(top + 28);
    text.setY(top + 28 + title.height + 16);
    const scrim = scene.add.rectangle(cx, DESIGN.height / 2, DESIGN.width, DESIGN.height, COLOURS.scrim, 0.72).setInteractive();
    scrim.on('pointerup', () => this.close());
    const card = scene.add
      .rectangle(cx, top + h / 2, W, h, COLOURS.panelRaised)
      .setRounded(16)
      .setStrokeStyle(2, COLOURS.border)
      .setInteractive(); // swallows clicks on the card itself
    markBox(card, { x: cx - W / 2, y: top, w: W, h });
    const group = document.createElement('div');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', content.title);
    dialog.append(group);
    // Choices stack just above the Close button; the body has the room above them and scrolls when it needs more.
    const closeTop = top + h - 68;
    const choicesTop = closeTop - 16 - choices.length * choiceH;
    const buttons = choices.map(
      (choice, i) =>
        new Button(scene, {
          x: cx,
          y: choicesTop + i * choiceH + 25,
          width: W - 64,
          height: 50,
          label: choice.label,
          detail: choice.detail ?? '',
          variant: 'row',
          onActivate: () => {
            this.close(false);
            choice.onActivate();
          },
          mirror: group,
        }),
    );
    const scrolling = this.scrollable(text, body, (choices.length ? choicesTop : closeTop) - 12, closeTop + 14);
    const closeW = content.closeLabel ? 260 : 180;
    const close = new Button(scene, { x: cx + W / 2 - 20 - closeW / 2, y: top + h - 44, width: closeW, height: 48, label: content.closeLabel ?? 'Close', detail: '', keyHint: 'Esc', variant: 'row', onActivate: () => this.close(), mirror: group });
    this.layer = scene.add.container(0, 0, [scrim, card, title, text, ...scrolling, ...buttons, close]).setDepth(1000);
    document.addEventListener('keydown', this.onKey, true);
    scene.input.on(Phaser.Input.Events.POINTER_WHEEL, this.onWheel);
    (buttons[0] ?? close).twin.focus();
  }

  /**
   * When the body runs past `bottom`, shows a window of its lines with a scroll bar and a hint; arrow keys,
   * Page Up/Down, Home/End and the wheel move it. The hint sits on the Close button's row, left of it.
   * Returns the bar and hint to add to the layer.
   */
  private scrollable(text: Phaser.GameObjects.Text, body: string, bottom: number, hintY: number): Phaser.GameObjects.GameObject[] {
    const lines = text.getWrappedText(body);
    const lineH = text.height / lines.length;
    const shown = Math.max(1, Math.floor((bottom - text.y) / lineH));
    this.page = shown;
    if (lines.length <= shown) return [];
    const scene = this.scene;
    const trackX = DESIGN.width / 2 + W / 2 - 14;
    const trackTop = text.y + 4;
    const trackH = shown * lineH - 8;
    const track = scene.add.rectangle(trackX, trackTop + trackH / 2, 4, trackH, COLOURS.borderQuiet).setRounded(2);
    const thumbH = Math.max(24, (trackH * shown) / lines.length);
    const thumb = scene.add.rectangle(trackX, trackTop, 6, thumbH, COLOURS.textMuted).setOrigin(0.5, 0).setRounded(3);
    const hint = scene.add.text(text.x, hintY, '', { ...TEXT.small, fontSize: '16px' });
    const last = lines.length - shown;
    let first = 0;
    this.scroll = (by) => {
      first = by === 'home' ? 0 : by === 'end' ? last : Math.min(last, Math.max(0, first + by));
      text.setText(lines.slice(first, first + shown).join('\n'));
      thumb.setY(trackTop + ((trackH - thumbH) * first) / last);
      hint.setText(first < last ? '▼ More below: arrow keys or the wheel scroll' : '▲ The end: arrow keys or the wheel scroll back');
      requestRender();
    };
    this.scroll(0);
    return [track, thumb, hint];
  }

  /** Closes the panel; focus goes back where it was unless the caller moves on (a menu choice). */
  close(restoreFocus = true): void {
    if (!this.layer) return;
    this.layer.destroy();
    this.layer = null;
    this.dialog?.remove();
    this.dialog = null;
    this.scroll = null;
    this.scene.input?.off(Phaser.Input.Events.POINTER_WHEEL, this.onWheel);
    document.removeEventListener('keydown', this.onKey, true);
    for (const child of this.mirrorRoot.children) child.removeAttribute('inert');
    if (restoreFocus) this.returnTo?.focus({ preventScroll: true });
    this.returnTo = null;
  }
}
