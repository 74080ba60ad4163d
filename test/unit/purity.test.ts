/**
 * The core stays pure and engine-independent: it never calls the clock, Math.random, or the transcendental Math
 * functions whose results differ between browsers. What it may import is a layering rule (.dependency-cruiser.cjs).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const SIM = join(ROOT, 'src/sim');

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });

/** Source text without comments and string literals, so prose and messages cannot trip the scan. */
const code = (text: string): string =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, "''");

const BANNED: readonly [RegExp, string][] = [
  [/Math\.random/, 'Math.random'],
  [/\bDate\b/, 'Date'],
  [/\bperformance\b/, 'performance'],
  [/Math\.(exp|expm1|log|log2|log10|log1p|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|cbrt|hypot)\b/, 'transcendental Math'],
  [/\*\*/, 'the ** operator'],
  [/\b(window|document|localStorage|globalThis|process|require)\b/, 'host globals'],
];

describe('src/sim purity', () => {
  const files = sources(SIM);

  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it('uses no clock, no Math.random, no engine-dependent maths', () => {
    const bad: string[] = [];
    for (const file of files) {
      code(readFileSync(file, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          for (const [pattern, name] of BANNED) if (pattern.test(line)) bad.push(`${relative(ROOT, file)}:${i + 1} uses ${name}`);
        });
    }
    expect(bad).toEqual([]);
  });

  it('the scan itself catches what it bans', () => {
    const sample = code("const x = Math.pow(2, 3); // Math.random in a comment\nconst y = 'Date in a string';");
    expect(BANNED.some(([p]) => p.test(sample))).toBe(true);
    expect(/Math\.random|\bDate\b/.test(sample)).toBe(false);
  });
});
