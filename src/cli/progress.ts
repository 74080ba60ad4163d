/**
 * A progress bar on stderr. On a terminal it redraws one line in place, at most ten times a second; elsewhere
 * (CI logs, files) it writes a line at each quarter, so logs stay short.
 */
export interface Progress {
  readonly update: (done: number, total: number) => void;
  readonly finish: (summary: string) => void;
}

const WIDTH = 30;

export const progressBar = (write: (text: string) => void, isTTY: boolean, label: string, now: () => number = () => performance.now()): Progress => {
  const started = now();
  let lastDraw = -Infinity;
  let lastQuarter = 0;
  const seconds = () => ((now() - started) / 1000).toFixed(1);
  return {
    update: (done, total) => {
      if (isTTY) {
        if (done < total && now() - lastDraw < 100) return;
        lastDraw = now();
        const filled = total > 0 ? Math.round((done / total) * WIDTH) : WIDTH;
        write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} games, ${seconds()} s`);
        return;
      }
      const quarter = total > 0 ? Math.floor((done / total) * 4) : 4;
      if (quarter > lastQuarter) {
        lastQuarter = quarter;
        write(`${label}: ${done}/${total} games, ${seconds()} s\n`);
      }
    },
    finish: (summary) => write(`${isTTY ? '\r\x1b[K' : ''}${summary}\n`),
  };
};
