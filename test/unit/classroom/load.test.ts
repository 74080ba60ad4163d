// A small load run through the real tool: 10 pairs on one process, then on two processes sharing a Redis the tool
// starts itself (redis-server must be installed: this fails, never skips, without it), with the bots in two child
// processes of their own. No timing assertions: only that the servers' own timings were reported.
import { describe, expect, it } from 'vitest';
import { runLoad } from '../../../src/server/load';

describe('classroom:load', () => {
  it('10 pairs on one process: every game completes, nothing lost, no errors', async () => {
    const report = await runLoad(10, 1, 'tutorial', 600_000);
    expect(report).toMatchObject({ processes: 1, pairs: 10, gamesCompleted: 10, actionsLost: 0, errors: 0 });
    expect(report.actionsSent).toBeGreaterThan(100);
    expect(report.serverAckP50Ms).toBeGreaterThan(0);
    expect(report.logWriteP50Ms).toBeGreaterThan(0);
  }, 660_000);

  it('10 pairs on two processes sharing Redis, joining through both, the bots in two processes: the same', async () => {
    const report = await runLoad(10, 2, 'tutorial', 600_000, { botProcesses: 2 });
    expect(report).toMatchObject({ processes: 2, pairs: 10, gamesCompleted: 10, actionsLost: 0, errors: 0 });
    expect(report.rssMBPerProcess).toHaveLength(2);
  }, 660_000);
});
