/**
 * Provenance slips: a source listed but never cited; figures that say neither where they come from nor that
 * they are assumptions; a figure tagged "sourced" that names no source; a persona no side offers.
 */
import { figureSlots, formatPath, type PathPart } from '../sim/scenario/figures';
import { warning, type Problem } from '../sim/scenario/problem';
import type { LintContext } from './lint-context';

const startsWith = (path: readonly PathPart[], prefix: readonly PathPart[]): boolean => prefix.every((part, i) => path[i] === part);

const citedSources = ({ file, scenario }: LintContext): Set<string> => {
  const used = new Set<string>();
  const add = (id: string | undefined) => {
    if (id) used.add(id);
  };
  for (const p of Object.values(scenario.provenance)) add(p.source);
  for (const issue of file.issues) add(issue.source);
  for (const event of file.events) add(event.source);
  for (const award of file.opinion.payMemory.awards ?? []) add(award.source);
  for (const item of file.history ?? []) add(item.source);
  for (const item of file.calendar ?? []) add(item.source);
  for (const d of file.defaultProvenance ?? []) add(d.source);
  return used;
};

export const lintProvenance = (ctx: LintContext): Problem[] => {
  const out: Problem[] = [];
  const used = citedSources(ctx);
  ctx.file.sources.forEach((s, i) => {
    if (!used.has(s.id)) {
      out.push(warning('source-unused', `sources[${i}].id`, `the source "${s.id}" is listed but nothing cites it`, `cite it from a figure ({ value: …, source: ${s.id} }), an issue, an event, a history item or a calendar date, or remove it`));
    }
  });

  // Bare figures, reported by the largest sections in which every figure is bare, grouped under their parent,
  // so a section written without provenance is one warning rather than one per number.
  const slots = figureSlots(ctx.file).map((slot) => {
    const path = formatPath(slot.path);
    const p = ctx.scenario.provenance[path];
    if (p?.tag === 'sourced' && !p.source) {
      out.push(warning('figure-unsourced', path, 'this figure is tagged "sourced" but names no source', 'add source: <id of an entry in sources>, or tag it calibrated or assumption'));
    }
    return { parts: slot.path, bare: !(p?.source || p?.tag) };
  });
  const coveredAll = (prefix: readonly PathPart[]) =>
    slots.every((s) => !startsWith(s.parts, prefix) || s.bare);
  const groups = new Map<string, PathPart[][]>();
  const seen = new Set<string>();
  for (const slot of slots) {
    if (!slot.bare) continue;
    let top = slot.parts.length;
    while (top > 1 && coveredAll(slot.parts.slice(0, top - 1))) top -= 1;
    const node = slot.parts.slice(0, top);
    if (seen.has(formatPath(node))) continue;
    seen.add(formatPath(node));
    // Whole top-level sections are reported one by one; smaller pieces under their parent.
    const group = node.length === 1 ? formatPath(node) : formatPath(node.slice(0, -1));
    groups.set(group, [...(groups.get(group) ?? []), node]);
  }
  for (const [group, nodes] of groups) {
    const count = slots.filter((s) => s.bare && nodes.some((n) => startsWith(s.parts, n))).length;
    const names = nodes.map((n) => (n.length === 1 ? null : n[n.length - 1]!)).filter((x) => x !== null).map((x) => (typeof x === 'number' ? `[${x}]` : x));
    const what = count === 1 ? (names[0] ? `${names[0]} has` : 'this figure has') : `${count} figures${names.length ? ` (${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''})` : ''} have`;
    out.push(
      warning(
        'figure-unsourced',
        group,
        `${what} no source or tag`,
        `write each as { value: …, source: <id> } or { value: …, tag: assumption, note: "why" }, or cover them with defaultProvenance (under: ${group})`,
      ),
    );
  }

  const offered = new Set([...ctx.file.sides.union.personas, ...ctx.file.sides.employer.personas]);
  ctx.file.personas.forEach((p, i) => {
    if (!offered.has(p.id)) out.push(warning('persona-unused', `personas[${i}].id`, `the persona "${p.id}" is defined but neither side offers it`, 'add it to sides.union.personas or sides.employer.personas, or remove it'));
  });
  return out;
};
