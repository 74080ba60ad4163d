/**
 * The teacher's export: every pair's session file (as the offline game saves them) and the class report's CSV made
 * from those same files by the offline report's own code, zipped with fflate. Served at GET /export with the
 * teacher key in the `x-teacher-key` header (or `?key=` for a plain download link).
 */
import type { RequestListener } from 'node:http';
import { strToU8, zipSync } from 'fflate';
import { buildClassReport, reportCsv } from '../share/class-report';
import { makeSessionFile } from '../share/session-file';
import { ok, err, replay } from '../sim';
import type { GameLog } from './log';
import { PairGame, type PairEntry } from './pair-game';
import { bundledParByHash } from './par';
import { bundledScenario } from './scenarios';

export interface ExportFile {
  readonly name: string;
  readonly text: string;
}

/** Each game of the log as a session file, labelled with the pair's names, in the log's order. */
const sessionFiles = async (log: GameLog): Promise<ExportFile[]> => {
  const files: ExportFile[] = [];
  for (const stream of await log.streams()) {
    if (!stream.startsWith('pair-')) continue;
    const entries = (await log.read(stream)) as PairEntry[];
    const game = PairGame.fromLog(entries, bundledScenario);
    const { seats, roomId, seed } = game.setup;
    const labels = { pair: roomId, unionPlayer: game.ai.union ? 'AI' : seats.union.name, employerPlayer: game.ai.employer ? 'AI' : seats.employer.name };
    // A seat the AI holds at the end is recorded as the AI's (its side's default persona, the one it plays in
    // class), so the class report gives the person facing it that persona's par; the moves replay the same either way.
    const state = replay(game.scenario, seed, game.players, game.moves);
    const file = makeSessionFile(game.scenario, state, game.moves, { labels });
    files.push({ name: `standoff-${game.scenario.id}-${roomId}.json`, text: `${JSON.stringify(file, null, 1)}\n` });
  }
  return files;
};

/** The class report's CSV from session files, exactly as the offline class report makes it. */
const classCsv = (files: readonly ExportFile[]): string =>
  reportCsv(
    buildClassReport(files, (session) => {
      const scenario = bundledScenario(session.scenario.id);
      return scenario ? ok(scenario) : err(`no bundled scenario ${session.scenario.id}`);
    }, bundledParByHash),
  );

/** The zip: class-report.csv and sessions/<one file per game>. */
const classZip = (files: readonly ExportFile[]): Uint8Array =>
  zipSync({ 'class-report.csv': strToU8(classCsv(files)), sessions: Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)])) });

/** Serves GET /export to the teacher; hands every other request to `next`. */
export const exportHandler =
  (log: () => GameLog, teacherKey: () => string, next: RequestListener): RequestListener =>
  (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/export') return next(req, res);
    const key = req.headers['x-teacher-key'] ?? url.searchParams.get('key');
    if (!teacherKey() || key !== teacherKey()) return void res.writeHead(403).end('teacher key required');
    void sessionFiles(log())
      .then((files) => {
        res.writeHead(200, { 'content-type': 'application/zip', 'content-disposition': 'attachment; filename="standoff-class.zip"' });
        res.end(classZip(files));
      })
      .catch(() => res.writeHead(500).end('export failed'));
  };
