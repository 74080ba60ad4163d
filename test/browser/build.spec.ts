import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// A production build, into a temporary folder so the developer's dist/ is left alone.
test('normal build: no test hook, relative paths, no external URLs', async () => {
  test.setTimeout(120_000);
  const outDir = mkdtempSync(join(tmpdir(), 'standoff-dist-'));
  try {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
    const js = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(1); // the app and its separate Phaser chunk
    for (const file of js) expect(readFileSync(join(outDir, 'assets', file), 'utf8')).not.toContain('__STANDOFF__');

    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="\//); // relative: works from any folder on any host
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('Content-Security-Policy');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

test('test build carries the hook', () => {
  const js = readdirSync('dist-test/assets').filter((f) => f.endsWith('.js'));
  expect(js.some((f) => readFileSync(join('dist-test/assets', f), 'utf8').includes('__STANDOFF__'))).toBe(true);
});
