// Setup's left column: every scenario as a radio card, the chosen one's summary, and "Open a scenario file…".
import type Phaser from 'phaser';
import { TEXT } from '../../layout';
import type { Catalogue } from '../../store/catalogue-core';
import { RadioCards } from '../../ui/RadioCards';
import { mirrorRoot, mirrorText } from '../../ui/sr-mirror';
import { scenarioCard } from '../../views/setup-choices';
import { LEFT, ROW, sectionLabel, type SetupParts } from './parts';
import { ScenarioOpener, type Opened } from './ScenarioOpener';

export interface ScenarioListEvents {
  /** The player chose another scenario in the list. */
  choose(id: string): void;
  /** A scenario file loaded: its scenario is in the catalogue. */
  opened(opened: Opened): void;
}

/** Room kept under the cards for at least two lines of the chosen scenario's summary. */
const SUMMARY_MIN_H = 48;
/** The smallest card that still holds a title over its one-line facts. */
const MIN_CARD_H = 52;

/** Cards at full height while they fit; with more scenarios (a library, or a file opened), shorter cards and
 *  gaps, never shorter than two lines, so the list never runs into the summary or "Open a scenario file…". */
function cardRows(count: number, room: number): { height: number; pitch: number } {
  const full = LEFT.cardH + LEFT.gap;
  if (count * full <= room) return { height: LEFT.cardH, pitch: full };
  const pitch = Math.max(MIN_CARD_H + 4, Math.floor(room / Math.max(1, count)));
  return { height: Math.min(LEFT.cardH, pitch - 4), pitch };
}

export class ScenarioList {
  readonly cards: RadioCards;
  readonly opener: ScenarioOpener;
  private readonly summary: { text: Phaser.GameObjects.Text; mirror: HTMLParagraphElement; maxHeight: number };

  constructor(private readonly parts: SetupParts, private readonly catalogue: Catalogue, on: ScenarioListEvents) {
    const { scene, choice } = parts;
    sectionLabel(scene, LEFT.x, ROW.top, 'SCENARIO');
    const cards = catalogue.entries.map(scenarioCard);
    const top = ROW.top + ROW.below;
    const { height, pitch } = cardRows(cards.length, LEFT.open - 34 - SUMMARY_MIN_H - top);
    this.cards = new RadioCards(scene, {
      label: 'Scenario',
      cards: cards.map((card, i) => ({
        x: LEFT.x + LEFT.w / 2,
        y: top + height / 2 + i * pitch,
        width: LEFT.w,
        height,
        label: card.title,
        detail: card.facts,
        tag: card.tag,
        description: card.tag === 'START HERE' ? 'New to the game? Start here.' : card.tag === 'YOUR FILE' ? 'Opened from your own file.' : '',
      })),
      chosen: Math.max(0, cards.findIndex((c) => c.id === choice.scenarioId)),
      onChange: (i) => on.choose(cards[i]!.id),
      mirror: mirrorRoot(),
    });
    const summaryTop = top + cards.length * pitch + 6;
    this.summary = {
      text: scene.add.text(LEFT.x, summaryTop, '', { ...TEXT.small, wordWrap: { width: LEFT.w }, lineSpacing: 3 }),
      mirror: mirrorText(''),
      maxHeight: LEFT.open - 34 - summaryTop,
    };
    this.showSummary();
    this.opener = new ScenarioOpener(scene, catalogue, { x: LEFT.x + LEFT.w / 2, y: LEFT.open, width: LEFT.w, onOpened: on.opened });
  }

  /** The chosen scenario's summary: whole in the mirror; on the canvas cut at a word to fit, with an ellipsis. */
  showSummary(): void {
    const entry = this.catalogue.entries.find((e) => e.id === this.parts.choice.scenarioId);
    const text = entry ? scenarioCard(entry).summary : '';
    const { text: shown, mirror, maxHeight } = this.summary;
    shown.setText(text);
    const lines = shown.getWrappedText(text);
    const fit = Math.max(0, Math.floor(maxHeight / (shown.height / Math.max(1, lines.length))));
    if (lines.length > fit) shown.setText(fit === 0 ? '' : `${lines.slice(0, fit).join(' ').replace(/\s+\S*$/, '')}…`);
    mirror.textContent = text;
  }
}
