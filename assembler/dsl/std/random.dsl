// Standard library: random numbers.
//
// xorshift32 (Marsaglia 2003, shifts 13, 17, 5): a full-period generator of the nonzero 32-bit
// states. The vector unit has no bitwise operations, so per-lane generators step one scalar
// state per lane and load the results into a vector.
//
// lcg_next is the environment generator of the task files (docs/tasks.md, "Sampling on the PPU"):
// x <- 1664525 x + 1013904223 mod 2^32, draws are the high 16 bits.

fn xorshift32(s: u32) -> u32 {
  var x = s;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return x;
}

/** Advance states[0] and return its high 16 bits. */
fn lcg_next(state: &[u32; 1]) -> u32 {
  let x = state[0] * 1664525 + 1013904223;
  state[0] = x;
  return x >> 16;
}

/** An integer in 0..n-1 from one LCG draw: (u16 * n) >> 16 (bias below n / 65536). */
fn lcg_below(state: &[u32; 1], n: u32) -> u32 {
  return (lcg_next(state) * n) >> 16;
}

/** 16 random bytes, one xorshift32 state per lane (the high byte of each new state). */
fn rand_lanes(states: &[u32; 16]) -> vec<i8> {
  var v: vec<i8> = splat(0 as i8);
  for i in 0..16 {
    let x = xorshift32(states[i]);
    states[i] = x;
    v[i] = (x >> 24) as i8;
  }
  return v;
}

/** A uniform fraction in [0, 1) (fx8) from one xorshift32 step of state[0]. */
fn rand_fx8(state: &[u32; 1]) -> fx8 {
  let x = xorshift32(state[0]);
  state[0] = x;
  return frac8((x >> 25) as i32);
}

// Approximate standard normal samples scaled by 1/8 (so that +-4 sigma fits fx16): the sum S of
// four uniform 16-bit draws (Irwin-Hall) has mean 2 * 65535 and variance 4 * 65536^2 / 12;
// z = (S - 131070) * sqrt(3) / 65536, and z / 8 in fx16 is (S - 131070) * sqrt(3) / 16, computed
// as (S - 131070) * 7094 >> 16 (7094 / 65536 = 0.10825 = sqrt(3) / 16).

fn gauss_step(x: u32, acc: i32) -> i32 { return acc + (x >> 16) as i32; }

/** One sample; advances state[0] by four xorshift32 steps. */
fn gauss16(state: &[u32; 1]) -> fx16 {
  var x = state[0];
  var acc = 0;
  for k in 0..4 {
    x = xorshift32(x);
    acc = gauss_step(x, acc);
  }
  state[0] = x;
  return frac16(((acc - 131070) * 7094) >> 16);
}

/** Eight samples, one state per lane. */
fn gauss_lanes(states: &[u32; 8]) -> vec<fx16> {
  var v: vec<fx16> = splat(0.0);
  for i in 0..8 {
    var x = states[i];
    var acc = 0;
    for k in 0..4 {
      x = xorshift32(x);
      acc = gauss_step(x, acc);
    }
    states[i] = x;
    v[i] = frac16(((acc - 131070) * 7094) >> 16);
  }
  return v;
}
