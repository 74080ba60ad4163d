// A modal panel over the screen: a title, paragraphs and a Close button (Escape closes it too). Its DOM twin
// is a role="dialog" in #sr-mirror; the rest of the mirror is made inert while it is open, and focus goes
// back where it came from when it closes.
import Phaser from 'phaser';
import { COLOURS, DESIGN, TEXT } from '../layout';
import { Button } from './Button';

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

export class InfoPanel {
  private layer: Phaser.GameObjects.Container | null = null;
  private dialog: HTMLElement | null = null;
  private returnTo: HTMLElement | null = null;
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close();
    }
  };

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
    const group = document.createElement('div');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', content.title);
    dialog.append(group);
    const buttons = choices.map(
      (choice, i) =>
        new Button(scene, {
          x: cx,
          y: text.y + text.height + 24 + i * choiceH + 24,
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
    const closeW = content.closeLabel ? 260 : 180;
    const close = new Button(scene, { x: cx + W / 2 - 20 - closeW / 2, y: top + h - 44, width: closeW, height: 48, label: content.closeLabel ?? 'Close', detail: '', keyHint: 'Esc', variant: 'row', onActivate: () => this.close(), mirror: group });
    this.layer = scene.add.container(0, 0, [scrim, card, title, text, ...buttons, close]).setDepth(1000);
    document.addEventListener('keydown', this.onKey, true);
    (buttons[0] ?? close).twin.focus();
  }

  /** Closes the panel; focus goes back where it was unless the caller moves on (a menu choice). */
  close(restoreFocus = true): void {
    if (!this.layer) return;
    this.layer.destroy();
    this.layer = null;
    this.dialog?.remove();
    this.dialog = null;
    document.removeEventListener('keydown', this.onKey, true);
    for (const child of this.mirrorRoot.children) child.removeAttribute('inert');
    if (restoreFocus) this.returnTo?.focus({ preventScroll: true });
    this.returnTo = null;
  }
}
