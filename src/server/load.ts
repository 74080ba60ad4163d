/**
 * `npm run classroom:load [-- --pairs K --processes P --scenario ID --json]`: a load test on loopback. Starts P
 * classroom server processes (and, for P > 1, its own redis-server for them to share), K pairs of headless bot
 * students that join through the processes in turn and play whole games with the core's AI, then stops
 * everything and reports. rtt is an action's round trip from sending to the server's acknowledgement (after
 * the durable log write); join is from asking to join the class to holding a seat in the game room.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BotStats } from '../classroom/bot';
import { TeacherLink } from '../classroom/teacher';
import { childGroup, localGroup, type BotGroup } from './load-bots';
import { freePort, startRedis, type RedisProcess } from './redis-process';
import { bundledScenario } from './scenarios';
import { spawnClassroom, stopSpawned, type Spawned } from './spawn';
import { percentile, type TimingSamples } from './timings';

export interface LoadReport {
  readonly processes: number;
  readonly pairs: number;
  readonly gamesCompleted: number;
  readonly actionsSent: number;
  readonly actionsLost: number;
  readonly errors: number;
  readonly rttP50Ms: number;
  readonly rttP95Ms: number;
  readonly joinP95Ms: number;
  readonly rssMBPerProcess: readonly number[];
  /** The servers' own clocks: message in to acknowledgement out, and one durable log write (one process's file log). */
  readonly serverAckP50Ms: number;
  readonly serverAckP95Ms: number;
  readonly logWriteP50Ms: number;
  readonly logWriteP95Ms: number;
  readonly entriesPerLogWrite: number;
  /** CPU time the server processes used from the teacher joining to the last game's end, per action sent: what the
   * server's work costs, whatever the load on the machine (joins and pairing included). */
  readonly serverCpuMsPerAction: number;
}

/** The timings a stopped server printed (main.ts --timings), or none. */
const timingsOf = (server: Spawned): TimingSamples[] =>
  server.output.filter((line) => line.startsWith('{"timings"')).map((line) => (JSON.parse(line) as { timings: TimingSamples }).timings);

/** CPU time a process has used so far (user and system), ms, from /proc (0 where there is none). */
const cpuMs = (pid: number | undefined): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
};

/** Resident memory of a process in MB, from /proc (0 where there is none). */
const rssMB = (pid: number | undefined): number => {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : 0;
  } catch {
    return 0;
  }
};

export interface LoadOptions {
  /** Writes each server process's CPU profile (node --cpu-prof) into this folder. */
  readonly cpuProfDir?: string;
  /** Plays the bots in this many child processes of their own; 0 (the default): in this process. */
  readonly botProcesses?: number;
}

/** Every group's counts together. */
const mergeStats = (all: readonly BotStats[]): BotStats => ({
  actionsSent: all.reduce((n, s) => n + s.actionsSent, 0),
  actionsAcked: all.reduce((n, s) => n + s.actionsAcked, 0),
  rtts: all.flatMap((s) => s.rtts),
  joinMs: all.flatMap((s) => s.joinMs),
  errors: all.flatMap((s) => s.errors),
});

export const runLoad = async (pairs: number, processes: number, scenarioId: string, timeoutMs: number, options: LoadOptions = {}): Promise<LoadReport> => {
  const scenario = bundledScenario(scenarioId);
  if (!scenario) throw new Error(`no scenario ${scenarioId}`);
  let redis: RedisProcess | null = null;
  const servers: Spawned[] = [];
  const peakRss: number[] = [];
  let sampler: ReturnType<typeof setInterval> | null = null;
  let groups: BotGroup[] = [];
  try {
    if (processes > 1) redis = await startRedis();
    const logDir = mkdtempSync(join(tmpdir(), 'standoff-load-'));
    for (let i = 0; i < processes; i += 1) {
      const port = await freePort();
      const cluster = redis ? ['--redis', redis.url, '--public-address', `127.0.0.1:${port}`] : [];
      servers.push(await spawnClassroom(['--port', String(port), '--log-dir', join(logDir, String(i)), '--timings', ...cluster], undefined, options.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfDir] : []));
    }
    sampler = setInterval(() => servers.forEach((s, i) => (peakRss[i] = Math.max(peakRss[i] ?? 0, rssMB(s.child.pid)))), 500);
    const endpoints = servers.map((s) => `ws://127.0.0.1:${s.port}`);
    const { code, teacherKey } = servers[0]!;
    const cpuAtStart = servers.reduce((n, s) => n + cpuMs(s.child.pid), 0);
    const teacher = await TeacherLink.join(endpoints[0]!, code, teacherKey);
    // Each student joins through the processes in turn: with two, half the joins go through each.
    const groupCount = Math.max(1, Math.min(options.botProcesses ?? 0, pairs * 2));
    const plans = Array.from({ length: groupCount }, (_, g) => {
      const first = Math.floor((g * pairs * 2) / groupCount);
      return { endpoints, code, scenarioId, first, count: Math.floor(((g + 1) * pairs * 2) / groupCount) - first };
    });
    groups = plans.map((plan) => (options.botProcesses ? childGroup(plan) : localGroup(plan)));
    await Promise.all(groups.map((g) => g.joined));
    await teacher.until((r) => r.waiting.length === pairs * 2);
    teacher.send({ type: 'pairAll', scenarioId, seedPrefix: 'load' });
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        timedOut = true;
        resolve();
      }, timeoutMs);
    });
    await Promise.race([Promise.all(groups.map((g) => g.finished)), deadline]);
    // The teacher's table catches up with the last games' endings a moment after the students see them.
    const settled = teacher.until((r) => r.pairs.length === pairs && r.pairs.every((p) => p.outcome !== null));
    await Promise.race([settled, new Promise((r) => setTimeout(r, 5000))]);
    clearTimeout(timer);
    const stats = mergeStats(await Promise.all(groups.map((g) => g.stats())));
    const gamesCompleted = teacher.roster?.pairs.filter((p) => p.outcome !== null).length ?? 0;
    servers.forEach((s, i) => (peakRss[i] = Math.max(peakRss[i] ?? 0, rssMB(s.child.pid))));
    const serverCpuMs = servers.reduce((n, s) => n + cpuMs(s.child.pid), 0) - cpuAtStart;
    await Promise.all(groups.map((g) => g.stop()));
    groups = [];
    await teacher.leave();
    for (const s of servers) await stopSpawned(s);
    const timings = servers.flatMap(timingsOf);
    const flushMs = timings.flatMap((t) => t.flushMs);
    const flushEntries = timings.flatMap((t) => t.flushEntries);
    return {
      processes,
      pairs,
      gamesCompleted,
      actionsSent: stats.actionsSent,
      actionsLost: stats.actionsSent - stats.actionsAcked,
      errors: stats.errors.length + teacher.errors.length + (timedOut ? 1 : 0),
      rttP50Ms: percentile(stats.rtts, 50),
      rttP95Ms: percentile(stats.rtts, 95),
      joinP95Ms: percentile(stats.joinMs, 95),
      rssMBPerProcess: peakRss,
      serverAckP50Ms: percentile(timings.flatMap((t) => t.ackMs), 50),
      serverAckP95Ms: percentile(timings.flatMap((t) => t.ackMs), 95),
      logWriteP50Ms: percentile(flushMs, 50),
      logWriteP95Ms: percentile(flushMs, 95),
      serverCpuMsPerAction: stats.actionsSent ? Math.round((serverCpuMs / stats.actionsSent) * 100) / 100 : 0,
      entriesPerLogWrite: flushMs.length ? Math.round((flushEntries.reduce((n, e) => n + e, 0) / flushMs.length) * 10) / 10 : 0,
    };
  } finally {
    if (sampler) clearInterval(sampler);
    await Promise.all(groups.map((g) => g.stop()));
    for (const s of servers) await stopSpawned(s);
    await redis?.stop();
  }
};

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      pairs: { type: 'string', default: '100' },
      processes: { type: 'string', default: '1' },
      scenario: { type: 'string', default: 'tutorial' },
      'timeout-s': { type: 'string', default: '900' },
      json: { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      'bot-processes': { type: 'string', default: '0' },
    },
    strict: true,
  });
  const whole = (flag: string, text: string, min: number, max: number): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${flag}: ${text} is not a whole number from ${min} to ${max}`);
    return n;
  };
  const report = await runLoad(
    whole('pairs', values.pairs, 1, 5000),
    whole('processes', values.processes, 1, 16),
    values.scenario,
    whole('timeout-s', values['timeout-s'], 1, 86_400) * 1000,
    { botProcesses: whole('bot-processes', values['bot-processes'], 0, 64), ...(values['cpu-prof'] ? { cpuProfDir: values['cpu-prof'] } : {}) },
  );
  if (values.json) console.log(JSON.stringify(report));
  else
    console.log(
      [
        `${report.pairs} pairs on ${report.processes} process${report.processes === 1 ? '' : 'es'}: ${report.gamesCompleted} games completed`,
        `actions sent ${report.actionsSent}, lost ${report.actionsLost}, errors ${report.errors}`,
        `rtt p50 ${report.rttP50Ms} ms, p95 ${report.rttP95Ms} ms; join p95 ${report.joinP95Ms} ms`,
        `peak RSS per process (MB): ${report.rssMBPerProcess.join(', ')}`,
        `server clock: acknowledgement p50 ${report.serverAckP50Ms} ms, p95 ${report.serverAckP95Ms} ms; log write p50 ${report.logWriteP50Ms} ms, p95 ${report.logWriteP95Ms} ms, ${report.entriesPerLogWrite} entries each; server CPU ${report.serverCpuMsPerAction} ms per action`,
      ].join('\n'),
    );
  process.exitCode = report.actionsLost === 0 && report.errors === 0 && report.gamesCompleted === report.pairs ? 0 : 1;
};

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
