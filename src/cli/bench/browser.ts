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
}

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


const fresh = async (browser: Browser): Promise<Page> => (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();

/** Milliseconds from navigation to our Title's first rendered frame (Screen.ts marks it, as the bare page does). */
const oursFirstFrame = async (browser: Browser, url: string): Promise<number> => {
  const page = await fresh(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.__STANDOFF__?.ready() === true && window.__STANDOFF__.scene() === 'Title', undefined, { timeout: 60_000 });
  const t = await page.evaluate(() => performance.getEntriesByName('standoff:first-frame')[0]?.startTime ?? Number.NaN);
  await page.context().close();
  if (!Number.isFinite(t)) throw new Error('the Title did not mark its first frame');
  return t;
};

/** Milliseconds from navigation to the bare page's first frame (it marks it itself). */
const bareFirstFrame = async (browser: Browser, url: string): Promise<number> => {
  const page = await fresh(browser);
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
    hook.store.getState().newGame({ scenarioId: 'resident-doctors-2025', seed: s, players: { bma: 'human', gov: 'ai' }, mode: 'normal' });
    hook.game.scene.getScenes(true, true)[0]!.scene.start('Table');
  }, seed);
  await page.waitForFunction(() => window.__STANDOFF__!.scene() === 'Table' && window.__STANDOFF__!.ready());
};

const scene = (page: Page) => page.evaluate(() => window.__STANDOFF__!.scene());

/** Loads of each page for the first-frame medians: load times vary by ±10% here, so a median needs a few. */
const FIRST_FRAME_LOADS = 11;
const FRAME_RUNS = 5;

/** Frame intervals while a WeekResult animates, for each of FRAME_RUNS consecutive weeks of one game. */
const weekResultFrames = async (browser: Browser, url: string): Promise<number[][]> => {
  const page = await fresh(browser);
  await page.goto(`${url}?weeks=${FRAME_RUNS + 2}`);
  await page.waitForFunction(() => window.__STANDOFF__?.ready() === true, undefined, { timeout: 60_000 });
  await startGame(page, 'frames');
  const runs: number[][] = [];
  for (let run = 0; run < FRAME_RUNS; run += 1) {
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
    return {
      firstFrameMs: Math.round(median(oursTimes)),
      barePhaserFirstFrameMs: Math.round(median(bareTimes)),
      framesP50Ms: Number(median(frames.map((run) => quantile(run, 0.5))).toFixed(2)),
      framesP95Ms: Number(median(frames.map((run) => quantile(run, 0.95))).toFixed(2)),
      heapMBAfterGame: heap,
    };
  } finally {
    await browser.close();
    ours.server.close();
    bare.server.close();
  }
};
