// Simulated annealing with parallel runs as a PPU program: the outer loop of learning-to-learn on
// the chip (docs/onchip.md). The algorithm is host/optimizers/sa.ts's: generation 0 evaluates
// the runs' starting points (all accepted); generation g >= 1 evaluates one proposal per run,
// y = clip(x + noisyStep T_g z), which the run accepts if f(y) >= f(x) or u < e^((f(y) - f(x))/T_g)
// (one uniform u per run, always drawn). T_g follows the cooling schedule.
// Fixed point: points in Q16, temperatures in Q20, alpha and the step in Q16, decays in Q30.
//
// Settings (mailbox p[]): p0 noisy step (Q16), p1 temperature decay (Q30), p2 cooling schedule
// (index in host/optimizers/config.ts COOLING_SCHEDULES), p3 alpha (Q16), p4 T0 (Q20), p5 Tn (Q20).

import "stream.dsl";

const KIND: i32 = 3;

var run_x: [u16; 357];
var run_f: [i32; 51];

/** a b for a, b >= 0, saturating below 2^31 - 2^16 (so that 1 + a b still fits). */
fn sat_mul(a: i32, b: i32) -> i32 {
  if b > 0 && a > 0x7fff0000 / b { return 0x7fff0000; }
  return a * b;
}

/** T0 / (1 + d) for d >= 0 in Q16 (the multiplicative schedules). */
fn t_over(d: i32) -> i32 {
  return fdiv(mailbox.p[4], Q16_ONE + d, 16);
}

/** Tn + (T0 - Tn) w for a weight w in Q30 (the additive schedules). */
fn t_between(w: i32) -> i32 {
  return mailbox.p[5] + mul_shr(mailbox.p[4] - mailbox.p[5], w, 30);
}

/** The temperature (Q20) at step k of n = generations (docs/optimizers.md, "Cooling schedules"). */
fn temperature(k: i32) -> i32 {
  let schedule = mailbox.p[2];
  let alpha = mailbox.p[3];
  let t0 = mailbox.p[4];
  if schedule == 0 || schedule == 2 {                    // default: decay^k; exponential: alpha^k
    var f: i32 = 1 << 30;
    var b = mailbox.p[1];
    if schedule == 2 { b = alpha << 14; }
    for i in 0..k { f = mul_shr(f, b, 30); }
    return mul_shr(t0, f, 30);
  }
  if schedule == 1 { return t_over(mul_shr(alpha, ln_int_q16(1 + k), 16)); }      // logarithmic
  if schedule == 3 { return t_over(sat_mul(alpha, k)); }                             // linear-multiplicative
  if schedule == 4 { return t_over(sat_mul(alpha, k * k)); }                         // quadratic-multiplicative
  let frac = fdiv(n_gen - k, n_gen, 30);                 // (n - k)/n, Q30
  if schedule == 5 { return t_between(frac); }           // linear-additive
  if schedule == 6 { return t_between(mul_shr(frac, frac, 30)); }                   // quadratic-additive
  if schedule == 7 {                                     // exponential-additive: 1/(1 + e^(c (k - n/2)))
    let ln_span = ln_int_q16(mailbox.p[4] - mailbox.p[5]) - mul_shr(20, LN2_Q30, 14);
    let x = mul_shr(ln_span, fdiv(2 * k - n_gen, n_gen, 16), 16);   // 2 ln(T0 - Tn)/n (k - n/2)
    if x >= 0 {
      let e = exp_neg_q16(x);
      return t_between(fdiv(e, Q16_ONE + e, 30));
    }
    return t_between(fdiv(Q16_ONE, Q16_ONE + exp_neg_q16(0 - x), 30));
  }
  // trigonometric-additive: (1 + cos(k pi / n)) / 2
  let angle = mul_shr(fdiv(k, n_gen, 28), PI_Q28, 28);
  return t_between((Q16_ONE + cos_q16(angle)) << 13);     // (1 + cos)/2, Q16 -> Q30
}

fn main() {
  let n = mailbox.population;
  if !start(KIND, n) { return; }
  initial_points(n);
  var temp = mailbox.p[4];
  for g in 0..n_gen {
    gen_begin(g);
    evaluate(n);
    var accepted = 0;
    for i in 0..n {
      let u = uniform_q16();
      let f = fitness[i];
      if g == 0 || f >= run_f[i] || u < keep_probability(f - run_f[i], temp) {
        for k in 0..dim { run_x[i * dim + k] = pop[i * dim + k]; }
        run_f[i] = f;
        accepted += 1;
      }
    }
    let next = temperature(g + 1);
    var cur = 0;
    for i in 1..n { if run_f[i] > run_f[cur] { cur = i; } }
    for k in 0..dim {
      log_cur[k] = run_x[cur * dim + k] as i32;
      log_ans[k] = log_cur[k];
    }
    log_generation(g, n, cur, run_f[cur], temp, accepted, next, 0);
    let scale = mul_shr(mailbox.p[0], next, 20);        // noisyStep T, Q16
    for i in 0..n {
      for k in 0..dim {
        let x = (run_x[i * dim + k] as i32) + mul_shr(scale, normal_q16(), 16);
        pop[i * dim + k] = clip_point(x) as u16;
      }
    }
    temp = next;
  }
  finish();
}
