/**
 * Bundle figures for the bench: the gzip size of the JavaScript our built page loads before the Title's first
 * frame, against a bare Phaser 4 page that the bench builds itself in the same run (so the ratio holds on any
 * machine). "Initial" means the entry script and everything index.html preloads; lazy chunks are reported apart.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface BundleFigures {
  readonly jsGzipBytes: number;
  readonly lazyJsGzipBytes: number;
  readonly barePhaserJsGzipBytes: number;
}

const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** Gzip sizes of a built site's initial scripts (entry and module preloads) and of its other scripts. */
const measureSite = (dist: string): { initial: number; lazy: number } => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initialFiles = new Set([...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!));
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  let initial = 0;
  let lazy = 0;
  for (const file of all) {
    if (initialFiles.has(file)) initial += gz(join(dist, file));
    else lazy += gz(join(dist, file));
  }
  return { initial, lazy };
};

const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bare</title></head>
<body style="margin:0;background:#111"><script type="module" src="./main.js"></script></body></html>`;

/** A minimal Phaser 4 page: one scene that draws a line of text, then marks its first rendered frame. */
const BARE_MAIN = `import Phaser from 'phaser';
class Bare extends Phaser.Scene {
  create() {
    this.add.text(40, 40, 'bare Phaser', { fontFamily: 'sans-serif', fontSize: '32px' });
    // Marked as our own page marks its Title: when Phaser has rendered the scene's first frame.
    this.game.events.once('postrender', () => { performance.mark('first-frame'); window.__BARE_READY__ = true; });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 1280, height: 720, backgroundColor: '#111111', banner: false, audio: { noAudio: true }, scene: [Bare] });
`;

/** Builds the bare page under `work` (inside the project, so it resolves the same Phaser) and returns its dist. */
const buildBarePhaser = async (work: string): Promise<string> => {
  const src = join(work, 'bare');
  const dist = join(work, 'bare-dist');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'index.html'), BARE_HTML);
  writeFileSync(join(src, 'main.js'), BARE_MAIN);
  await build({ root: src, base: './', logLevel: 'silent', configFile: false, build: { outDir: dist, emptyOutDir: true, chunkSizeWarningLimit: 4000 } });
  return dist;
};

/** Builds our site (normal mode) under `work` and returns its dist. */
const buildStandoff = async (root: string, work: string): Promise<string> => {
  const dist = join(work, 'standoff-dist');
  await build({ root, logLevel: 'silent', build: { outDir: dist, emptyOutDir: true } });
  return dist;
};

/** Builds our test build (with the test hook the browser figures read) under `work`. */
export const buildStandoffTest = async (root: string, work: string): Promise<string> => {
  const dist = join(work, 'standoff-test-dist');
  await build({ root, mode: 'test', logLevel: 'silent', build: { outDir: dist, emptyOutDir: true } });
  return dist;
};

export const measureBundles = async (root: string, work: string): Promise<BundleFigures & { standoffDist: string; bareDist: string }> => {
  const standoffDist = await buildStandoff(root, work);
  const bareDist = await buildBarePhaser(work);
  const ours = measureSite(standoffDist);
  const bare = measureSite(bareDist);
  return { jsGzipBytes: ours.initial, lazyJsGzipBytes: ours.lazy, barePhaserJsGzipBytes: bare.initial, standoffDist, bareDist };
};
