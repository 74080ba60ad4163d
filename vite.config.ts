import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config'; // not 'vite': the `test` key must typecheck

/** The dev server injects CSS as <style> elements, which index.html's CSP forbids; relax it there only. */
const devStyles: Plugin = {
  name: 'standoff:dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

export default defineConfig({
  plugins: [devStyles],
  base: './', // relative URLs: dist/ works from any static host path
  publicDir: 'assets',
  build: {
    chunkSizeWarningLimit: 1600, // Phaser is ~1.4 MB minified and is not tree-shaken
    rolldownOptions: {
      output: {
        // Phaser in its own chunk, so app changes do not bust its cache.
        codeSplitting: { groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
  server: { host: '127.0.0.1' },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    passWithNoTests: true,
  },
});
