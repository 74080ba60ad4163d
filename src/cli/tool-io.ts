/** What the scenario tools write to and where they look, so tests can run them in-process. */
import { realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/** True when the module at `moduleUrl` is the program being run (not imported by a test). */
export const isEntryPoint = (moduleUrl: string): boolean => {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return pathToFileURL(realpathSync(entry)).href === pathToFileURL(realpathSync(fileURLToPath(moduleUrl))).href;
  } catch {
    return false;
  }
};

/** A reader that goes away (`| head`) is not an error: stop quietly instead of printing a stack trace. */
export const exitQuietlyOnClosedPipe = (): void => {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
};
