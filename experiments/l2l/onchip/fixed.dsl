// Fixed-point arithmetic for the on-chip outer loops (docs/onchip.md, "Number formats").
//
// Everything is i32 with an explicit binary point: Qn means value = integer / 2^n. The PPU has
// no 64-bit registers and the language no multiply-high, so products that need 64 bits go
// through mul_shr (four 16x16 partial products), and quotients with fractional bits through
// fdiv (restoring long division). Rounding is stated per function; docs/onchip.md lists
// where precision is lost.

const Q16_ONE: i32 = 65536;
const I32_MAX: i32 = 2147483647;
const LN2_Q30: i32 = 744261118;     // ln 2 = 0.6931471805599453 x 2^30, rounded
const LN2_Q26: i32 = 46516320;      // ln 2 x 2^26, rounded
const PI_Q28: i32 = 843314857;      // pi x 2^28, rounded
const HALF_PI_Q28: i32 = 421657428; // pi/2 x 2^28, rounded

/**
 * (a * b) >> s for 0 <= s <= 31 with the full 64-bit product, truncated toward zero. The caller
 * keeps the result within i32 (the high bits that do not fit are dropped).
 */
fn mul_shr(a: i32, b: i32, s: i32) -> i32 {
  var neg = false;
  var ua: u32 = a as u32;
  if a < 0 { ua = (0 - a) as u32; neg = true; }
  var ub: u32 = b as u32;
  if b < 0 { ub = (0 - b) as u32; neg = !neg; }
  let al: u32 = ua & 0xffff;
  let ah: u32 = ua >> 16;
  let bl: u32 = ub & 0xffff;
  let bh: u32 = ub >> 16;
  let ll: u32 = al * bl;
  let m1: u32 = al * bh;
  let m2: u32 = ah * bl;
  var hi: u32 = ah * bh + (m1 >> 16) + (m2 >> 16);
  var lo: u32 = ll + (m1 << 16);
  if lo < ll { hi += 1; }
  let lo2: u32 = lo + (m2 << 16);
  if lo2 < lo { hi += 1; }
  // (hi:lo2) >> s; a shift by 32 moves everything out (the language shifts by the low 6 bits).
  let r: u32 = (hi << ((32 - s) as u32)) | (lo2 >> (s as u32));
  if neg { return 0 - (r as i32); }
  return r as i32;
}

/**
 * a * 2^s / b truncated toward zero (b != 0), by long division; saturates at +-(2^31 - 1) when
 * the quotient does not fit.
 */
fn fdiv(a: i32, b: i32, s: i32) -> i32 {
  var neg = false;
  var ua: u32 = a as u32;
  if a < 0 { ua = (0 - a) as u32; neg = true; }
  var ub: u32 = b as u32;
  if b < 0 { ub = (0 - b) as u32; neg = !neg; }
  var q: u32 = ua / ub;
  var r: u32 = ua % ub;
  for i in 0..s {
    if q >= 0x40000000 { q = 0x7fffffff; break; }
    q = q << 1;
    // r < ub, so 2r + 1 fits 33 bits only when ub > 2^31: compare before doubling.
    if r >= ub - r { r = r - (ub - r); q = q | 1; }
    else { r = r << 1; }
  }
  if q > 0x7fffffff { q = 0x7fffffff; }
  if neg { return 0 - (q as i32); }
  return q as i32;
}

/** floor(sqrt(x * 4^k)) for x >= 0 and 0 <= k <= 12, digit by digit (two input bits per step). */
fn isqrt_shl(x: u32, k: i32) -> u32 {
  var root: u32 = 0;
  var rem: u32 = 0;
  for i in 0..(16 + k) {
    var pair: u32 = 0;
    if i < 16 { pair = (x >> ((30 - 2 * i) as u32)) & 3; }
    rem = (rem << 2) | pair;
    let trial: u32 = (root << 2) | 1;
    if rem >= trial { rem -= trial; root = (root << 1) | 1; }
    else { root = root << 1; }
  }
  return root;
}

/** ln(k) in Q16 for an integer k >= 1 (error below 2^-15): k = 2^e f, ln f = 2 atanh((f-1)/(f+1)). */
fn ln_int_q16(k: i32) -> i32 {
  var e = 0;
  while (k >> ((e + 1) as u32)) != 0 { e += 1; }
  let p: i32 = 1 << (e as u32);
  if k == p { return mul_shr(e, LN2_Q30, 14); }
  let y = fdiv(k - p, k + p, 30);              // (f - 1)/(f + 1) in [0, 1/3), Q30
  let y2 = mul_shr(y, y, 30);
  var term = y;
  var sum = y;
  var j = 3;
  while j <= 13 {
    term = mul_shr(term, y2, 30);
    sum += term / j;
    j += 2;
  }
  return mul_shr(e, LN2_Q30, 14) + (sum >> 13);  // e ln 2 + 2 sum, Q30 -> Q16
}

/** ln(v / 2^16) in Q16 for v >= 1. */
fn ln_q16(v: i32) -> i32 {
  return ln_int_q16(v) - mul_shr(16, LN2_Q30, 14);
}

/**
 * e^(-x) in Q16 for x >= 0 in Q16 (x <= 0 gives 1): x = n ln 2 + r, e^-r by its Taylor series in
 * Q26 (error below 1e-8), scaled by 2^-n and rounded to nearest. 0 once e^-x < 2^-17.
 */
fn exp_neg_q16(x: i32) -> i32 {
  if x <= 0 { return Q16_ONE; }
  if x >= 772240 { return 0; }                 // 17 ln 2 x 2^16: below half a Q16 unit
  let x26 = x << 10;
  let n = x26 / LN2_Q26;
  let r = x26 - n * LN2_Q26;                   // [0, ln 2) in Q26
  var p: i32 = 1 << 26;
  var j = 10;
  while j >= 1 {
    p = (1 << 26) - mul_shr(r, p, 26) / j;
    j -= 1;
  }
  let sh = (n + 10) as u32;                    // Q26 -> Q16 and 2^-n
  return (p + (1 << (sh - 1))) >> sh;
}

/** cos(a) in Q16 for a in [0, pi] given in Q28, by its Taylor series on [0, pi/2] (error < 1e-7). */
fn cos_q16(a: i32) -> i32 {
  var x = a;
  var sign = 1;
  if x > HALF_PI_Q28 { x = PI_Q28 - x; sign = -1; }
  let x2 = mul_shr(x, x, 28);
  var p: i32 = 1 << 28;
  // 1 - x^2/2! (1 - x^2/(3*4) (1 - x^2/(5*6) (... ))), Horner from the x^14 term.
  var j = 14;
  while j >= 2 {
    p = (1 << 28) - mul_shr(x2, p, 28) / (j * (j - 1));
    j -= 2;
  }
  return sign * ((p + 2048) >> 12);
}

/**
 * x clipped to the unit box as the outer loops store it: [0, 65535] in Q16, i.e. [0, 1 - 2^-16]
 * (points are u16). The chip values of every Theta parameter are the same at 1 - 2^-16 as at 1.
 */
fn clip_point(x: i32) -> i32 {
  if x < 0 { return 0; }
  if x > 65535 { return 65535; }
  return x;
}

// --- random numbers: one xorshift32 stream (the standard library's generators) -------------

var rng: [u32; 1];

/** A uniform number in [0, 1) in Q16 (the high half of one xorshift32 step). */
fn uniform_q16() -> i32 {
  let x = xorshift32(rng[0]);
  rng[0] = x;
  return (x >> 16) as i32;
}

/**
 * An approximately standard normal number in Q16: the standard library's gauss16 (Irwin-Hall sum
 * of four uniforms, z/8 in Q0.15, so z in Q12) shifted to Q16. Its tails end at +-3.46.
 */
fn normal_q16() -> i32 {
  return normal_q12() << 4;
}

/** The same number in Q12 (it fits an i16). */
fn normal_q12() -> i32 {
  return raw(gauss16(rng)) as i32;
}
