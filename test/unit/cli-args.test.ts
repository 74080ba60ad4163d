import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlayerSpec, parseSimArgs } from '../../src/cli/args';
import { locateJsonError, parseScriptText } from '../../src/cli/script';
import { parseScenarioText } from '../../src/sim';

const parsed = parseScenarioText(readFileSync(new URL('../../scenarios/resident-doctors-2025.yaml', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('scenario');
const sc = parsed.value;

describe('parseSimArgs', () => {
  it('reads a full command line, with the documented defaults', () => {
    const r = parseSimArgs(['--scenario', 'resident-doctors-2025', '--seed', '42', '--union', 'ai:hardliner', '--employer', 'script:plans/employer.json']);
    expect(r).toEqual({
      ok: true,
      value: {
        mode: 'play',
        scenario: 'resident-doctors-2025',
        seed: '42',
        union: { kind: 'ai', persona: 'hardliner' },
        employer: { kind: 'script', file: 'plans/employer.json' },
        weeks: null,
        format: 'table',
        out: null,
        sessionOut: null,
      },
    });
  });

  it('accepts --flag=value, --weeks and --format json', () => {
    const r = parseSimArgs(['--scenario=x.yaml', '--seed=-7', '--union=ai', '--employer=ai', '--weeks=12', '--format=json', '--out=o.json']);
    expect(r.ok && r.value).toMatchObject({ scenario: 'x.yaml', seed: '-7', weeks: 12, format: 'json', out: 'o.json' });
  });

  it('needs only --scenario (or nothing) for --list-personas, and ignores the rest', () => {
    expect(parseSimArgs(['--list-personas'])).toMatchObject({ ok: true, value: { mode: 'list-personas', scenario: null } });
    expect(parseSimArgs(['--seed', '1', '--list-personas', '--scenario', 'a'])).toMatchObject({ ok: true, value: { mode: 'list-personas', scenario: 'a' } });
  });

  it('reads players', () => {
    expect(parsePlayerSpec('union', 'ai')).toEqual({ ok: true, value: { kind: 'ai', persona: null } });
    expect(parsePlayerSpec('employer', 'script:a:b.json')).toEqual({ ok: true, value: { kind: 'script', file: 'a:b.json' } });
    expect(parsePlayerSpec('employer', 'human')).toMatchObject({ ok: false, error: expect.stringMatching(/nobody to ask/) });
    expect(parsePlayerSpec('employer', 'AI')).toMatchObject({ ok: false, error: expect.stringMatching(/not a player/) });
  });
});

describe('parseScriptText', () => {
  it('reads entries in file order, keeping notes out of the actions', () => {
    const text = JSON.stringify([
      { week: 3, side: 'employer', note: 'open low', actions: [{ type: 'propose', offer: { pay: 1 } }, { type: 'endTurn' }] },
      { week: 0, side: 'employer', actions: [] },
    ]);
    expect(parseScriptText(text, 'g.json', 'employer', sc)).toEqual({
      ok: true,
      value: [
        { week: 3, side: 'employer', actions: [{ type: 'propose', offer: { pay: 1 } }, { type: 'endTurn' }] },
        { week: 0, side: 'employer', actions: [] },
      ],
    });
  });

  it('accepts every action shape of the format', () => {
    const actions = [
      { type: 'propose', offer: { pay: 4, trainingPosts: 2000, examFees: 100 } },
      { type: 'accept' },
      { type: 'reject' },
      { type: 'endTurn' },
      { type: 'callStrike', start: '2025-07-25', days: 5 },
      { type: 'suspendStrike' },
      { type: 'openBallot' },
      { type: 'putToMembers' },
      { type: 'statement', tone: 'conciliatory' },
      { type: 'imposeAward', offer: {} },
      { type: 'setMitigation', level: 40 },
      { type: 'fundCatchUp', gbpM: 50 },
    ];
    expect(parseScriptText(JSON.stringify([{ week: 0, side: 'union', actions }]), 'all.json', 'union', sc)).toMatchObject({ ok: true });
  });

  it('takes a file with a byte-order mark', () => {
    expect(parseScriptText('\uFEFF[]', 'bom.json', 'union', sc)).toEqual({ ok: true, value: [] });
  });
});

describe('locateJsonError', () => {
  it('finds where JSON goes wrong, and nothing in valid JSON', () => {
    expect(locateJsonError('[1, 2, {"a": [true, null, -1.5e3, "x\\"y"]}]')).toBeNull();
    expect(locateJsonError('[1,\n2,\n]')).toEqual({ offset: 7, expected: 'a value' });
    expect(locateJsonError('{"a" 1}')).toEqual({ offset: 5, expected: '":"' });
    expect(locateJsonError("{'a': 1}")).toEqual({ offset: 1, expected: 'a field name in double quotes' });
    expect(locateJsonError('[1] x')).toEqual({ offset: 4, expected: 'the end of the file' });
    expect(locateJsonError('"abc')).toEqual({ offset: 4, expected: 'a closing quote' });
  });
});
