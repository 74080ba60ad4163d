import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { advanceOpinion, blameShares, initialOpinion, publicShares, type OpinionInputs } from './opinion';
import { parseScenarioText } from './scenario/parse';

const parsed = parseScenarioText(readFileSync(fileURLToPath(new URL('../../scenarios/resident-doctors-2025.yaml', import.meta.url)), 'utf8'));
if (!parsed.ok) throw new Error('scenario');
const sc = parsed.value;
const calm: OpinionInputs = { strikeDays: 0, winter: false, cancelledTrue: 0, payAwardedX100: 0, shockBp: 0, salienceBp: 0, blameBp: 0, employerBestX100: 0, unionClaimX100: 2900 };
const run = (weeks: number, input: Partial<OpinionInputs> = {}, first: Partial<OpinionInputs> = {}) => {
  let o = advanceOpinion(sc, initialOpinion(sc), { ...calm, ...first });
  for (let i = 1; i < weeks; i += 1) o = advanceOpinion(sc, o, { ...calm, ...input });
  return o;
};
const net = (o: ReturnType<typeof initialOpinion>) => {
  const s = publicShares(sc, o);
  return s.supportBp - s.opposeBp;
};

describe('public opinion', () => {
  it('support, opposition and neutral always sum to 100', () => {
    for (const o of [initialOpinion(sc), run(10, { strikeDays: 5 }), run(3, { shockBp: 5000 }), run(3, { shockBp: -9000, salienceBp: 3000 })]) {
      const s = publicShares(sc, o);
      expect(s.supportBp + s.opposeBp + s.neutralBp).toBe(10000);
      expect(Math.min(s.supportBp, s.opposeBp, s.neutralBp)).toBeGreaterThanOrEqual(0);
    }
  });

  // Changed with issue 12: past rises used to fade from memory, so support rose in a year with nothing happening.
  it('with nothing happening, opinion and blame hold still', () => {
    for (const w of [1, 10, 26, 52]) {
      expect(net(run(w))).toBe(net(initialOpinion(sc)));
      expect(run(w).blameNetBp).toBe(initialOpinion(sc).blameNetBp);
    }
  });

  it('strike days cost support, and more so in winter', () => {
    expect(net(run(12, { strikeDays: 2 }))).toBeLessThan(net(run(12)));
    expect(net(run(12, { strikeDays: 2, winter: true }))).toBeLessThan(net(run(12, { strikeDays: 2 })));
  });

  it('a pay rise lowers the public appetite for more (thermostatic opinion)', () => {
    expect(net(run(10, {}, { payAwardedX100: 500 }))).toBeLessThan(net(run(10)));
  });

  it('blame on the Government raises support for the doctors', () => {
    const blamed = run(10, {}, { blameBp: 1500 });
    expect(blameShares(sc, blamed).employerBp).toBeGreaterThan(blameShares(sc, initialOpinion(sc)).employerBp);
    expect(net(blamed)).toBeGreaterThan(net(run(10)));
  });

  it('a pay rise is not forgotten: its effect on support lasts', () => {
    const paid = (weeks: number) => net(run(weeks, {}, { payAwardedX100: 500 })) - net(run(weeks));
    expect(paid(52)).toBeLessThan(-500);
    expect(Math.abs(paid(52) - paid(26))).toBeLessThanOrEqual(25);
  });

  it('blame follows what the public sees: strike days toward the doctors, cancelled care toward the employer', () => {
    const start = initialOpinion(sc).blameNetBp;
    expect(run(12, { strikeDays: 2 }).blameNetBp).toBeLessThan(start);
    expect(run(12, { cancelledTrue: 60_000 }).blameNetBp).toBeGreaterThan(start);
    // The same strike with care cancelled (little mitigation) leaves more blame on the employer.
    expect(run(12, { strikeDays: 2, cancelledTrue: 60_000 }).blameNetBp).toBeGreaterThan(run(12, { strikeDays: 2, cancelledTrue: 10_000 }).blameNetBp);
  });

  it('blame follows the positions: a Government moving toward a reasonable offer sheds blame, a union lowering its claim sheds it too', () => {
    const start = initialOpinion(sc).blameNetBp;
    expect(run(12, { employerBestX100: 300 }).blameNetBp).toBeLessThan(start);
    expect(run(12, { unionClaimX100: 1000 }).blameNetBp).toBeGreaterThan(start);
    // Offering beyond the reasonable level earns nothing more.
    expect(run(12, { employerBestX100: 600 }).blameNetBp).toBe(run(12, { employerBestX100: 300 }).blameNetBp);
  });

  it('a media shock fades but leaves a durable part', () => {
    const shocked = run(12, {}, { shockBp: 1000 });
    const peak = run(1, {}, { shockBp: 1000 });
    expect(net(peak) - net(run(1))).toBeGreaterThan(800);
    const left = net(shocked) - net(run(12));
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(net(peak) - net(run(1)));
  });

  it('blame shares keep those unsure as they were', () => {
    const b = blameShares(sc, initialOpinion(sc));
    expect([b.employerBp, b.equalBp, b.unionBp]).toEqual([5000, 2600, 1600]);
  });
});
