// Draws a ChartSpec (src/views/chart-spec.ts) as an SVG figure: axes, hatched spans, shaded bands, lines with
// their own dash and marker shapes, direct labels, a legend that repeats each series' shape, a summary in words
// and the numbers as a table (always there for screen readers; shown on request in place of the chart).
// Plain SVG built through the DOM: no library, nothing fetched, crisp at any zoom and in print.
import { COLOURS, OKABE_ITO, css } from '../layout';
import type { ChartSpec, Layer, Marker, Point, Tone } from '../views/chart-spec';
import { append, el, table } from './dom';

const SVG = 'http://www.w3.org/2000/svg';
let uid = 0;

const toneColour = (tone: Tone): string =>
  css(
    {
      union: COLOURS.union,
      employer: COLOURS.employer,
      support: COLOURS.support,
      oppose: COLOURS.oppose,
      zone: OKABE_ITO.bluishGreen,
      strike: COLOURS.strike,
      neutral: COLOURS.neutral,
      text: COLOURS.text,
      final: OKABE_ITO.yellow,
      nash: OKABE_ITO.reddishPurple,
      muted: COLOURS.textMuted,
    }[tone],
  );

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string | number | undefined>> = {}, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, String(v));
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/** A marker shape centred on (x, y). */
function markerShape(marker: Marker, x: number, y: number, r: number, colour: string): SVGElement {
  const outline = { stroke: css(COLOURS.background), 'stroke-width': 1.5, fill: colour };
  const poly = (pts: [number, number][]) => svg('polygon', { points: pts.map(([a, b]) => `${(x + a).toFixed(1)},${(y + b).toFixed(1)}`).join(' '), ...outline });
  switch (marker) {
    case 'circle':
      return svg('circle', { cx: x, cy: y, r, ...outline });
    case 'square':
      return svg('rect', { x: x - r * 0.9, y: y - r * 0.9, width: r * 1.8, height: r * 1.8, ...outline });
    case 'triangle':
      return poly([[0, -r * 1.15], [r * 1.1, r * 0.8], [-r * 1.1, r * 0.8]]);
    case 'diamond':
      return poly([[0, -r * 1.3], [r * 1.1, 0], [0, r * 1.3], [-r * 1.1, 0]]);
    case 'star': {
      const pts: [number, number][] = [];
      for (let i = 0; i < 10; i += 1) {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const rr = i % 2 === 0 ? r * 1.5 : r * 0.65;
        pts.push([Math.cos(a) * rr, Math.sin(a) * rr]);
      }
      return poly(pts);
    }
    case 'cross': {
      const d = r * 0.9;
      return svg('path', { d: `M${x - d},${y - d}L${x + d},${y + d}M${x - d},${y + d}L${x + d},${y - d}`, stroke: colour, 'stroke-width': 3, 'stroke-linecap': 'round', fill: 'none' });
    }
  }
}

function hatch(id: string, colour: string): SVGPatternElement {
  return svg(
    'pattern',
    { id, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svg('rect', { width: 8, height: 8, fill: colour, 'fill-opacity': 0.12 }),
    svg('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: colour, 'stroke-width': 3, 'stroke-opacity': 0.55 }),
  );
}

/** A small picture of a layer's look for the legend (line with its dash and marker, a hatch, a band). */
function swatch(layer: Exclude<Layer, { kind: 'note' }>, patternId: string): SVGSVGElement {
  const colour = toneColour(layer.tone);
  const box = svg('svg', { width: 30, height: 16, viewBox: '0 0 30 16', 'aria-hidden': 'true', focusable: 'false' });
  switch (layer.kind) {
    case 'line':
    case 'rule':
      box.append(svg('line', { x1: 1, y1: 8, x2: 29, y2: 8, stroke: colour, 'stroke-width': 3, ...(layer.dash ? { 'stroke-dasharray': '5 3' } : {}) }));
      if (layer.kind === 'line' && layer.marker) box.append(markerShape(layer.marker, 15, 8, 4.5, colour));
      break;
    case 'points':
      box.append(markerShape(layer.marker, 15, 8, 5, colour));
      break;
    case 'bands':
      box.append(svg('rect', { x: 2, y: 2, width: 26, height: 12, fill: colour, 'fill-opacity': 0.35, stroke: colour, 'stroke-width': 1 }));
      break;
    case 'spans':
      box.append(svg('defs', {}, hatch(patternId, colour)), svg('rect', { x: 2, y: 1, width: 26, height: 14, fill: `url(#${patternId})`, stroke: colour, 'stroke-opacity': 0.6 }));
      break;
    case 'bars':
      box.append(svg('rect', { x: 8, y: 3, width: 14, height: 12, fill: colour }));
      break;
  }
  return box;
}

export interface ChartOptions {
  readonly width: number;
  readonly height: number;
  /** Room on the right for direct labels at the lines' ends. */
  readonly labelRoom?: number;
  /** Hide the legend (when the chart's title already names its only series). */
  readonly legend?: boolean;
  /** The heading level for the chart's title. */
  readonly headingLevel?: 3 | 4;
  readonly className?: string;
}

/** The chart as an SVG element (no legend or text alternative): for use inside chartFigure or alone. */
function chartSvg(spec: ChartSpec, options: ChartOptions, labelledBy?: string): SVGSVGElement {
  const { width: W, height: H } = options;
  const m = { l: 54, r: options.labelRoom ?? 16, t: 22, b: 40 };
  const pw = W - m.l - m.r;
  const ph = H - m.t - m.b;
  const { x: xa, y: ya } = spec;
  const sx = (x: number) => m.l + ((x - xa.min) / (xa.max - xa.min || 1)) * pw;
  const sy = (y: number) => m.t + ph - ((y - ya.min) / (ya.max - ya.min || 1)) * ph;
  const clampY = (y: number) => Math.min(ya.max, Math.max(ya.min, y));
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'chart-svg', role: 'img', ...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': spec.title }) });
  const defs = svg('defs');
  const clipId = `clip-${++uid}`;
  defs.append(svg('clipPath', { id: clipId }, svg('rect', { x: m.l, y: m.t - 8, width: pw, height: ph + 16 })));
  root.append(defs);
  const muted = css(COLOURS.textMuted);
  const grid = css(COLOURS.borderQuiet);

  // Axes and grid.
  const axes = svg('g', { class: 'chart-axes', 'aria-hidden': 'true' });
  axes.append(svg('rect', { x: m.l, y: m.t, width: pw, height: ph, fill: 'none', stroke: grid }));
  for (const t of ya.ticks) {
    const y = sy(t.value);
    axes.append(svg('line', { x1: m.l, x2: m.l + pw, y1: y, y2: y, stroke: grid, 'stroke-width': 1 }));
    axes.append(svg('text', { x: m.l - 8, y: y + 4.5, 'text-anchor': 'end', fill: muted, class: 'chart-tick' }, t.label));
  }
  for (const t of xa.ticks) {
    const x = sx(t.value);
    axes.append(svg('line', { x1: x, x2: x, y1: m.t + ph, y2: m.t + ph + 5, stroke: muted }));
    axes.append(svg('text', { x, y: m.t + ph + 19, 'text-anchor': 'middle', fill: muted, class: 'chart-tick' }, t.label));
  }
  axes.append(svg('text', { x: m.l + pw / 2, y: H - 4, 'text-anchor': 'middle', fill: muted, class: 'chart-axis-label' }, xa.label));
  axes.append(svg('text', { x: m.l - 8, y: 13, 'text-anchor': 'start', fill: muted, class: 'chart-axis-label' }, ya.label));
  root.append(axes);

  const plot = svg('g', { 'clip-path': `url(#${clipId})`, 'aria-hidden': 'true' });
  const over = svg('g', { 'aria-hidden': 'true' });
  const ends: { y: number; text: string; colour: string; marker?: Marker }[] = [];
  for (const layer of spec.layers) {
    if (layer.kind === 'note') {
      over.append(svg('text', { x: sx(layer.at[0]), y: sy(layer.at[1]), 'text-anchor': layer.anchor ?? 'start', fill: css(COLOURS.text), class: 'chart-note' }, layer.text));
      continue;
    }
    const colour = toneColour(layer.tone);
    switch (layer.kind) {
      case 'spans': {
        const id = `hatch-${++uid}`;
        defs.append(hatch(id, colour));
        for (const s of layer.spans) plot.append(svg('rect', { x: sx(s.x0), y: m.t, width: Math.max(1, sx(s.x1) - sx(s.x0)), height: ph, fill: `url(#${id})` }));
        break;
      }
      case 'bands':
        for (const r of layer.rects) {
          const y0 = sy(clampY(Math.max(r.y0, r.y1)));
          const y1 = sy(clampY(Math.min(r.y0, r.y1)));
          plot.append(svg('rect', { x: sx(r.x0), y: y0, width: Math.max(1, sx(r.x1) - sx(r.x0)), height: Math.max(2, y1 - y0), fill: colour, 'fill-opacity': 0.3, stroke: colour, 'stroke-opacity': 0.7, 'stroke-width': 1 }));
        }
        break;
      case 'bars':
        for (const b of layer.bars) {
          const top = sy(clampY(b.y));
          plot.append(svg('rect', { x: sx(b.x0) + 1, y: top, width: Math.max(1, sx(b.x1) - sx(b.x0) - 2), height: Math.max(0, sy(Math.max(ya.min, 0)) - top), fill: colour }));
          if (b.label) over.append(svg('text', { x: (sx(b.x0) + sx(b.x1)) / 2, y: top - 5, 'text-anchor': 'middle', fill: css(COLOURS.text), class: 'chart-tick' }, b.label));
        }
        break;
      case 'rule': {
        const dash = layer.dash ? { 'stroke-dasharray': '6 4' } : {};
        if (layer.axis === 'y') {
          const y = sy(layer.at);
          plot.append(svg('line', { x1: m.l, x2: m.l + pw, y1: y, y2: y, stroke: colour, 'stroke-width': 2, ...dash }));
        } else {
          const x = sx(layer.at);
          plot.append(svg('line', { x1: x, x2: x, y1: m.t, y2: m.t + ph, stroke: colour, 'stroke-width': 2, ...dash }));
        }
        break;
      }
      case 'line': {
        let d = '';
        let pen = false;
        let last: Point | null = null;
        for (const p of layer.points) {
          if (!p) {
            pen = false;
            continue;
          }
          const [x, y] = [sx(p[0]), sy(clampY(p[1]))];
          if (pen && layer.step && last) d += `L${x.toFixed(1)},${sy(clampY(last[1])).toFixed(1)}`;
          d += `${pen ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
          pen = true;
          last = p;
        }
        plot.append(svg('path', { d, fill: 'none', stroke: colour, 'stroke-width': 3, 'stroke-linejoin': 'round', 'stroke-linecap': 'round', ...(layer.dash ? { 'stroke-dasharray': '7 5' } : {}) }));
        if (layer.marker) {
          const pts = layer.points.filter((p): p is Point => p !== null);
          for (const p of layer.markAll ? pts : pts.slice(-1)) over.append(markerShape(layer.marker, sx(p[0]), sy(clampY(p[1])), 4.5, colour));
        }
        if (layer.endLabel && last) ends.push({ y: sy(clampY(last[1])), text: layer.endLabel, colour });
        break;
      }
      case 'points':
        for (const p of layer.points) over.append(markerShape(layer.marker, sx(p[0]), sy(clampY(p[1])), layer.size ?? 5, colour));
        break;
    }
  }
  // Direct labels at the lines' ends, pushed apart so they never overlap.
  ends.sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i += 1) ends[i]!.y = Math.max(ends[i]!.y, ends[i - 1]!.y + 17);
  for (const e of ends) over.append(svg('text', { x: m.l + pw + 8, y: e.y + 5, fill: e.colour, class: 'chart-end-label' }, e.text));
  root.append(plot, over);
  return root;
}

/**
 * The chart with its title, legend, summary and data table. A "Numbers" button swaps the chart for its table;
 * the table is always in the page for screen readers.
 */
export function chartFigure(spec: ChartSpec, options: ChartOptions): HTMLElement {
  const id = `chart-${++uid}`;
  const title = el(options.headingLevel === 4 ? 'h4' : 'h3', { class: 'chart-title', id: `${id}-title` }, spec.title);
  const summary = el('p', { class: 'chart-summary', id: `${id}-summary` }, spec.summary);
  const svgNode = chartSvg(spec, options, `${id}-title ${id}-summary`);
  const data = el('div', { class: 'chart-table visually-hidden', id: `${id}-table` }, table(spec.table.caption, spec.table.head, spec.table.rows));
  const toggle = el('button', { type: 'button', class: 'btn btn-quiet chart-toggle', 'aria-controls': `${id}-table`, 'aria-expanded': 'false' }, 'Numbers');
  const plotBox = el('div', { class: 'chart-plot' });
  plotBox.append(svgNode);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Chart' : 'Numbers';
    data.classList.toggle('visually-hidden', !open);
    data.classList.toggle('chart-table-open', open);
    plotBox.hidden = open;
  });
  const figure = el('figure', { class: `chart ${options.className ?? ''}`.trim(), 'aria-labelledby': `${id}-title` });
  figure.style.width = `${options.width}px`; // the caption wraps to the chart's width
  const legend = el('ul', { class: 'legend', 'aria-label': 'Key' });
  spec.layers.forEach((layer, i) => {
    if (layer.kind === 'note' || options.legend === false) return;
    append(legend, el('li', {}, swatch(layer, `${id}-sw-${i}`), el('span', {}, layer.label)));
  });
  append(figure, el('div', { class: 'chart-head' }, title, toggle), legend.childElementCount ? legend : null, plotBox, data, summary);
  return figure;
}
