/**
 * Browser figures for the bench, in headless Debian Chromium (1280×720, Phaser.AUTO, WebGL on SwiftShader):
 *   firstFrameMs / barePhaserFirstFrameMs  from navigation to the first rendered frame (Phaser's postrender) of
 *                                          our Title, menu and all, and of a bare Phaser page built in the same
 *                                          run; each page marks it itself; medians of 11 loads each, the two
 *                                          pages loaded in turn so noise falls on both alike
 *   framesP50Ms / framesP95Ms              frame intervals (requestAnimationFrame) over the 2 s after the
 *                                          WeekResult screen's first frame, while its reveals and meters animate;
 *                                          the median, over 5 consecutive weeks of one game, of each week's p50/p95
 *   heapMBAfterGame                        the JS heap after a forced garbage collection, after each of 5
 *                                          consecutive short games played through the screens in one tab
 * A classroom laptop: the same page with Chromium's CPU slowed 4× through the DevTools protocol
 * (Emulation.setCPUThrottlingRate, rate 4, set before navigation), each beside the bare page in the same run:
 *   throttledFirstFrameMs /                as firstFrameMs / barePhaserFirstFrameMs, throttled; medians of 5 loads
 *   throttledBarePhaserFirstFrameMs        each, the two pages in turn (goal: ours ≤ 1.3× the bare page's)
 *   tableInputToFrameP95Ms                 throttled: on the Table, from a key's keydown (the page's own
 *                                          performance.now() in a capturing listener) to the end of the next
 *                                          frame Phaser draws after it (its postrender event), over a scripted
 *                                          sequence of 40 moves (queue and withdraw a strike, a statement and an
 *                                          offer; open and close the shortcuts and the offers list); p95 of the
 *                                          40 (goal ≤ 100 ms)
 *   throttledFramesP95Ms                   throttled: framesP95Ms's measure (the WeekResult's 2 s of animation),
 *                                          the median over 3 consecutive weeks of each week's p95 (goal ≤ 33 ms)
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { median, quantile } from './stats';

export interface BrowserFigures {
  readonly firstFrameMs: number;
  readonly barePhaserFirstFrameMs: number;
  readonly framesP50Ms: number;
  readonly framesP95Ms: number;
  readonly heapMBAfterGame: readonly number[];
  readonly throttledFirstFrameMs: number;
  readonly throttledBarePhaserFirstFrameMs: number;
  readonly tableInputToFrameP95Ms: number;
  readonly throttledFramesP95Ms: number;
}

/** Every browser figure's key, in the order `--json` prints them. */
const BROWSER_KEYS = [
  'firstFrameMs', 'barePhaserFirstFrameMs', 'framesP50Ms', 'framesP95Ms', 'heapMBAfterGame',
  'throttledFirstFrameMs', 'throttledBarePhaserFirstFrameMs', 'tableInputToFrameP95Ms', 'throttledFramesP95Ms',
] as const satisfies readonly (keyof BrowserFigures)[];

/** The browser figures under their JSON keys, each null when the browser was not measured. */
export const browserFigures = (b: BrowserFigures | null): { readonly [K in keyof BrowserFigures]: BrowserFigures[K] | null } =>
  Object.fromEntries(BROWSER_KEYS.map((k) => [k, b?.[k] ?? null])) as { readonly [K in keyof BrowserFigures]: BrowserFigures[K] | null };

/** How much the classroom-laptop figures slow the CPU (Chromium's DevTools CPU throttling). */
const THROTTLE = 4;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A tiny static server for a built site on 127.0.0.1 (a free port). */
const serve = (dir: string): Promise<{ server: Server; url: string }> =>
  new Promise((resolve) => {
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
      let file = join(dir, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    });
  });

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'];


/** A new tab at 1280×720; with `rate` > 1 its CPU is slowed that many times (set before anything loads). */
const fresh = async (browser: Browser, rate = 1): Promise<Page> => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  if (rate > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
  return page;
};

/** Milliseconds from navigation to our Title's first rendered frame (Screen.ts marks it, as the bare page does). */
const oursFirstFrame = async (browser: Browser, url: string, rate = 1): Promise<number> => {
  const page = await fresh(browser, rate);
  await page.goto(url);
  await page.waitForFunction(() => window.__STANDOFF__?.ready() === true && window.__STANDOFF__.scene() === 'Title', undefined, { timeout: 60_000 });
  const t = await page.evaluate(() => performance.getEntriesByName('standoff:first-frame')[0]?.startTime ?? Number.NaN);
  await page.context().close();
  if (!Number.isFinite(t)) throw new Error('the Title did not mark its first frame');
  return t;
};

/** Milliseconds from navigation to the bare page's first frame (it marks it itself). */
const bareFirstFrame = async (browser: Browser, url: string, rate = 1): Promise<number> => {
  const page = await fresh(browser, rate);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __BARE_READY__?: boolean }).__BARE_READY__ === true, undefined, { timeout: 60_000 });
  const t = await page.evaluate(() => performance.getEntriesByName('first-frame')[0]!.startTime);
  await page.context().close();
  return t;
};

/** Starts a game for a human BMA against the AI straight on the Table. */
const startGame = async (page: Page, seed: string): Promise<void> => {
  await page.evaluate((s) => {
    const hook = window.__STANDOFF__!;
    hook.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: s, players: { union: 'human', employer: 'ai' }, mode: 'normal' });
    hook.game.scene.getScenes(true, true)[0]!.scene.start('Table');
  }, seed);
  await page.waitForFunction(() => window.__STANDOFF__!.scene() === 'Table' && window.__STANDOFF__!.ready());
};

const scene = (page: Page) => page.evaluate(() => window.__STANDOFF__!.scene());

/** Loads of each page for the first-frame medians: load times vary by ±10% here, so a median needs a few. */
const FIRST_FRAME_LOADS = 11;
const FRAME_RUNS = 5;
/** Fewer runs throttled: each takes about four times as long. */
const THROTTLED_LOADS = 5;
const THROTTLED_FRAME_RUNS = 3;

/** Frame intervals while a WeekResult animates, for each of FRAME_RUNS consecutive weeks of one game. */
const weekResultFrames = async (browser: Browser, url: string, rate = 1, weeks = FRAME_RUNS): Promise<number[][]> => {
  const page = await fresh(browser, rate);
  await page.goto(`${url}?weeks=${weeks + 2}`);
  await page.waitForFunction(() => window.__STANDOFF__?.ready() === true, undefined, { timeout: 60_000 });
  await startGame(page, 'frames');
  const runs: number[][] = [];
  for (let run = 0; run < weeks; run += 1) {
    await page.keyboard.press('e');
    await page.waitForFunction(() => window.__STANDOFF__!.scene() === 'WeekResult' && window.__STANDOFF__!.ready(), undefined, { polling: 'raf' });
    // Written as a string: tsx would wrap a named inner function with a helper the page does not have.
    const recording = page.evaluate(`new Promise((resolve) => {
      const deltas = [];
      let last = performance.now();
      const start = last;
      requestAnimationFrame(function tick(now) {
        deltas.push(now - last);
        last = now;
        if (now - start < 2000) requestAnimationFrame(tick);
        else resolve(deltas.slice(1));
      });
    })`) as Promise<number[]>;
    runs.push(await recording);
    if ((await scene(page)) !== 'WeekResult') throw new Error('the WeekResult screen did not stay open while measured');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__STANDOFF__!.scene() === 'Table' && window.__STANDOFF__!.ready());
  }
  await page.context().close();
  return runs;
};

/** The Table's moves by key, each undone or closed by the next: every key changes what the Table shows. */
const TABLE_KEYS = ['s', 's', 't', 't', 'p', 'p', 'h', 'Escape', 'o', 'Escape'];
const TABLE_ROUNDS = 4;

/** Throttled: milliseconds from each key's keydown on the Table to the end of the next frame drawn after it. */
const tableInputToFrame = async (browser: Browser, url: string, rate: number): Promise<number[]> => {
  const page = await fresh(browser, rate);
  await page.goto(`${url}?weeks=8`);
  await page.waitForFunction(() => window.__STANDOFF__?.ready() === true, undefined, { timeout: 60_000 });
  await startGame(page, 'input');
  // Written as a string (see weekResultFrames). A capturing listener on window runs before the game's own.
  await page.evaluate(`(() => {
    const w = window;
    w.__inputLatencies = [];
    let pending = null;
    w.addEventListener('keydown', () => { pending = performance.now(); }, true);
    w.__STANDOFF__.game.events.on('postrender', () => {
      if (pending === null) return;
      w.__inputLatencies.push(performance.now() - pending);
      pending = null;
    });
  })()`);
  for (let round = 0; round < TABLE_ROUNDS; round += 1) {
    for (const key of TABLE_KEYS) {
      const before = (await page.evaluate('window.__inputLatencies.length')) as number;
      await page.keyboard.press(key);
      await page.waitForFunction((n) => (window as unknown as { __inputLatencies: number[] }).__inputLatencies.length > n, before, { timeout: 10_000 });
      await page.waitForTimeout(60); // let the screen settle before the next key
    }
  }
  if ((await scene(page)) !== 'Table') throw new Error('the Table did not stay open while its keys were measured');
  const latencies = (await page.evaluate('window.__inputLatencies')) as number[];
  await page.context().close();
  return latencies;
};

/** The heap after a forced collection, after each of five short games in one tab. */
const heapAfterGames = async (browser: Browser, url: string): Promise<number[]> => {
  const page = await fresh(browser);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${url}?weeks=6`);
  await page.waitForFunction(() => window.__STANDOFF__?.ready() === true, undefined, { timeout: 60_000 });
  const heap: number[] = [];
  for (let g = 0; g < 5; g += 1) {
    await startGame(page, `heap-${g}`);
    for (let w = 0; w < 30 && (await scene(page)) !== 'Debrief'; w += 1) {
      await page.keyboard.press('e');
      await page.waitForFunction(() => window.__STANDOFF__!.scene() === 'WeekResult' && window.__STANDOFF__!.ready());
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => ['Table', 'Debrief'].includes(window.__STANDOFF__!.scene()) && window.__STANDOFF__!.ready());
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    heap.push(Number((usedSize / 1024 / 1024).toFixed(2)));
  }
  await page.context().close();
  return heap;
};

export const measureBrowser = async (standoffTestDist: string, bareDist: string): Promise<BrowserFigures> => {
  const ours = await serve(standoffTestDist);
  const bare = await serve(bareDist);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    const oursTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let i = 0; i < FIRST_FRAME_LOADS; i += 1) {
      oursTimes.push(await oursFirstFrame(browser, ours.url));
      bareTimes.push(await bareFirstFrame(browser, bare.url));
    }
    const frames = await weekResultFrames(browser, ours.url);
    const heap = await heapAfterGames(browser, ours.url);
    // The classroom laptop: the same figures with the CPU slowed THROTTLE times.
    const oursSlow: number[] = [];
    const bareSlow: number[] = [];
    for (let i = 0; i < THROTTLED_LOADS; i += 1) {
      oursSlow.push(await oursFirstFrame(browser, ours.url, THROTTLE));
      bareSlow.push(await bareFirstFrame(browser, bare.url, THROTTLE));
    }
    const input = await tableInputToFrame(browser, ours.url, THROTTLE);
    const slowFrames = await weekResultFrames(browser, ours.url, THROTTLE, THROTTLED_FRAME_RUNS);
    return {
      firstFrameMs: Math.round(median(oursTimes)),
      barePhaserFirstFrameMs: Math.round(median(bareTimes)),
      framesP50Ms: Number(median(frames.map((run) => quantile(run, 0.5))).toFixed(2)),
      framesP95Ms: Number(median(frames.map((run) => quantile(run, 0.95))).toFixed(2)),
      heapMBAfterGame: heap,
      throttledFirstFrameMs: Math.round(median(oursSlow)),
      throttledBarePhaserFirstFrameMs: Math.round(median(bareSlow)),
      tableInputToFrameP95Ms: Number(quantile(input, 0.95).toFixed(1)),
      throttledFramesP95Ms: Number(median(slowFrames.map((run) => quantile(run, 0.95))).toFixed(2)),
    };
  } finally {
    await browser.close();
    ours.server.close();
    bare.server.close();
  }
};
