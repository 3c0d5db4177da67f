// The cross-entropy method as a PPU program: the outer loop of learning-to-learn on the chip
// (docs/onchip.md). The algorithm is host/optimizers/ce.ts's (the L2L framework's noisy
// Gaussian): rank the N samples, fit mean and covariance to the n_e elites (plus, with a
// temperature, non-elites kept with probability e^((f - gamma)/T)), smooth, add diag(|z| m_g) to
// the covariance, factor it (Cholesky) and draw the next N samples, clipped to the box.
// Fixed point: points and the mean in Q16, covariances in Q24, the Cholesky factor in Q16, the
// noise magnitude in Q24, temperatures in Q20, decays in Q30.
//
// Settings (mailbox p[]): p0 elites n_e = floor(rho N), p1 smoothing (Q16), p2 noise magnitude
// (Q24), p3 noise decay (Q30), p4 temperature decay (Q30; 0: elites only).

import "stream.dsl";

const KIND: i32 = 2;

var mean: [i32; 7];                  // Q16
var cov: [i32; 49];                  // Q24, row-major
var chol: [i32; 49];                 // Q16, lower triangle
var z: [i32; 7];
var fit_set: [i32; 51];              // population indices of the fitted samples
var n_fit: i32;
var fitted_before: bool;

/** The fit set: the n_e best, and with a temperature each other sample kept with e^((f - gamma)/T). */
fn select_fit_set(n: i32, ne: i32, temp: i32) -> i32 {
  let gamma = fitness[order[ne - 1]];
  n_fit = 0;
  for r in 0..ne { fit_set[r] = order[r]; }
  n_fit = ne;
  var kept = 0;
  if mailbox.p[4] > 0 {
    for r in ne..n {
      let i = order[r];
      let u = uniform_q16();
      if u < keep_probability(fitness[i] - gamma, temp) {
        fit_set[n_fit] = i;
        n_fit += 1;
        kept += 1;
      }
    }
  }
  return kept;
}

/** Mean (Q16) and sample covariance (Q24, n - 1) of the fit set, smoothed with the previous fit. */
fn fit_gaussian() {
  var s: i32 = 0;                                    // smoothing weight of the old fit, Q16
  if fitted_before { s = mailbox.p[1]; }
  for k in 0..dim {
    var t = 0;
    for j in 0..n_fit { t += pop[fit_set[j] * dim + k] as i32; }
    let m_new = t / n_fit;
    mean[k] = mul_shr(s, mean[k], 16) + mul_shr(Q16_ONE - s, m_new, 16);
    z[k] = m_new;                                    // (z holds the new mean until sampling)
  }
  for a in 0..dim {
    for b in 0..a + 1 {
      var t = 0;
      for j in 0..n_fit {
        let p = fit_set[j] * dim;
        t += mul_shr((pop[p + a] as i32) - z[a], (pop[p + b] as i32) - z[b], 8);
      }
      let c = mul_shr(s, cov[a * 7 + b], 16) + mul_shr(Q16_ONE - s, t / (n_fit - 1), 16);
      cov[a * 7 + b] = c;
      cov[b * 7 + a] = c;
    }
  }
  fitted_before = true;
}

/**
 * chol = the Cholesky factor of cov + diag(|z_k| noise), in place (Q24 in, Q16 out). A pivot that
 * rounding leaves at or below zero is set to 2^-24 (the host's factorisation adds a jitter instead).
 */
fn factor(noise: i32) {
  for k in 0..49 { chol[k] = cov[k]; }
  for k in 0..dim { chol[k * 7 + k] += mul_shr(abs(normal_q16()), noise, 16); }
  for i in 0..dim {
    for j in 0..i + 1 {
      var s = chol[i * 7 + j];
      for k in 0..j { s -= mul_shr(chol[i * 7 + k], chol[j * 7 + k], 8); }
      if i == j {
        if s < 1 { s = 1; }
        chol[i * 7 + i] = isqrt_shl(s as u32, 4) as i32;     // sqrt(Q24) = Q12, x 2^4 -> Q16
      } else {
        chol[i * 7 + j] = fdiv(s, chol[j * 7 + j], 8);       // Q24 / Q16 = Q8, x 2^8 -> Q16
      }
    }
  }
}

/** n samples of N(mean, L L^T), clipped to the box. */
fn sample_population(n: i32) {
  for s in 0..n {
    for k in 0..dim { z[k] = normal_q16(); }
    for i in 0..dim {
      var v = mean[i];
      for k in 0..i + 1 { v += mul_shr(chol[i * 7 + k], z[k], 16); }
      pop[s * dim + i] = clip_point(v) as u16;
    }
  }
}

fn main() {
  let n = mailbox.population;
  if !start(KIND, n) { return; }
  let ne = mailbox.p[0];
  initial_points(n);
  var noise = mailbox.p[2];
  var temp: i32 = 1 << 20;
  for g in 0..n_gen {
    gen_begin(g);
    evaluate(n);
    rank(0, n);
    let kept = select_fit_set(n, ne, temp);
    fit_gaussian();
    let best = order[0];
    for k in 0..dim {
      log_cur[k] = pop[best * dim + k] as i32;
      log_ans[k] = clip_point(mean[k]);
    }
    log_generation(g, n, best, fitness[best], fitness[order[ne - 1]], noise, temp, n_fit + (kept << 16));
    factor(noise);
    sample_population(n);
    noise = mul_shr(noise, mailbox.p[3], 30);
    temp = mul_shr(temp, mailbox.p[4], 30);
  }
  finish();
}
