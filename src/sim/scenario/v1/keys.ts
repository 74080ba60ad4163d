/**
 * What format 2 changed in format 1's keys, as data: the migration (plain data and YAML documents), the
 * messages for a key of the other format, and the mapping of problem paths all read these tables.
 * This folder keeps format 1's names on purpose; the side-neutral rename (v2-codemod.sh) leaves it alone.
 */
import type { PathPart } from '../figures';

/** A key renamed where it sits under `parent` (`*` stands for any list index). */
export interface RenamedKey {
  readonly parent: readonly string[];
  readonly v1: string;
  readonly v2: string;
}

export const RENAMED_KEYS: readonly RenamedKey[] = [
  { parent: ['sides'], v1: 'bma', v2: 'union' },
  { parent: ['sides'], v1: 'gov', v2: 'employer' },
  { parent: ['personas', '*', 'descriptions'], v1: 'bma', v2: 'union' },
  { parent: ['personas', '*', 'descriptions'], v1: 'gov', v2: 'employer' },
  { parent: ['issues', '*'], v1: 'bmaValue', v2: 'unionValue' },
  { parent: ['issues', '*'], v1: 'bmaWeight', v2: 'unionWeight' },
  { parent: ['issues', '*'], v1: 'govCostGBPmPerYear', v2: 'employerCostGBPmPerYear' },
  { parent: ['opinion', 'blame'], v1: 'government', v2: 'employer' },
  { parent: ['opinion', 'blame'], v1: 'doctors', v2: 'union' },
  { parent: ['statements'], v1: 'bma', v2: 'union' },
  { parent: ['statements'], v1: 'gov', v2: 'employer' },
  { parent: ['scoring'], v1: 'bma', v2: 'union' },
  { parent: ['scoring'], v1: 'gov', v2: 'employer' },
];

/** Format 1's side keys and format 2's, in the same order. */
export const SIDE_KEYS = [
  { v1: 'bma', v2: 'union' },
  { v1: 'gov', v2: 'employer' },
] as const;

/** Fields format 2 moved out of each side into `vocabulary.<side>`. */
export const MOVED_SIDE_FIELDS = ['name', 'shortName'] as const;

/** Sections only format 2 has. */
export const V2_ONLY_SECTIONS = ['vocabulary', 'harm'] as const;

/** Format 1's waiting-list section becomes format 2's `harm`, with `kind: backlog` first. */
export const MOVED_SECTION = { v1: 'nhs', v2: 'harm', kind: 'backlog' } as const;

/**
 * The words a format 1 file never wrote because format 1 knew only one dispute: the game's words for the NHS
 * doctors' disputes it was made for. A migrated file gets them (and says "the" before each side's short name,
 * as format 1 always did), so it reads on screen as it did before.
 */
export const FORMAT_1_WORDS = {
  takesThe: true,
  workers: { singular: 'doctor', plural: 'doctors' },
  service: { name: 'NHS', takesThe: true },
  harm: {
    name: 'NHS waiting list',
    takesThe: true,
    unit: { singular: 'pathway', plural: 'pathways' },
    lost: { singular: 'appointment', plural: 'appointments' },
    unitMeaning: "Pathways: the NHS counts its waiting list in pathways, one patient's wait from referral to treatment; one person waiting for two treatments counts twice.",
  },
  blame: { union: 'the doctors', employer: 'the Government' },
  currency: { code: 'GBP', symbol: '£' },
} as const;

/** Whether a concrete path (`issues`, 2) sits where `pattern` (`issues`, `*`) says. */
export const matchesParent = (pattern: readonly string[], path: readonly PathPart[]): boolean =>
  pattern.length === path.length && pattern.every((part, i) => (part === '*' ? typeof path[i] === 'number' : part === path[i]));

/** A format 2 path as a format 1 file writes it (`sides.union.personas[0]` → `sides.bma.personas[0]`). */
export const toV1Path = (path: readonly PathPart[]): PathPart[] => {
  const out: PathPart[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const part = path[i]!;
    const renamed = RENAMED_KEYS.find((k) => k.v2 === part && matchesParent(k.parent, path.slice(0, i)));
    out.push(renamed ? renamed.v1 : part);
  }
  if (out[0] === MOVED_SECTION.v2) return [MOVED_SECTION.v1, ...out.slice(1)];
  // A side's names moved to vocabulary in format 2; in format 1 they sat under the side.
  if (out[0] === 'vocabulary' && typeof out[1] === 'string' && MOVED_SIDE_FIELDS.some((f) => f === out[2])) {
    const side = SIDE_KEYS.find((s) => s.v2 === out[1]);
    if (side) return ['sides', side.v1, ...out.slice(2)];
  }
  return out;
};

/**
 * A field path as `defaultProvenance[].under` writes it (`statements.bma`, `issues[].bmaWeight`, `sides.gov.name`),
 * rewritten with format 2's keys (`statements.union`, `issues[].unionWeight`, `vocabulary.employer.name`).
 */
export const migrateUnderPath = (under: string): string => {
  if (under === '') return under;
  const path: PathPart[] = [];
  const tokens = under.split('.').map((token) => {
    const [, key = token, brackets = ''] = /^([^[]*)(\[.*)?$/.exec(token) ?? [];
    const renamed = RENAMED_KEYS.find((k) => k.v1 === key && matchesParent(k.parent, path));
    path.push(renamed ? renamed.v2 : key);
    // Each [] or [n] stands for a list item, which a parent pattern writes as `*`.
    for (let i = 0; i < (brackets.match(/\[/g) ?? []).length; i += 1) path.push(0);
    return `${renamed ? renamed.v2 : key}${brackets}`;
  });
  if (path[0] === MOVED_SECTION.v1) return [MOVED_SECTION.v2, ...tokens.slice(1)].join('.');
  const side = SIDE_KEYS.find((s) => s.v2 === path[1]);
  if (path[0] === 'sides' && side && MOVED_SIDE_FIELDS.some((f) => f === path[2])) return ['vocabulary', ...tokens.slice(1)].join('.');
  return tokens.join('.');
};
