/**
 * Turns zod's schema issues into plain sentences with a suggested fix. Authors are teachers and students, so a
 * message names what was expected and what was found ("expected a number, got the text "7m""), and the fix
 * says what to write instead.
 */
import type { z } from 'zod';
import { descriptionAt, fieldsAt, type PathPart } from './figures';

export interface Explained {
  readonly path: PathPart[];
  readonly message: string;
  readonly fix?: string;
}

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'a mapping of fields',
  array: 'a list',
  tuple: 'a list',
  record: 'a mapping',
  null: 'null',
};

const clip = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/** What the author wrote, in words. */
const describeValue = (x: unknown): string => {
  if (x === undefined) return 'nothing';
  if (x === null) return 'null';
  if (typeof x === 'string') return `the text "${clip(x)}"`;
  if (typeof x === 'number') return Number.isFinite(x) ? String(x) : `${x} (not a finite number)`;
  if (typeof x === 'boolean') return String(x);
  if (Array.isArray(x)) return `a list of ${x.length}`;
  if (typeof x === 'object') return 'a mapping';
  return typeof x;
};

/** Edit distance, for "did you mean". */
const distance = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const next = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = next;
    }
  }
  return row[b.length]!;
};

/** The closest allowed name, if one is close enough to be a slip of the keyboard. */
export const closest = (word: string, options: readonly string[]): string | null => {
  let best: string | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const option of options) {
    const d = distance(word.toLowerCase(), option.toLowerCase());
    if (d < bestD) [best, bestD] = [option, d];
  }
  return best !== null && bestD <= Math.max(1, Math.floor(word.length / 3)) ? best : null;
};

/** A fix for a number written as text ("55%", "7m", "1,000"). */
const numberFix = (input: unknown): string => {
  if (typeof input === 'number') return 'write a finite number';
  if (typeof input !== 'string') return 'write a plain number, such as 0.5 or 1200';
  const s = input.trim();
  if (/^-?[\d.]+\s*%$/.test(s)) return `write shares as fractions from 0 to 1: ${s} is ${Number(s.replace('%', '')) / 100}`;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return `leave out the thousands separators: ${s.replace(/,/g, '')}`;
  if (/^-?[\d.]+\s*[kmb]n?$/i.test(s)) return 'write the number in full (7.37m is 7370000), in the unit the field names';
  if (/^[+-]?(nan|inf|infinity)$/i.test(s)) return 'write a finite number';
  return 'write a plain number, without quotes or units';
};

const FORMS: readonly [RegExp, string][] = [
  [/trigger(\.|$)/, 'a trigger is one of { date: YYYY-MM-DD }, { week: N }, { from: DATE, to: DATE, chancePerWeek: 0..1 } or { when: { figure, op, value }, chancePerWeek: 0..1 }'],
  [/grid(\.|$)/, 'a grid is { min, max, step } or { values: [ … ] } with at least two values'],
];

const DATE_FIELDS = new Set(['date', 'from', 'to', 'start', 'opened', 'closed', 'mandateValidUntil']);

const last = (path: readonly PathPart[]): string => {
  const key = [...path].reverse().find((p) => typeof p === 'string');
  return typeof key === 'string' ? key : 'this item';
};

const fractionHint = (issue: Issue & { code: 'too_big' }): string | undefined => {
  const input = (issue as { input?: unknown }).input;
  return Number(issue.maximum) === 1 && typeof input === 'number' && input > 1 && input <= 100
    ? `write shares as fractions from 0 to 1: ${input}% is ${input / 100}`
    : undefined;
};

/** Picks the branch of a union that came closest to matching: one whose problems lie inside the value. */
const bestBranch = (errors: readonly (readonly Issue[])[]): readonly Issue[] | null => {
  const deep = errors.filter((branch) => branch.length > 0 && branch.every((e) => e.path.length > 0 || e.code !== 'invalid_type'));
  if (deep.length === 0) return null;
  return deep.reduce((a, b) => (b.length < a.length ? b : a));
};

const explainOne = (issue: Issue, prefix: readonly PathPart[], out: Explained[], root: z.ZodType | undefined): void => {
  const path = [...prefix, ...(issue.path as PathPart[])];
  const input = (issue as { input?: unknown }).input;
  const pathText = path.map(String).join('.');
  const form = FORMS.find(([pattern]) => pattern.test(pathText))?.[1];
  switch (issue.code) {
    case 'invalid_type': {
      const isDate = issue.expected === 'string' && DATE_FIELDS.has(last(path));
      const expected = isDate ? 'a date written YYYY-MM-DD' : (TYPE_NAMES[issue.expected] ?? issue.expected);
      if (input === undefined) {
        // A vocabulary term says what it is, so a missing one is named with its meaning.
        const meaning = path[0] === 'vocabulary' ? descriptionAt(path, root) : undefined;
        const what = meaning ? `the vocabulary term ${path.slice(1).join('.')}` : last(path);
        out.push({ path, message: `${what} is missing${meaning ? `: ${meaning.charAt(0).toLowerCase()}${meaning.slice(1)}` : ''}`, fix: `add ${last(path)}: (${expected})${form ? `; ${form}` : ''}` });
      } else {
        const fix = issue.expected === 'number' || issue.expected === 'int' ? numberFix(input) : `write ${expected} here`;
        out.push({ path, message: `expected ${expected}, got ${describeValue(input)}`, fix });
      }
      return;
    }
    case 'invalid_union': {
      const branch = bestBranch(issue.errors as Issue[][]);
      if (branch) {
        for (const inner of branch) explainOne(inner, path, out, root);
        return;
      }
      const expected = [...new Set((issue.errors as Issue[][]).flatMap((b) => b.filter((e) => e.code === 'invalid_type').map((e) => (e as { expected: string }).expected)))];
      const isFigure = expected.includes('number') && expected.includes('object');
      if (input === undefined) {
        out.push({ path, message: `${last(path)} is missing`, fix: `add ${last(path)}:${form ? `; ${form}` : ''}` });
        return;
      }
      out.push({
        path,
        message: isFigure
          ? `expected a number (or { value, source, tag, note }), got ${describeValue(input)}`
          : `expected ${expected.map((e) => TYPE_NAMES[e] ?? e).join(' or ')}, got ${describeValue(input)}`,
        fix: form ?? (isFigure ? numberFix(input) : 'see the authoring guide for the shapes this field takes'),
      });
      return;
    }
    case 'too_big': {
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      const got = issue.origin === 'string' && typeof input === 'string' ? `${input.length} characters` : issue.origin === 'array' && Array.isArray(input) ? `${input.length} items` : describeValue(input);
      out.push({
        path,
        message: `${got} is more than the ${issue.inclusive === false ? 'limit' : 'largest allowed'}, ${String(issue.maximum)}${unit}`,
        fix: fractionHint(issue) ?? `use at most ${String(issue.maximum)}${unit}`,
      });
      return;
    }
    case 'too_small': {
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      const empty = (issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) === 1;
      out.push({
        path,
        message: empty ? `${last(path)} must not be empty` : `${describeValue(input)} is less than the ${issue.inclusive === false ? 'limit' : 'smallest allowed'}, ${String(issue.minimum)}${unit}`,
        fix: empty ? `write something for ${last(path)}` : `use at least ${String(issue.minimum)}${unit}${form ? `; ${form}` : ''}`,
      });
      return;
    }
    case 'invalid_format':
      out.push({ path, message: `${describeValue(input)} is not ${issue.message.replace(/^Invalid string: /, '')}`, fix: `write ${issue.message}` });
      return;
    case 'invalid_value': {
      const values = issue.values.map(String);
      const guess = typeof input === 'string' ? closest(input, values) : null;
      out.push({ path, message: `${describeValue(input)} is not one of ${values.join(', ')}`, fix: guess ? `did you mean ${guess}?` : `use one of ${values.join(', ')}` });
      return;
    }
    case 'unrecognized_keys': {
      const allowed = fieldsAt(path, root);
      for (const key of issue.keys) {
        const guess = closest(key, allowed);
        out.push({
          path: [...path, key],
          message: `unknown field "${clip(key)}"`,
          fix: guess ? `did you mean ${guess}?` : `remove it${allowed.length ? `; the fields here are ${allowed.join(', ')}` : ''}`,
        });
      }
      return;
    }
    default:
      out.push({ path, message: issue.message });
  }
};

/** Plain-language problems, each with a fix, from a failed schema check against `root` (format 2's schema unless given). */
export const explainIssues = (issues: readonly Issue[], root?: z.ZodType): Explained[] => {
  const out: Explained[] = [];
  for (const issue of issues) explainOne(issue, [], out, root);
  return out;
};
