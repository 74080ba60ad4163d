// The coach: a scenario's teaching prompt for the week or for something that just happened, on a card over the
// news until the player puts it away, with the Table's cells it talks about outlined. Read out through the live
// region when it appears; in the mirror it comes first, right after the screen's heading, with its "Got it"
// button. Putting one away shows the next one due.
import Phaser from 'phaser';
import { COLOURS, TABLE, TEXT, css } from '../../layout';
import { coachView, dismissCoach, type CoachView } from '../../views/coach-card';
import { Button } from '../../ui/Button';
import { fitText } from '../../ui/fit-text';
import { announce, mirrorRoot } from '../../ui/sr-mirror';
import type { TableContext } from './context';

const PAD = 20;

/** Where the Table draws the cells a prompt may point at. */
export type CoachCells = () => Readonly<Record<CoachView['pointsAt'][number], Phaser.Geom.Rectangle>>;

const CELL_NAMES: Readonly<Record<CoachView['pointsAt'][number], string>> = { theirValue: "their offer's value to you", walkAway: 'your walk-away' };

export function buildCoach(ctx: TableContext, cells: CoachCells): void {
  const { scene, store } = ctx;
  const session = store.getState().session;
  const view = session ? coachView(session, ctx.side) : null;
  if (!session || !view) return;

  // Over the middle column's lower panel (their words and the news), which the player reads after it.
  const { x, w, negotiationH } = TABLE.mid;
  const top = TABLE.top + negotiationH + TABLE.gap;
  const h = TABLE.bottom - top;
  const card = scene.add
    .graphics()
    .fillStyle(COLOURS.panelRaised, 1)
    .fillRoundedRect(x, top, w, h, 12)
    .lineStyle(3, COLOURS.focus, 1)
    .strokeRoundedRect(x + 1.5, top + 1.5, w - 3, h - 3, 12);
  const blocker = scene.add.rectangle(x + w / 2, top + h / 2, w, h).setInteractive(); // unfilled, so never drawn; the news below takes no clicks
  const heading = scene.add.text(x + PAD, top + 12, view.heading.toUpperCase(), { ...TEXT.label, color: css(COLOURS.focus), letterSpacing: 1 } as Phaser.Types.GameObjects.Text.TextStyle);
  const title = scene.add.text(x + PAD, top + 42, view.title, { ...TEXT.figure, wordWrap: { width: w - 2 * PAD } });
  const bodyTop = title.y + title.height + 2;
  const body = scene.add.text(x + PAD, bodyTop, view.text, { ...TEXT.cell, fontSize: '17px', lineSpacing: 2, wordWrap: { width: w - 2 * PAD } });
  const room = top + h - 10 - bodyTop;
  fitText(body, room, 15);
  if (body.height > room) {
    // A very long prompt (an author's): cut at a word, with an ellipsis; the whole of it is read out.
    const lines = body.getWrappedText(view.text);
    const fit = Math.max(1, Math.floor(room / (body.height / lines.length)));
    body.setText(`${lines.slice(0, fit).join(' ').replace(/\s+\S*$/, '')}…`);
  }

  // Outlines round the cells the prompt talks about, named in the mirror too.
  const where = cells();
  const outlines = view.pointsAt.map((name) => {
    const r = where[name];
    return scene.add.graphics().lineStyle(3, COLOURS.focus, 1).strokeRoundedRect(r.x - 6, r.y - 4, r.width + 12, r.height + 8, 6);
  });
  const lookAt = view.pointsAt.length ? `Outlined on the Table: ${view.pointsAt.map((n) => CELL_NAMES[n]).join(' and ')}, in the terms panel.` : '';

  const section = document.createElement('section');
  section.setAttribute('aria-label', 'Coach');
  section.append(
    Object.assign(document.createElement('h2'), { textContent: `${view.heading}: ${view.title}` }),
    Object.assign(document.createElement('p'), { textContent: view.text }),
  );
  if (lookAt) section.append(Object.assign(document.createElement('p'), { textContent: lookAt, className: 'coach-points' }));
  const group = document.createElement('div');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Coach');
  section.append(group);
  const h1 = mirrorRoot().querySelector('h1');
  if (h1) h1.after(section);
  else mirrorRoot().prepend(section);

  const parts: Phaser.GameObjects.GameObject[] = [card, blocker, heading, title, body, ...outlines];
  // In the heading's row, so the prompt has the card's whole height.
  const close = new Button(scene, {
    x: x + w - 12 - 60,
    y: top + 24,
    width: 120,
    height: 34,
    compact: true,
    variant: 'row',
    label: 'Got it',
    mirror: group,
    onActivate: () => {
      const hadFocus = section.contains(document.activeElement);
      dismissCoach(session, view.index);
      for (const p of [...parts, close]) p.destroy();
      section.remove();
      buildCoach(ctx, cells); // the next prompt due, if any
      if (hadFocus) mirrorRoot().querySelector<HTMLElement>('button, input')?.focus();
    },
  });
  for (const p of [...parts, close]) (p as unknown as Phaser.GameObjects.Components.Depth).setDepth(50);
  announce(`${view.heading}. ${view.title}. ${view.text} ${lookAt}`.trim());
}
