// Scalar kernels for bench/dsl.ts: the same computations as kernels.c.

var A: [i32; 64];
var B: [i32; 64];
var THR: [u16; 8] = [4000, 12000, 20000, 31000, 40000, 52000, 61000, 65535];
var lcg: [u32; 1];
var Q: [fx16; 12];
var ST: [u8; 65];
var AC: [u8; 64];
var RW: [i8; 12];

fn dot(a: &[i32; 64], b: &[i32; 64]) -> i32 {
  var s = 0;
  for i in 0..64 { s += a[i] * b[i]; }
  return s;
}

fn xs_sum(seed: u32, n: i32) -> u32 {
  var x = seed;
  var s: u32 = 0;
  for i in 0..n {
    x = xorshift32(x);
    s += x;
  }
  return s;
}

fn sample_many(t: &[u16; 8], n: i32) -> i32 {
  var s = 0;
  for i in 0..n {
    var u = lcg_next(lcg);
    while u == 0xffff { u = lcg_next(lcg); }
    var k = 0;
    while u >= t[k] as u32 { k += 1; }
    s += k;
  }
  return s;
}

fn div_sum(a: &[i32; 64]) -> i32 {
  var s = 0;
  for i in 0..64 { s += a[i] / 7 + ((a[i] as u32) % 10) as i32; }
  return s;
}

fn td(q: &[fx16; 12], s: &[u8; 65], a: &[u8; 64], r: &[i8; 12], n: i32, alpha: fx16, gamma: fx16) -> i32 {
  for i in 0..n {
    let row = (s[i] as i32) * 2 + a[i] as i32;
    let next = s[i + 1] as i32;
    let best = max(q[2 * next], q[2 * next + 1]);
    let target = (frac8(r[row]) as fx16) + gamma * best;
    let old = q[row];
    q[row] = old + alpha * (target - old);
  }
  return raw(q[0]) as i32 + raw(q[11]) as i32;
}
