/** What the scenario checker reports: errors stop a file from loading; warnings flag likely slips. */

export type Severity = 'error' | 'warning';

export interface Finding {
  readonly severity: Severity;
  /** A stable kebab-case code: `schema`, `no-zopa`, `event-never-fires`, … */
  readonly code: string;
  /** Field path, as in `issues[2].grid.max`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
  readonly fix?: string;
  /** 1-based line in the file, when the file was read from text. */
  readonly line?: number;
}

/** A lint's finding before it is placed in the file. */
export type Draft = Omit<Finding, 'severity' | 'line'>;

export const warning = (code: string, path: string, message: string, fix?: string): Draft =>
  fix === undefined ? { code, path, message } : { code, path, message, fix };

/** `file:line: path: message`, with `warning:` before the message of a warning. */
export const formatFinding = (fileName: string, f: Finding): string =>
  `${fileName}${f.line === undefined ? '' : `:${f.line}`}: ${f.path ? `${f.path}: ` : ''}${f.severity === 'warning' ? 'warning: ' : ''}${f.message}`;
