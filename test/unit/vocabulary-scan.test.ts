/**
 * No dispute's words leak into another's: every text the views, the AI, the debrief, the runner's table and the
 * balance report write for a scenario is scanned for the other scenarios' vocabulary and for a fixed list of
 * dispute words not in the scenario's own vocabulary. A made-up rail dispute (test/fixtures/scenarios) proves the
 * scan catches leaks: it shares no words with the medical scenarios, and its employer takes no "the". A made-up
 * car-plant dispute in dollars proves money is written in the scenario's currency: another currency's symbol is a
 * foreign word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AI_CONTROLLER, analyseGame, newGame, parseScenarioText, playGame, theSide, type Scenario } from '../../src/sim/index';
import { makeSessionFile } from '../../src/share/session-file';
import { newsItems } from '../../src/views/news';
import { createCatalogue } from '../../src/store/catalogue';
import { createGameStore } from '../../src/store/game-store';
import { studyOfSession } from '../../src/store/study';
import { formatTable } from '../../src/cli/table';
import { runRecord } from '../../src/cli/week-records';
import { playRange, summariseBalance } from '../../src/authoring/balance';
import { textTable } from '../../src/authoring/balance-format';
import { weekResultView } from '../../src/views/week-result';
import { tableFigures } from '../../src/views/figure-tiles';
import { gapView } from '../../src/views/gap';
import { whyView } from '../../src/views/opponent-why';
import { headerView } from '../../src/views/table-header';
import { handoverView } from '../../src/views/pass-device';
import { howToPlayView } from '../../src/views/how-to-play';
import { printableBrief } from '../../src/views/printable-brief';
import { debriefText } from '../../src/views/debrief-text';
import { debriefCharts } from '../../src/views/debrief-charts';
import { ROOT } from './helpers';
import { leaksIn, wordsOf } from './vocabulary-words';

const FILES = {
  'resident-doctors-2025': join(ROOT, 'scenarios/resident-doctors-2025.yaml'),
  'junior-doctors-2023': join(ROOT, 'scenarios/junior-doctors-2023.yaml'),
  tutorial: join(ROOT, 'scenarios/tutorial.yaml'),
  'rmt-rail-2022': join(ROOT, 'scenarios/rmt-rail-2022.yaml'),
  'uaw-detroit-2023': join(ROOT, 'scenarios/uaw-detroit-2023.yaml'),
  'rail-fixture': join(ROOT, 'test/fixtures/scenarios/rail-fixture.yaml'),
  'lost-output': join(ROOT, 'test/fixtures/scenarios/lost-output.yaml'),
} as const;

const texts = new Map<string, string>();
for (const [id, file] of Object.entries(FILES)) texts.set(id, readFileSync(file, 'utf8'));
const scenarios = new Map<string, Scenario>();
for (const [id, text] of texts) {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  scenarios.set(id, parsed.value);
}
const catalogue = createCatalogue([...texts.entries()].map(([id, text]) => ({ fileName: `${id}.yaml`, text })));

/** Every string in a value, however deep. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

/** Everything the game writes for a scenario: the views over two games against the computer (one from each side,
 *  the person only ending turns, so the computer's strikes, offers and words fill the news), their debriefs, and
 *  AI-v-AI games as the runner writes them (table and JSON). */
const everything = (id: string): string[] => {
  const sc = scenarios.get(id)!;
  const out: string[] = [];
  for (const [seed, human] of [['1', 'union'], ['2', 'employer']] as const) {
    const store = createGameStore({ catalogue, storage: null });
    const players = human === 'union' ? { union: 'human', employer: 'ai' } : { union: 'ai', employer: 'human' };
    store.getState().newGame({ scenarioId: sc.id, seed, players, mode: 'normal' });
    out.push(...strings(howToPlayView(sc, human)), ...strings(printableBrief(sc, human)));
    for (let week = 0; week < Math.min(sc.horizonWeeks, 14) && !store.getState().session!.state.outcome; week += 1) {
      store.getState().dispatch({ side: human, type: 'endTurn' });
      const session = store.getState().session!;
      out.push(...strings(weekResultView(session, human)), ...strings(tableFigures(session, human)), ...strings(gapView(session, human)));
      out.push(...strings(whyView(session, human)), ...strings(headerView(session, human)), ...strings(handoverView(session, human)));
    }
    const study = studyOfSession(store.getState().session!, texts.get(id)!);
    const d = analyseGame(sc, study.seed, study.players, study.log);
    out.push(...strings(debriefText(study, d)), ...strings(debriefCharts(study, d)));
  }
  for (const seed of ['3', '4']) {
    const start = newGame(sc, { seed, players: { union: 'ai', employer: 'ai' } });
    const played = playGame(start, { union: AI_CONTROLLER, employer: AI_CONTROLLER });
    const log = played.weeks.flatMap((w) => w.actions.map((a) => a.action));
    const record = runRecord(played.state, played.weeks, { union: 'ai', employer: 'ai' }, makeSessionFile(sc, played.state, log).replayCode);
    out.push(formatTable(record, sc), JSON.stringify(record), ...strings(newsItems(sc, played.weeks.flatMap((w) => w.events))));
    const study = { scenario: sc, seed, players: played.state.players, log, state: played.state, source: 'game' as const };
    const d = analyseGame(sc, seed, study.players, log);
    out.push(...strings(debriefText(study, d)), ...strings(debriefCharts(study, d)));
  }
  return out;
};

const words = new Map([...texts].map(([id, text]) => [id, wordsOf(text)]));
const leaks = (id: string, all: readonly string[]): string[] => leaksIn(words.get(id)!, [...words].filter(([other]) => other !== id).map(([, w]) => w), all);

/** Scanned for every foreign word. The car-plant fixture is scanned for money only: its service, "the Lakeside
 *  plant", starts with its employer's short name, which takes no "the", and the scan cannot tell the two apart. */
const SCANNED = ['resident-doctors-2025', 'junior-doctors-2023', 'tutorial', 'rail-fixture'] as const;

describe('no dispute words leak between scenarios', () => {
  for (const id of SCANNED) {
    it(`${id} shows only its own dispute's words`, () => {
      const all = everything(id);
      expect(all.length).toBeGreaterThan(100);
      expect(leaks(id, all)).toEqual([]);
    });
  }

  it('the scan catches a leak', () => {
    const planted = [`${theSide(scenarios.get('resident-doctors-2025')!.vocabulary, 'union')} called a strike`, 'You are the Millbrook Rail', 'Doctors struck'];
    expect(leaks('rail-fixture', planted)).toHaveLength(3);
  });

  it('a dollar dispute shows its money in dollars, never pounds', () => {
    const all = everything('lost-output');
    const money = all.filter((t) => /\$\d/.test(t));
    expect(money.length).toBeGreaterThan(10);
    expect(money.some((t) => /\u2212\$\d/.test(t) || /-\$\d/.test(t) || /\$\d[\d,.]*(m|bn)\b/.test(t))).toBe(true);
    expect(all.filter((t) => t.includes('£'))).toEqual([]);
    expect(leaks('lost-output', all).filter((leak) => /^[£€]/.test(leak))).toEqual([]);
    expect(leaks('lost-output', ['Strike costs £2.0m'])).toEqual(['£: Strike costs £2.0m']);
  });

  it('the balance report uses the scenario\u2019s names', () => {
    const sc = scenarios.get('rail-fixture')!;
    const text = textTable(summariseBalance(sc, playRange(sc, 0, 4, 'scan'), 'scan'));
    expect(text).toContain('pairing (MSU v Millbrook Rail)');
    expect(leaks('rail-fixture', [text])).toEqual([]);
  });
});
