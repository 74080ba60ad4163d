/**
 * Script files for the headless runner: a JSON array of `{ week, side, actions }` entries holding one side's
 * moves (scenarios/README.md#script-files, beside every action's shape). This module checks shapes only:
 * JSON types, action types, field names, tones and dates. Whether an action is legal in its week (notice, mandate,
 * grid, budget, whose lever it is) is the core's question, answered when the week is played.
 */
import { readFileSync } from 'node:fs';
import { ACTION_TYPES, STATEMENT_TONES, err, ok, parseIsoDate, type ActionType, type Result, type Scenario, type ScriptAction, type SideId } from '../sim';

export interface ScriptEntry {
  readonly week: number;
  readonly side: SideId;
  readonly actions: readonly ScriptAction[];
}

/** A script's entries, or one sentence naming the file, the entry and the field at fault. */
export type ScriptResult = Result<readonly ScriptEntry[], string>;

const MAX_SCRIPT_BYTES = 10_000_000;

/** Fields each action type takes besides `type`, with a check for each field's value (null when it is fine). */
const FIELDS: Readonly<Record<ActionType, Readonly<Record<string, (value: unknown, path: string) => string | null>>>> = (() => {
  const offer = (value: unknown, path: string): string | null => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return `${path}: must be an object of issue ids and values, as in { "pay": 4 }`;
    for (const [issue, v] of Object.entries(value)) {
      if (typeof v !== 'number' || !Number.isFinite(v)) return `${path}.${issue}: must be a number (got ${JSON.stringify(v)})`;
    }
    return null;
  };
  const number = (value: unknown, path: string): string | null =>
    typeof value === 'number' && Number.isFinite(value) ? null : `${path}: must be a number (got ${JSON.stringify(value)})`;
  const date = (value: unknown, path: string): string | null =>
    typeof value === 'string' && parseIsoDate(value) !== null ? null : `${path}: must be a date written YYYY-MM-DD (got ${JSON.stringify(value)})`;
  const tone = (value: unknown, path: string): string | null =>
    typeof value === 'string' && (STATEMENT_TONES as readonly string[]).includes(value)
      ? null
      : `${path}: must be one of ${STATEMENT_TONES.map((t) => `"${t}"`).join(', ')} (got ${JSON.stringify(value)})`;
  return {
    propose: { offer },
    imposeAward: { offer },
    accept: {},
    reject: {},
    withdraw: {},
    endTurn: {},
    suspendStrike: {},
    openBallot: {},
    putToMembers: {},
    callStrike: { start: date, days: number },
    statement: { tone },
    setMitigation: { level: number },
    fundCatchUp: { gbpM: number },
  };
})();

/** Fields an action may leave out: how the union runs a members' vote (the core checks their range). */
const OPTIONAL_FIELDS: Readonly<Partial<Record<ActionType, Readonly<Record<string, (value: unknown, path: string) => string | null>>>>> = (() => {
  const weeks = (value: unknown, path: string): string | null =>
    typeof value === 'number' && Number.isInteger(value) ? null : `${path}: must be a whole number of weeks, 1 to 4 (got ${JSON.stringify(value)})`;
  const flag = (value: unknown, path: string): string | null => (typeof value === 'boolean' ? null : `${path}: must be true or false (got ${JSON.stringify(value)})`);
  const vote = { voteWeeks: weeks, continueAction: flag };
  return { accept: vote, putToMembers: vote };
})();

const describe = (value: unknown): string => (Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : JSON.stringify(value));

const checkAction = (raw: unknown, path: string): string | null => {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return `${path}: must be an object such as { "type": "endTurn" } (got ${describe(raw)})`;
  const action = raw as Record<string, unknown>;
  if (!('type' in action)) return `${path}: has no "type"; the action types are ${ACTION_TYPES.join(', ')}`;
  if (typeof action.type !== 'string' || !(ACTION_TYPES as readonly string[]).includes(action.type)) {
    return `${path}.type: ${JSON.stringify(action.type)} is not an action type; the types are ${ACTION_TYPES.join(', ')}`;
  }
  const fields = FIELDS[action.type as ActionType];
  const optional = OPTIONAL_FIELDS[action.type as ActionType] ?? {};
  for (const key of Object.keys(action)) {
    if (key === 'type') continue;
    if (key === 'side') return `${path}.side: an action takes its side from its entry; remove "side"`;
    if (!(key in fields) && !(key in optional)) {
      const allowed = [...Object.keys(fields), ...Object.keys(optional).map((k) => `${k} (optional)`)];
      return `${path}.${key}: ${action.type} has no field "${key}"${allowed.length ? ` (its fields are ${allowed.join(', ')})` : ' (it takes no fields)'}`;
    }
  }
  for (const [key, check] of Object.entries(fields)) {
    if (!(key in action)) return `${path}.${key}: missing; ${action.type} needs ${Object.keys(fields).join(' and ')}`;
    const problem = check(action[key], `${path}.${key}`);
    if (problem) return problem;
  }
  for (const [key, check] of Object.entries(optional)) {
    const problem = key in action ? check(action[key], `${path}.${key}`) : null;
    if (problem) return problem;
  }
  return null;
};

/** Line and column of a character offset, 1-based. */
const lineCol = (text: string, offset: number): string => {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
};

/**
 * Where JSON text first goes wrong and what was expected there (Node's JSON.parse does not always say where).
 * Null when the text is valid.
 */
export const locateJsonError = (text: string): { offset: number; expected: string } | null => {
  let i = 0;
  const stop = (expected: string): never => {
    throw Object.assign(new Error(expected), { offset: i, expected });
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const string = () => {
    i += 1;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i += 1;
        return;
      }
      if (ch < ' ') stop('a closing quote before the end of the line');
      i += ch === '\\' ? 2 : 1;
    }
    stop('a closing quote');
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i += 1;
      ws();
      if (text[i] === close) {
        i += 1;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') stop('a field name in double quotes');
          string();
          ws();
          if (text[i] !== ':') stop('":"');
          i += 1;
        }
        value();
        ws();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        if (text[i] === close) {
          i += 1;
          return;
        }
        stop(`"," or "${close}"`);
      }
    }
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    const n = NUMBER.exec(text);
    if (n && n[0] !== '-') {
      i += n[0].length;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    stop('a value');
  };
  try {
    value();
    ws();
    if (i < text.length) stop('the end of the file');
    return null;
  } catch (e) {
    const found = e as { offset?: number; expected?: string };
    return typeof found.offset === 'number' && found.expected ? { offset: found.offset, expected: found.expected } : null;
  }
};

/** Why JSON text does not parse, with the place. */
const jsonProblem = (text: string, e: unknown): string => {
  if (text.trim() === '') return 'the file is empty';
  const where = locateJsonError(text);
  if (where) {
    const found = where.offset >= text.length ? 'the end of the file' : JSON.stringify(text[where.offset]);
    return `${lineCol(text, where.offset)}: expected ${where.expected}, found ${found}`;
  }
  return e instanceof Error ? e.message.split('\n')[0]! : String(e);
};

/**
 * Checks a script's text. `side` is the side the file was given to; `scenario` bounds the week numbers.
 * Problems name the file, the entry (by index and week) and the field.
 */
export const parseScriptText = (text: string, fileName: string, side: SideId, scenario: Scenario): ScriptResult => {
  const fail = (message: string): ScriptResult => err(`script ${fileName}: ${message}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, '')); // editors on Windows may start the file with a byte-order mark
  } catch (e) {
    return fail(`not valid JSON: ${jsonProblem(text, e)}`);
  }
  if (!Array.isArray(raw)) return fail(`must be a JSON list of entries such as [{ "week": 0, "side": "${side}", "actions": [] }] (got ${describe(raw)})`);
  const entries: ScriptEntry[] = [];
  const last = scenario.horizonWeeks - 1;
  for (let i = 0; i < raw.length; i += 1) {
    const entry: unknown = raw[i];
    const at = `entry ${i}`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return fail(`${at}: must be an object with week, side and actions (got ${describe(entry)})`);
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (!['week', 'side', 'actions', 'note'].includes(key)) return fail(`${at}.${key}: unknown field; an entry has week, side, actions and an optional note`);
    }
    if (!('week' in e)) return fail(`${at}.week: missing`);
    if (typeof e.week !== 'number' || !Number.isInteger(e.week) || e.week < 0) return fail(`${at}.week: must be a whole number from 0 (got ${describe(e.week)})`);
    if (e.week > last) return fail(`${at}.week: ${e.week} is after the scenario's last week (${last})`);
    const here = `${at} (week ${e.week})`;
    if (!('side' in e)) return fail(`${here}.side: missing; write "side": "${side}"`);
    if (e.side !== 'union' && e.side !== 'employer') return fail(`${here}.side: must be "union" or "employer" (got ${describe(e.side)})`);
    if (e.side !== side) return fail(`${here}.side: "${e.side}", but this file was given to --${side}; a script holds one side's moves`);
    if (e.note !== undefined && typeof e.note !== 'string') return fail(`${here}.note: must be text`);
    if (!('actions' in e)) return fail(`${here}.actions: missing; write "actions": [] for a plain end of turn`);
    if (!Array.isArray(e.actions)) return fail(`${here}.actions: must be a list of actions (got ${describe(e.actions)})`);
    for (let j = 0; j < e.actions.length; j += 1) {
      const problem = checkAction(e.actions[j], `${here}.actions[${j}]`);
      if (problem) return fail(problem);
    }
    entries.push({ week: e.week, side, actions: e.actions as ScriptAction[] });
  }
  return ok(entries);
};

/** Reads and checks a script file (a path relative to the working directory, or absolute). */
export const readScriptFile = (path: string, side: SideId, scenario: Scenario): ScriptResult => {
  let text: string;
  try {
    const buffer = readFileSync(path);
    if (buffer.length > MAX_SCRIPT_BYTES) return err(`script ${path}: the file is ${buffer.length} bytes; a script may be at most ${MAX_SCRIPT_BYTES}`);
    text = buffer.toString('utf8');
  } catch (e) {
    return err(`script ${path}: ${fileProblem(e)}`);
  }
  return parseScriptText(text, path, side, scenario);
};

/** A file-system error as a short phrase. */
export const fileProblem = (e: unknown): string => {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return e instanceof Error ? e.message.split('\n')[0]! : String(e);
  }
};
