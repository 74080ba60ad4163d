// Hot-seat: the screen between two players' turns. It names the side about to play and shows nothing either
// side keeps private; its one button shows that side's brief (in week 1) or its table.
import { COLOURS, DESIGN, TEXT, css } from '../layout';
import { viewSide } from '../store/session';
import { handoverView } from '../views/pass-device';
import { Button } from '../ui/Button';
import { installShortcuts } from '../ui/shortcuts';
import { announce, mirrorGroup, mirrorText } from '../ui/sr-mirror';
import { SCENE } from '../navigation/scene-keys';
import { AppScreen } from './Screen';

export class PassScene extends AppScreen {
  create(): void {
    const session = this.store.getState().session;
    if (!session || session.state.outcome) return this.go(session ? SCENE.debrief : SCENE.title);
    const view = handoverView(session, viewSide(session));
    this.begin(view.heading, [view.label]);
    const cx = DESIGN.width / 2;
    const colour = view.side === 'union' ? COLOURS.union : COLOURS.employer;
    const g = this.add.graphics().setDepth(-1); // drawn once the text is measured
    this.add.text(cx, 190, view.label.toUpperCase(), { ...TEXT.label, letterSpacing: 1 } as Phaser.Types.GameObjects.Text.TextStyle).setOrigin(0.5);
    this.add.text(cx, 246, view.heading, { ...TEXT.heading, fontSize: '44px', color: css(colour) }).setOrigin(0.5);
    let y = 300;
    for (const line of view.lines) {
      const t = this.add.text(cx, y, line, { ...TEXT.body, align: 'center', wordWrap: { width: 820 } }).setOrigin(0.5, 0);
      mirrorText(line);
      y += t.height + 12;
    }
    const h = Math.max(230, y - 150 + 24);
    g.fillStyle(COLOURS.panel, 1).fillRoundedRect(cx - 470, 150, 940, h, 16);
    g.fillStyle(colour, 1).fillRoundedRect(cx - 470, 150, 10, h, { tl: 16, bl: 16, tr: 0, br: 0 });
    const nav = mirrorGroup('Hand over');
    const show = () => this.go(view.next === 'briefing' ? SCENE.briefing : SCENE.table);
    new Button(this, { x: cx, y: 560, width: 560, height: 64, label: view.button, variant: 'primary', keyHint: 'Enter', mirror: nav, onActivate: show });
    new Button(this, { x: cx, y: 660, width: 300, height: 50, label: 'Title screen', variant: 'row', keyHint: 'Esc', mirror: nav, onActivate: () => this.go(SCENE.title) });
    installShortcuts(this, () => ({ Enter: show, Escape: () => this.go(SCENE.title) }));
    // Replaces whatever the last side heard: nothing of theirs is left in the live region.
    announce(`${view.heading}. ${view.lines[0]}`);
    this.settle();
  }
}
