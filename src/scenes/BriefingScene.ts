// The side's confidential brief, as plain text (scenario text is never HTML), and who the opponent is.
import { COLOURS, DESIGN, TEXT, css } from '../layout';
import { otherSide, theSide } from '../sim/index';
import { viewSide } from '../store/session';
import { playedByComputer } from '../views/setup-choices';
import { briefingUnits } from '../views/units';
import { Button } from '../ui/Button';
import { fitText } from '../ui/fit-text';
import { installShortcuts } from '../ui/shortcuts';
import { mirrorGroup, mirrorText } from '../ui/sr-mirror';
import { SCENE } from '../navigation/scene-keys';
import { AppScreen } from './Screen';

const MARGIN = 96;

export class BriefingScene extends AppScreen {
  create(): void {
    const session = this.store.getState().session;
    if (!session) return this.go(SCENE.title);
    const side = viewSide(session);
    const info = session.scenario.sides[side];
    const opp = otherSide(side);
    const player = session.setup.players[opp];
    const persona = session.scenario.personas.find((p) => `ai:${p.id}` === player);
    const opponent = persona
      ? `Your opponent: ${theSide(session.scenario.vocabulary, opp)}, ${playedByComputer(persona.label)}. ${persona.descriptions[opp]}`
      : `Your opponent: ${theSide(session.scenario.vocabulary, opp)}, played by a second player.`;
    const heading = `Confidential brief: ${info.shortName}`;
    const paragraphs = info.brief.trim().split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' '));

    this.begin(heading, [info.name]);
    const colour = side === 'union' ? COLOURS.union : COLOURS.employer;
    this.add.text(MARGIN, 40, 'CONFIDENTIAL · FOR YOUR SIDE ONLY', { ...TEXT.label, color: css(colour) });
    this.add.text(MARGIN, 64, info.name, { ...TEXT.heading, fontSize: '30px', wordWrap: { width: DESIGN.width - 2 * MARGIN } });
    this.add.graphics().fillStyle(colour, 1).fillRect(MARGIN - 24, 44, 6, 60);
    const body = this.add.text(MARGIN, 124, paragraphs.join('\n\n'), { ...TEXT.prose, wordWrap: { width: DESIGN.width - 2 * MARGIN } });
    fitText(body, 370, 16); // leaves room for the opponent and the units below
    const foot = this.add.text(MARGIN, 124 + body.height + 14, opponent, { ...TEXT.small, wordWrap: { width: DESIGN.width - 2 * MARGIN } });
    fitText(foot, 60, 15);
    // The units, defined before the Table first shows them.
    const units = briefingUnits(session.scenario);
    const unitsText = this.add.text(MARGIN, foot.y + foot.height + 10, units, { ...TEXT.small, color: css(COLOURS.textMuted), wordWrap: { width: DESIGN.width - 2 * MARGIN } });
    fitText(unitsText, 628 - unitsText.y, 14); // above the button
    for (const p of paragraphs) mirrorText(p);
    mirrorText(opponent);
    mirrorText(units);

    const nav = mirrorGroup('Continue');
    new Button(this, { x: DESIGN.width / 2, y: 668, width: 320, height: 56, label: 'To the table', variant: 'primary', keyHint: 'Enter', mirror: nav, onActivate: () => this.go(SCENE.table) });
    installShortcuts(this, () => ({ Enter: () => this.go(SCENE.table) }));
    this.settle();
  }
}
