import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config'; // not 'vite': the `test` key must typecheck

/** The dev server injects CSS as <style> elements, which index.html's CSP forbids; relax it there only. */
const devStyles: Plugin = {
  name: 'standoff:dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

/**
 * The core's scenario parser, loaded through Vite's module runner rather than imported here: the config then holds
 * no TypeScript import without an extension (which Vite warns about on every start), and the core keeps its imports.
 */
type ScenarioParser = typeof import('./src/sim/scenario/parse');
const PARSER = fileURLToPath(new URL('./src/sim/scenario/parse.ts', import.meta.url));
let parser: Promise<{ module: ScenarioParser; dependencies: string[] }> | undefined;
let parserFiles = new Set<string>();

/**
 * `import scenario from '../scenarios/x.yaml?scenario'` gives the scenario already checked and normalised by the
 * core's own parser at build time, so the first screen parses nothing. A file with a problem fails the build,
 * with the problem located (file:line: field: message).
 */
const scenarioModule: Plugin = {
  name: 'standoff:scenario',
  enforce: 'pre',
  async load(id) {
    if (!id.endsWith('?scenario')) return null;
    const file = id.slice(0, -'?scenario'.length);
    parser ??= runnerImport<ScenarioParser>(PARSER);
    const { module, dependencies } = await parser;
    parserFiles = new Set([PARSER, ...dependencies]);
    for (const watched of [file, ...parserFiles]) this.addWatchFile(watched); // an edit to the parser re-parses
    const parsed = module.parseScenarioText(readFileSync(file, 'utf8'));
    if (!parsed.ok) this.error(parsed.error.map((p) => module.formatProblem(file, p)).join('\n'));
    return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(parsed.value))});\n`, map: null };
  },
  watchChange(id) {
    if (parserFiles.has(id)) parser = undefined; // load the edited parser afresh
  },
};

/**
 * The page forbids eval (Content-Security-Policy). The classroom's client library decodes messages with msgpackr,
 * which probes for `new Function` when it loads (the browser reports the probe as a violation) and then never
 * uses it when the probe fails. msgpackr's own no-eval build swaps the probe for `BlockedFunction`, which is
 * never defined, so the probe fails quietly: the same here.
 */
const msgpackrWithoutEval: Plugin = {
  name: 'standoff:msgpackr-without-eval',
  transform(code, id) {
    if (!/[\\/]@colyseus[\\/]msgpackr[\\/]unpack\.js$/.test(id)) return null;
    const probe = "new Function('')";
    if (!code.includes(probe)) throw new Error('msgpackr changed: its eval probe is not where it was (vite.config.ts)');
    return { code: code.replace(probe, "BlockedFunction('')"), map: null };
  },
};

/** Preloads the bundled font files from index.html, so they arrive while the scripts load instead of after. */
const preloadFonts: Plugin = {
  name: 'standoff:preload-fonts',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, ctx) =>
      Object.keys(ctx.bundle ?? {})
        .filter((name) => /atkinson-hyperlegible-latin-(400|700)-normal.*\.woff2$/.test(name))
        .map((name) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${name}` }, injectTo: 'head' as const })),
  },
};

export default defineConfig({
  plugins: [devStyles, scenarioModule, preloadFonts, msgpackrWithoutEval],
  base: './', // relative URLs: dist/ works from any static host path
  publicDir: 'assets',
  build: {
    chunkSizeWarningLimit: 1600, // Phaser is ~1.4 MB minified and is not tree-shaken
    rolldownOptions: {
      // The YAML parser, and the core's scenario text reader that uses it, have no side effects on import, so
      // the first screen's script leaves them out (bundled scenarios arrive as data, saves carry JSON); they
      // load with the Workbench or a player's own file.
      treeshake: {
        moduleSideEffects: [
          { test: /[\\/]node_modules[\\/]yaml[\\/]/, sideEffects: false },
          { test: /[\\/]src[\\/]sim[\\/]scenario[\\/]parse\.ts$/, sideEffects: false }, // the text half (parse-data.ts has no YAML)
        ],
      },
      output: {
        // Phaser in its own chunk, so app changes do not bust its cache.
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ },
            // Zod with the switch that keeps it from probing for eval (csp-zod.ts): in one chunk, so the switch is
            // thrown before any schema is built, whichever chunk (first screen or a lazy one) builds it.
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]csp-zod\.ts$/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    // Whole games and CLI runs share the cores with the other test files; a generous limit keeps a slow machine
    // from failing them. Speed is measured by `npm run bench`, never by a test's time limit.
    testTimeout: 60_000,
  },
});
