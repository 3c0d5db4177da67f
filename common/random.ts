// Seeded random streams. Every random source in dls (fixed-pattern mismatch, temporal noise, task
// generation, optimizer sampling, tie-breaks) is its own named stream derived from one seed, so
// the same seed gives the same bits and adding a stream never shifts another.

import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

/** 32-bit FNV-1a hash of a string, for deriving stream seeds from names. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mix two 32-bit values (splitmix32 finaliser). */
export function mix32(a: number, b: number): number {
  let z = (a ^ Math.imul(b, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export class Rng {
  private constructor(private readonly g: JumpableRandomGenerator) {}

  /** The stream `name` of `seed`: independent of every other stream name. */
  static stream(seed: number, name: string): Rng {
    return new Rng(xoroshiro128plus(mix32(seed >>> 0, hashString(name)) | 0));
  }

  static fromState(state: readonly number[]): Rng {
    return new Rng(xoroshiro128plusFromState(state));
  }

  /** A child stream, e.g. one per task or per worker job. */
  child(name: string | number): Rng {
    return Rng.stream(this.nextU32(), String(name));
  }

  /** Generator state, for checkpoints (restore with Rng.fromState). */
  state(): number[] {
    return [...this.g.getState()];
  }

  nextU32(): number {
    return this.g.next() >>> 0;
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return uniformFloat64(this.g);
  }

  /** Uniform integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number {
    return uniformInt(this.g, lo, hi);
  }

  /** Standard normal sample (Box-Muller; uses two uniforms per call, no cached spare). */
  normal(): number {
    let u = 0;
    while (u === 0) u = this.uniform();
    const v = this.uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Fisher-Yates shuffle in place. */
  shuffle<T>(a: T[]): T[] {
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
}
