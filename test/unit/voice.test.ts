/**
 * The opponent's voice: which line a side says (by situation, tone and seed), the scenario's `voice` section and
 * its placeholder check, and that no reason code reaches what a player reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AI_CONTROLLER, newGame, parseScenarioText, playGame, type Scenario } from '../../src/sim/index';
import { linesFor, speak, toneOf } from '../../src/sim/ai/voice';
import { DEFAULT_VOICE } from '../../src/sim/ai/voice-defaults';
import type { Persona } from '../../src/sim/scenario/types';
import { BUNDLED_IDS, loadScenario, ROOT } from './helpers';

const minimal = readFileSync(join(ROOT, 'test/fixtures/scenarios/minimal.yaml'), 'utf8');
const withVoice = (yaml: string) => parseScenarioText(`${minimal}voice:\n${yaml}`);
const persona = (concession: number): Persona => ({ ...loadScenario().personas[0]!, concessionX100: concession });
const CODE = /\b[A-Z]{2,}(?:_[A-Z]+)+\b/;

describe('choosing a line', () => {
  it('reads the tone from how fast the persona concedes', () => {
    expect([toneOf(persona(20)), toneOf(persona(100)), toneOf(persona(200))]).toEqual(['hard', 'steady', 'warm']);
  });

  it('prefers lines for the tone, then lines for any tone, then any line', () => {
    const lines = [
      { tone: null, text: 'any' },
      { tone: 'hard' as const, text: 'hard' },
    ];
    expect(linesFor(lines, 'hard').map((l) => l.text)).toEqual(['hard']);
    expect(linesFor(lines, 'warm').map((l) => l.text)).toEqual(['any']);
    expect(linesFor([{ tone: 'warm', text: 'warm only' }], 'hard').map((l) => l.text)).toEqual(['warm only']);
  });

  it('is the same for the same seed, week, side and situation, and varies across weeks', () => {
    const scenario = loadScenario();
    const at = (week: number, seed = 'a') => speak({ scenario, side: 'employer', persona: persona(20), seed, week }, 'stands');
    expect(at(3)).toBe(at(3));
    const said = new Set(Array.from({ length: 24 }, (_, w) => at(w)));
    const hard = scenario.voice.employer.stands!.filter((l) => l.tone === 'hard').map((l) => l.text.replace('{headline}', 'pay uplift'));
    expect([...said].sort()).toEqual([...hard].sort());
  });

  it('fills placeholders from the game and uses the game\u2019s own lines where the scenario has none', () => {
    const parsed = withVoice('  employer:\n    strike:\n      - "We strike for {days} days from {date}."\n');
    expect(parsed.ok).toBe(true);
    const scenario = (parsed as { value: Scenario }).value;
    const line = speak({ scenario, side: 'union', persona: persona(100), seed: 's', week: 0 }, 'strike', { days: '3', date: 'Mon 1 Sep 2025' });
    const defaults = DEFAULT_VOICE.union.strike!.filter((l) => l.tone === 'steady').map((l) => l.text.replace('{days}', '3').replace('{date}', 'Mon 1 Sep 2025'));
    expect(defaults).toContain(line);
    const ours = speak({ scenario, side: 'union', persona: persona(20), seed: 's', week: 0 }, 'deadlock', { demand: '8 points' });
    expect(ours).toContain('8 points');
    expect(ours).not.toMatch(/[{}]/);
  });
});

describe('the voice section', () => {
  it('reads plain lines and toned lines', () => {
    const parsed = withVoice('  union:\n    stands:\n      - Our offer stands.\n      - { tone: hard, text: "Not one step on {headline}." }\n');
    expect(parsed.ok && parsed.value.voice.union.stands).toEqual([
      { tone: null, text: 'Our offer stands.' },
      { tone: 'hard', text: 'Not one step on {headline}.' },
    ]);
  });

  it('refuses a placeholder its situation does not fill, at the line, naming the placeholder and the ones allowed', () => {
    const parsed = withVoice('  employer:\n    stands:\n      - Fine.\n      - { tone: hard, text: "We wait {days} days." }\n    reject:\n      - "No to {offer} and {nonsense}."\n');
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.error;
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['voice.employer.stands[1].text', '{days} is not a placeholder of "stands"'],
      ['voice.employer.reject[0]', '{offer} is not a placeholder of "reject"'],
      ['voice.employer.reject[0]', '{nonsense} is not a placeholder of "reject"'],
    ]);
    expect(problems[0]!.fix).toBe('use one of {us}, {them}, {headline}, {workers}, {service}, {harm}, {offer}');
    const lines = minimal.split('\n').length;
    expect(problems[0]!.line).toBeGreaterThan(lines);
  });

  it('refuses an unknown situation or tone', () => {
    expect(withVoice('  employer:\n    sulking:\n      - Hmph.\n').ok).toBe(false);
    expect(withVoice('  employer:\n    stands:\n      - { tone: grumpy, text: Hmph. }\n').ok).toBe(false);
  });

  it('gives both sides of every bundled scenario lines of its own', () => {
    for (const id of BUNDLED_IDS) {
      const sc = loadScenario(id);
      expect(Object.keys(sc.voice.union).length, id).toBeGreaterThan(3);
      expect(Object.keys(sc.voice.employer).length, id).toBeGreaterThan(3);
    }
  });
});

describe('what the computer says in a game', () => {
  it('speaks in character with short lines, keeps its numbers in the why, and never shows a reason code', () => {
    for (const id of ['resident-doctors-2025', 'tutorial']) {
      const sc = loadScenario(id);
      const [first, last] = [sc.personas[0]!.id, sc.personas[sc.personas.length - 1]!.id];
      const g = newGame(sc, { seed: '7', players: { union: `ai:${first}`, employer: `ai:${last}` } });
      const messages = playGame(g, { union: AI_CONTROLLER, employer: AI_CONTROLLER }, { maxWeeks: 20 }).weeks.flatMap((w) => w.messages);
      expect(messages.length, id).toBeGreaterThan(10);
      for (const m of messages) {
        expect(m.text, m.reason).not.toMatch(CODE);
        expect(m.why ?? '', m.reason).not.toMatch(CODE);
        expect(m.text, m.reason).not.toMatch(/p = |estimated weight|[{}]/);
        expect(m.why, m.reason).toBeTruthy();
      }
      const kinds = new Set(messages.map((m) => m.reason));
      expect(kinds.size, id).toBeGreaterThan(3);
      // Some line of the week says what the computer would accept or estimates, in points out of 100.
      expect(messages.some((m) => /out of 100/.test(m.why ?? '')), id).toBe(true);
    }
  });
});
