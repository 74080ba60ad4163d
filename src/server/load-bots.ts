/**
 * The load tool's bot students, in groups: in the load tool's own process, or in a child process of their own
 * (`classroom:load --bot-processes N`), so that the bots' own work (the AI's decisions, reading views) delays
 * other bots' acknowledgement timestamps less. Run as a script, this file is such a child: it is told over IPC
 * which students to play, says when they have joined the class, and sends its counts back at the end.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { emptyStats, SeatBot, type BotStats } from '../classroom/bot';
import type { Scenario } from '../sim';
import { bundledScenario } from './scenarios';

/** Which students a group plays: numbers `first` to `first + count - 1`, each joining through the endpoints in turn. */
export interface BotGroupPlan {
  readonly endpoints: readonly string[];
  readonly code: string;
  readonly scenarioId: string;
  readonly first: number;
  readonly count: number;
}

export interface BotGroup {
  /** Resolves when every student of the group is in the class lobby. */
  readonly joined: Promise<void>;
  /** Resolves when every student of the group has taken a seat and finished its game. */
  readonly finished: Promise<void>;
  /** The group's counts so far. */
  stats(): Promise<BotStats>;
  /** Leaves every room (and ends a child process). */
  stop(): Promise<void>;
}

const scenarioOf =
  (id: string) =>
  (): Scenario => {
    const scenario = bundledScenario(id);
    if (!scenario) throw new Error(`no scenario ${id}`);
    return scenario;
  };

/** Plays a group's students in this process. */
export const localGroup = (plan: BotGroupPlan, stats: BotStats = emptyStats()): BotGroup => {
  const bots = Array.from({ length: plan.count }, (_, i) => new SeatBot(plan.endpoints[(plan.first + i) % plan.endpoints.length]!, scenarioOf(plan.scenarioId), stats));
  const joined = Promise.all(bots.map((b, i) => b.joinClass(plan.code, `Bot ${plan.first + i + 1}`))).then(() => undefined);
  const finished = joined.then(() => Promise.all(bots.map(async (b) => (await b.takeSeat(), b.finished)))).then(() => undefined);
  return { joined, finished, stats: async () => stats, stop: async () => void (await Promise.all(bots.map((b) => b.leave()))) };
};

type FromChild = { readonly type: 'joined' } | { readonly type: 'finished' } | { readonly type: 'stats'; readonly stats: BotStats } | { readonly type: 'failed'; readonly message: string };
type ToChild = { readonly type: 'plan'; readonly plan: BotGroupPlan } | { readonly type: 'stats' } | { readonly type: 'stop' };

/** Plays a group's students in a child process of their own. */
export const childGroup = (plan: BotGroupPlan): BotGroup => {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const listeners = new Set<(m: FromChild) => void>();
  child.on('message', (m: FromChild) => listeners.forEach((l) => l(m)));
  const next = (type: FromChild['type']) =>
    new Promise<FromChild>((resolve, reject) => {
      const listen = (m: FromChild) => {
        if (m.type === 'failed') reject(new Error(m.message));
        if (m.type !== type) return;
        listeners.delete(listen);
        resolve(m);
      };
      listeners.add(listen);
    });
  const send = (m: ToChild) => child.send(m);
  const joined = next('joined').then(() => undefined);
  const finished = next('finished').then(() => undefined);
  send({ type: 'plan', plan });
  return {
    joined,
    finished,
    stats: async () => {
      const answer = next('stats');
      send({ type: 'stats' });
      return ((await answer) as Extract<FromChild, { type: 'stats' }>).stats;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        send({ type: 'stop' });
      }),
  };
};

/** The child process: plays the group it is told to, answering the load tool over IPC. */
const runChild = (): void => {
  let group: BotGroup | null = null;
  const tell = (m: FromChild) => process.send!(m);
  process.on('message', (m: ToChild) => {
    if (m.type === 'plan') {
      group = localGroup(m.plan);
      group.joined.then(() => tell({ type: 'joined' }), (e: unknown) => tell({ type: 'failed', message: String(e) }));
      group.finished.then(() => tell({ type: 'finished' }), (e: unknown) => tell({ type: 'failed', message: String(e) }));
    }
    if (m.type === 'stats' && group) void group.stats().then((stats) => tell({ type: 'stats', stats }));
    if (m.type === 'stop') void (group?.stop() ?? Promise.resolve()).finally(() => process.exit(0));
  });
};

if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) runChild();
