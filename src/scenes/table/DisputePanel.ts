// The left column: the state of the dispute as figures (each a tile that opens its source) and two small
// charts over time. It does not change within a week.
import { capitalise, theHarm } from '../../sim/index';
import { COLOURS, TABLE } from '../../layout';
import { millions, pct, plural } from '../../views/format';
import { opinionShares } from '../../views/common';
import { chartSeries } from '../../views/dispute-chart';
import { tableFigures, type Figure } from '../../views/figure-tiles';
import { FigureTile } from '../../ui/FigureTile';
import { drawPanel, PANEL } from '../../ui/panel';
import { Sparkline } from '../../ui/Sparkline';
import { mirrorGroup, mirrorText } from '../../ui/sr-mirror';
import type { TableContext } from './context';

const METER_COLOURS: Partial<Record<Figure['id'], number>> = { pressure: COLOURS.employer, morale: COLOURS.union, mitigation: COLOURS.employer, mandate: COLOURS.union };

export function buildDispute(ctx: TableContext, section: HTMLElement): void {
  const { scene, store, side, info } = ctx;
  const session = store.getState().session!;
  const { x, w } = TABLE.left;
  const top = TABLE.top;
  drawPanel(scene, x, top, w, TABLE.bottom - top, 'The dispute');
  const inner = { x: x + PANEL.pad, w: w - 2 * PANEL.pad };
  const group = mirrorGroup('Figures: choose one to see where it comes from', section);

  const open = (f: Figure) =>
    info.open({ title: f.info.title, paragraphs: [`${f.label}: ${f.value} (${f.detail}).`, f.info.about], sources: f.info.sources });
  const figures = tableFigures(session, side);
  const shares = opinionShares(session.state);
  let y = top + 40;
  const [opinion, ...rest] = figures;
  new FigureTile(scene, {
    x: inner.x, y, w: inner.w, h: TABLE.opinionH, label: opinion!.label, value: opinion!.value, detail: opinion!.detail, large: true,
    segments: [
      { share: shares.supportBp / 10_000, colour: COLOURS.support },
      { share: shares.neutralBp / 10_000, colour: COLOURS.neutral },
      { share: shares.opposeBp / 10_000, colour: COLOURS.oppose },
    ],
    onOpen: () => open(opinion!), mirror: group,
  });
  y += TABLE.opinionH + TABLE.gap;
  const tileW = (inner.w - TABLE.gap) / 2;
  rest.forEach((f, i) => {
    const col = i % 2;
    const row = Math.floor(i / 2);
    new FigureTile(scene, {
      x: inner.x + col * (tileW + TABLE.gap), y: y + row * (TABLE.tileH + TABLE.gap), w: tileW, h: TABLE.tileH,
      label: f.label, value: f.value, detail: f.detail, onOpen: () => open(f), mirror: group,
      ...(f.level !== undefined ? { level: f.level, meterColour: METER_COLOURS[f.id] ?? COLOURS.accent } : {}),
    });
  });
  y += Math.ceil(rest.length / 2) * (TABLE.tileH + TABLE.gap) + 4;

  const charts = chartSeries(session);
  const chartH = (TABLE.bottom - PANEL.pad / 2 - y) / 2;
  new Sparkline(scene, {
    x: inner.x, y, w: inner.w, h: chartH - 4, title: 'SUPPORT ●  OPPOSE ■  STRIKE DAYS ▮',
    series: [
      { label: 'Support', values: charts.support, colour: COLOURS.support, marker: 'circle', format: (v) => `${Math.round(v)}%` },
      { label: 'Oppose', values: charts.oppose, colour: COLOURS.oppose, marker: 'square', format: (v) => `${Math.round(v)}%` },
    ],
    bars: charts.strikeDays, min: 0, max: Math.max(60, ...charts.oppose, ...charts.support),
  });
  new Sparkline(scene, {
    x: inner.x, y: y + chartH, w: inner.w, h: chartH - 4, title: `${session.scenario.vocabulary.harm.name.toUpperCase()} BY WEEK`,
    series: [{ label: capitalise(session.scenario.vocabulary.harm.name), values: charts.waitingList, colour: COLOURS.text, marker: 'circle', format: (v) => millions(v * 1e6) }],
  });
  const last = charts.support.length - 1;
  mirrorText(
    `Over ${last} week${last === 1 ? '' : 's'}: support went from ${Math.round(charts.support[0]!)}% to ${Math.round(charts.support[last]!)}%, ` +
      `opposition from ${Math.round(charts.oppose[0]!)}% to ${Math.round(charts.oppose[last]!)}%, and ${theHarm(session.scenario.vocabulary)} from ` +
      `${millions(charts.waitingList[0]! * 1e6)} to ${millions(charts.waitingList[last]! * 1e6)}; ${plural(charts.strikeDays.reduce((a, b) => a + b, 0), 'strike day')} in all. ` +
      `Neutral now ${pct(shares.neutralBp)}.`,
    section,
  );
}
