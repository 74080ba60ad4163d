/**
 * The one shape of a problem with a scenario, from the YAML reader through the schema and the cross-field
 * checks to the lints, the Workbench and `scenario:check`: what is wrong, where, and what to write instead.
 * Errors stop a file from loading; warnings flag likely slips.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  readonly severity: Severity;
  /** A stable kebab-case code: `syntax`, `schema`, `no-zopa`, `event-never-fires`, … */
  readonly code: string;
  /** Field path as written in messages, e.g. `issues[2].grid.max`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
  /** What to write instead, when there is a likely fix. */
  readonly fix?: string;
  /** 1-based line in the file, when the file was read from text. */
  readonly line?: number;
}

const make = (severity: Severity, code: string, path: string, message: string, fix?: string): Problem =>
  fix === undefined ? { severity, code, path, message } : { severity, code, path, message, fix };

/** A problem that stops the file from loading. */
export const error = (code: string, path: string, message: string, fix?: string): Problem => make('error', code, path, message, fix);

/** A likely slip that does not stop the file from loading. */
export const warning = (code: string, path: string, message: string, fix?: string): Problem => make('warning', code, path, message, fix);

/** The problem placed on a line of the file. */
export const atLine = (problem: Problem, line: number): Problem => ({ ...problem, line });

/** `file:line: path: message`, with `warning:` before the message of a warning. */
export const formatProblem = (fileName: string, p: Problem): string =>
  `${fileName}${p.line === undefined ? '' : `:${p.line}`}: ${p.path ? `${p.path}: ` : ''}${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
