/**
 * The headless runner's flags (scenarios/README.md#headless-runner). Parsing checks only what can be checked without the scenario:
 * personas and script contents are checked once the scenario is loaded. Every problem is one plain sentence.
 */
import { parseArgs } from 'node:util';
import { err, ok, type Result } from '../sim/result';
import { toolOptions } from './tool-io';

export const DEFAULT_SCENARIO = 'resident-doctors-2025';

export const USAGE = `Usage: npm run -s sim -- --scenario <id|path> --seed <s> --union <player> --employer <player>
                        [--weeks N] [--format table|json] [--out FILE] [--session-out FILE]
       npm run -s sim -- --list-personas [--scenario <id|path>]
  <player> is ai (the scenario's default persona), ai:<persona>, or script:FILE (a JSON script file).
  --weeks N      play weeks 0..N-1 only (default: to the end of the game)
  --format       table (default, for people) or json (one JSON object)
  --out FILE     write the output to FILE instead of standard output
  --session-out FILE  also write the game as a session file (for the class report)
  --list-personas  list each side's personas for the scenario and exit
  --help         show this help`;

/** Who plays a side in the runner: the AI with an optional persona, or a script file. */
export type PlayerSpec = { readonly kind: 'ai'; readonly persona: string | null } | { readonly kind: 'script'; readonly file: string };

export interface SimArgs {
  readonly mode: 'play' | 'list-personas' | 'help';
  /** The scenario as written (id or path); null when left out (allowed only with --list-personas and --help). */
  readonly scenario: string | null;
  readonly seed: string;
  readonly union: PlayerSpec;
  readonly employer: PlayerSpec;
  /** Weeks to play at most; null plays to the end. */
  readonly weeks: number | null;
  readonly format: 'table' | 'json';
  readonly out: string | null;
  /** Where to write a session file of the game (see docs/architecture.md, "Sharing a game"), or null. */
  readonly sessionOut: string | null;
}

/** The run the flags ask for, or one sentence saying what is wrong with them. */
export type ArgsResult = Result<SimArgs, string>;

const OPTIONS = toolOptions(['scenario', 'seed', 'union', 'employer', 'weeks', 'format', 'out', 'session-out'], ['list-personas']);

const FLAG_LIST = Object.keys(OPTIONS).map((name) => `--${name}`).join(', ');


/** Reads `ai`, `ai:<persona>` or `script:FILE`; persona ids are checked later against the scenario. */
export const parsePlayerSpec = (flag: 'union' | 'employer', text: string): Result<PlayerSpec, string> => {
  if (text === 'human') {
    return err(`--${flag} human: the headless runner has nobody to ask for moves; use ai, ai:<persona> or script:FILE`);
  }
  if (text === 'ai') return ok({ kind: 'ai', persona: null });
  if (text.startsWith('ai:')) {
    const persona = text.slice(3);
    if (persona === '') return err(`--${flag} ai: needs a persona id after the colon (or plain ai for the default persona)`);
    return ok({ kind: 'ai', persona });
  }
  if (text.startsWith('script:')) {
    const file = text.slice(7);
    if (file === '') return err(`--${flag} script: needs a file name after the colon, as in script:plans/${flag}.json`);
    return ok({ kind: 'script', file });
  }
  return err(`--${flag} "${text}" is not a player; use ai, ai:<persona> or script:FILE`);
};

/** Turns one of parseArgs's errors into a single sentence. */
const explainParseError = (e: unknown): string => {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const message = e instanceof Error ? e.message : String(e);
  const quoted = /'([^' ]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown flag ${quoted || message}; the flags are ${FLAG_LIST}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(message)) return `${quoted} is a switch and takes no value`;
      return `${quoted} needs a value (write ${quoted}=VALUE when the value starts with "-")`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${quoted || message}": every value follows its flag, as in --seed 7`;
    default:
      return message.split('\n')[0] ?? 'the flags could not be read';
  }
};

const readFlags = (argv: readonly string[]) => parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false, tokens: true });

export const parseSimArgs = (argv: readonly string[]): ArgsResult => {
  let parsed: ReturnType<typeof readFlags>;
  try {
    parsed = readFlags(argv);
  } catch (e) {
    return err(explainParseError(e));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) return err(`--${token.name} is given more than once`);
    seen.add(token.name);
  }
  const v = parsed.values;
  const base = { scenario: v.scenario ?? null, seed: '', union: { kind: 'ai', persona: null }, employer: { kind: 'ai', persona: null }, weeks: null, format: 'table', out: null, sessionOut: null } as const;
  if (v.scenario !== undefined && v.scenario.trim() === '') return err('--scenario needs a scenario id or a file path');
  if (v.help) return ok({ ...base, mode: 'help' });
  // --list-personas reads only --scenario, so it can be added to any command line.
  if (v['list-personas']) return ok({ ...base, mode: 'list-personas' });

  if (v.scenario === undefined) return err(`--scenario is required: a scenario id (such as ${DEFAULT_SCENARIO}) or a file path`);
  if (v.seed === undefined) return err('--seed is required (any text; the same seed replays the same game)');
  if (v.seed === '') return err('--seed must not be empty');
  if (v.union === undefined) return err('--union is required: ai, ai:<persona> or script:FILE');
  if (v.employer === undefined) return err('--employer is required: ai, ai:<persona> or script:FILE');
  const union = parsePlayerSpec('union', v.union);
  if (!union.ok) return union;
  const employer = parsePlayerSpec('employer', v.employer);
  if (!employer.ok) return employer;

  let weeks: number | null = null;
  if (v.weeks !== undefined) {
    if (!/^\d+$/.test(v.weeks) || Number(v.weeks) < 1 || Number(v.weeks) > 100_000) {
      return err(`--weeks "${v.weeks}" is not a number of weeks; give a whole number of at least 1`);
    }
    weeks = Number(v.weeks);
  }
  const format = v.format ?? 'table';
  if (format !== 'table' && format !== 'json') return err(`--format "${format}" is not a format; use table or json`);
  if (v.out !== undefined && v.out === '') return err('--out needs a file name');
  if (v['session-out'] !== undefined && v['session-out'] === '') return err('--session-out needs a file name');
  return ok({ mode: 'play', scenario: v.scenario, seed: v.seed, union: union.value, employer: employer.value, weeks, format, out: v.out ?? null, sessionOut: v['session-out'] ?? null });
};
