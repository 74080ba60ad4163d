/**
 * Seeded randomness. The generator is pure-rand's xoroshiro128+; its four-number state is kept in GameState
 * and rebuilt for each draw, so the state stays plain data and every draw is reproducible.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

export type RngState = readonly [number, number, number, number];

/** 32-bit FNV-1a of a string with a salt, finished with a murmur-style avalanche. */
const hash32 = (text: string, salt: number): number => {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h | 0;
};

/** A generator state for one named stream of a seed ("world", "scenario", "ai"). Never all zero. */
export const seedStream = (seed: string, stream: string): RngState => {
  const key = `${stream}:${seed}`;
  const words: [number, number, number, number] = [hash32(key, 1), hash32(key, 2), hash32(key, 3), hash32(key, 4)];
  if (words.every((w) => w === 0)) words[0] = 1;
  return words;
};

/** A uniform integer in [from, to] and the next state. */
export const drawInt = (state: RngState, from: number, to: number): [number, RngState] => {
  const rng = xoroshiro128plusFromState(state);
  const value = uniformInt(rng, from, to);
  return [value, rng.getState() as unknown as RngState];
};

/** `count` uniform integers in [from, to] and the next state. */
export const drawInts = (state: RngState, count: number, from: number, to: number): [number[], RngState] => {
  const rng = xoroshiro128plusFromState(state);
  const values: number[] = [];
  for (let i = 0; i < count; i += 1) values.push(uniformInt(rng, from, to));
  return [values, rng.getState() as unknown as RngState];
};
