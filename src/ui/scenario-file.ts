// Opening a scenario file of the player's own: the file picker, drag and drop onto the page, and reading the
// file (the checker, which brings the YAML parser, is loaded only now). A file that does not load changes
// nothing: the catalogue, the game in play and the save are as they were. Never throws.
import { err, ok, type Problem, type Result, type Scenario } from '../sim/index';
import { error } from '../sim/scenario/problem';
import type { Catalogue } from '../store/catalogue-core';

/** A file that opened: the scenario it added to the catalogue, and the checker's warnings about it. */
interface OpenedFile {
  readonly fileName: string;
  readonly scenario: Scenario;
  readonly warnings: readonly Problem[];
}

/** A file that did not open, and why. */
interface RefusedFile {
  readonly fileName: string;
  readonly problems: readonly Problem[];
}

export type OpenResult = Result<OpenedFile, RefusedFile>;

const ACCEPT = '.yaml,.yml,.json,application/json,application/yaml,text/yaml,text/plain';

const refused = (fileName: string, message: string, fix?: string): OpenResult => err({ fileName, problems: [error('file', '', message, fix)] });

/** Shows the browser's file picker; resolves to the chosen file, or null when the player cancels. */
export function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), { type: 'file', accept: ACCEPT, hidden: true });
    input.setAttribute('aria-hidden', 'true');
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    (document.getElementById('game') ?? document.body).append(input);
    input.click();
  });
}

/** Reads a scenario file and, when it loads, adds it to the catalogue. */
export async function openScenarioFile(file: File, catalogue: Catalogue): Promise<OpenResult> {
  const name = file.name || 'the file';
  try {
    const { MAX_SCENARIO_BYTES, readCustomScenario } = await import('../authoring/custom-scenario');
    if (file.size > MAX_SCENARIO_BYTES) {
      return refused(name, `the file is ${(file.size / 1_000_000).toFixed(1)} MB; a scenario file may be at most ${MAX_SCENARIO_BYTES / 1_000_000} MB`, 'choose a scenario file (YAML or JSON)');
    }
    const text = await file.text();
    const read = readCustomScenario(text, name, catalogue.isBundled);
    if (!read.ok) return err({ fileName: name, problems: read.error });
    const added = catalogue.addCustom(read.value.json);
    if (!added.ok) return refused(name, added.error.message, added.error.fix);
    return ok({ fileName: name, scenario: added.value, warnings: read.value.warnings });
  } catch (e) {
    return refused(name, `the file could not be read (${e instanceof Error ? e.message : String(e)})`, 'try again, or choose another file');
  }
}

/**
 * While `active`, a file dragged over the page can be dropped to open it: `onHover` says when to show the
 * drop hint, `onFile` gets the file. Returns a function that stops listening.
 */
export function acceptDrops(onFile: (file: File) => void, onHover: (on: boolean) => void): () => void {
  let depth = 0;
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  const enter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth += 1;
    onHover(true);
  };
  const over = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const leave = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) onHover(false);
  };
  const drop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    onHover(false);
    const file = e.dataTransfer?.files[0];
    if (file) onFile(file);
  };
  document.addEventListener('dragenter', enter);
  document.addEventListener('dragover', over);
  document.addEventListener('dragleave', leave);
  document.addEventListener('drop', drop);
  return () => {
    document.removeEventListener('dragenter', enter);
    document.removeEventListener('dragover', over);
    document.removeEventListener('dragleave', leave);
    document.removeEventListener('drop', drop);
  };
}

/**
 * Everywhere else, a file dropped on the page must not replace it (the browser's default is to open the file
 * in place of the game). Screens that take files handle the drop first.
 */
export function guardDrops(): void {
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => e.preventDefault());
}
