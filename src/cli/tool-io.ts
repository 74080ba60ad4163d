/**
 * What every command-line tool shares: where it writes and looks (so tests run it in-process), how what it
 * throws becomes an exit code and one line on stderr, and how it is wired to the process when run directly.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface ToolIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (a progress bar redraws in place there). */
  readonly stderrIsTTY?: boolean;
  /** Where relative paths are read from; the process's by default. */
  readonly cwd?: string;
  /** The repository root, where `scenarios/` lives; this repository by default. */
  readonly root?: string;
}

/** A problem with what the user asked for (a flag, a file, a scenario): one line on stderr, exit code 2. */
export class UsageError extends Error {}

/** A whole-number flag's value from `min` to `max`, or `fallback` when it is not given; anything else is a UsageError. */
export const wholeNumber = (flag: string, text: string | undefined, fallback: number, min: number, max: number): number => {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) throw new UsageError(`--${flag} "${text}" must be a whole number from ${min} to ${max}`);
  return Number(text);
};

type ToolOptions<Valued extends string, Switch extends string> = { readonly [K in Valued]: { readonly type: 'string' } } & {
  readonly [K in Switch]: { readonly type: 'boolean' };
} & { readonly help: { readonly type: 'boolean'; readonly short: 'h' } };

/** A tool's flags for `readFlags`: those that take a value, then the switches, then --help (-h), which every tool has. */
export const toolOptions = <const Valued extends string, const Switch extends string>(valued: readonly Valued[], switches: readonly Switch[]): ToolOptions<Valued, Switch> =>
  Object.fromEntries([
    ...valued.map((name) => [name, { type: 'string' }]),
    ...switches.map((name) => [name, { type: 'boolean' }]),
    ['help', { type: 'boolean', short: 'h' }],
  ]) as ToolOptions<Valued, Switch>;

/** The flags in `config.args`; one the tool does not know, or one missing its value, is a UsageError. */
export const readFlags = <const Config extends ParseArgsConfig>(config: Config): ReturnType<typeof parseArgs<Config>> => {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError(`${(e instanceof Error ? e.message : String(e)).split('\n')[0]} (see --help)`);
  }
};

/** A tool's work: reads `argv`, writes only through `io`, and returns the exit code. */
type ToolMain<Code extends number | Promise<number>> = (argv: readonly string[], io: ToolIO) => Code;

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/** The exit code for what a tool threw: 2 for a UsageError, 1 (a bug) for anything else. */
const failed = (tool: string, io: ToolIO, e: unknown): number => {
  if (e instanceof UsageError) {
    io.stderr(`${tool}: ${oneLine(e.message)}\n`);
    return 2;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`${tool}: internal error: ${oneLine(message)} (this is a bug in Standoff; please report it with the command you ran)\n`);
  if (process.env.STANDOFF_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  return 1;
};

/** `work` as the tool's `main`, which never throws: a failure is reported on stderr and becomes the exit code. */
export function toolMain(tool: string, work: ToolMain<number>): ToolMain<number>;
export function toolMain(tool: string, work: ToolMain<Promise<number>>): ToolMain<Promise<number>>;
export function toolMain(tool: string, work: ToolMain<number | Promise<number>>): ToolMain<number | Promise<number>> {
  return (argv, io) => {
    try {
      const code = work(argv, io);
      return typeof code === 'number' ? code : code.catch((e: unknown) => failed(tool, io, e));
    } catch (e) {
      return failed(tool, io, e);
    }
  };
}

/** True when the module at `moduleUrl` is the program being run (not imported by a test). */
const isEntryPoint = (moduleUrl: string): boolean => {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return pathToFileURL(realpathSync(entry)).href === pathToFileURL(realpathSync(fileURLToPath(moduleUrl))).href;
  } catch {
    return false;
  }
};

/** A reader that goes away (`| head`) is not an error: stop quietly instead of printing a stack trace. */
const exitQuietlyOnClosedPipe = (): void => {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
};

/** When the module at `moduleUrl` is the program being run, runs `main` on the process's arguments and streams. */
export const runTool = async (moduleUrl: string, main: ToolMain<number | Promise<number>>): Promise<void> => {
  if (!isEntryPoint(moduleUrl)) return;
  exitQuietlyOnClosedPipe();
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
  });
};
