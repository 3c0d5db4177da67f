// Evolution strategies as a PPU program: the outer loop of learning-to-learn on the chip
// (docs/onchip.md). The algorithm is host/optimizers/es.ts's (Salimans et al. 2017 as in the
// 2019 hardware runs): generation g evaluates the centre c, c + sigma eps_i and, mirrored,
// c - sigma eps_i (i < n), ranks the m perturbed fitnesses with the NES utilities (tied fitnesses
// share), and moves the centre by lr_g / (m sigma) sum_j u_j s_j eps_j, lr_g = lr decay^g.
// Fixed point: points, sigma, lr in Q16; the decay in Q30; utilities in Q24; eps from the
// standard library's Gaussian (Irwin-Hall), stored in Q12.
//
// Settings (mailbox p[]): p0 learning rate (Q16), p1 learning-rate decay (Q30), p2 noise std
// sigma (Q16), p3 mirrored sampling (0/1). Fitness shaping is always on (the host refuses
// fitnessShaping: false: raw fitnesses of order 1000 times the noise overflow 32 bits).

import "stream.dsl";

const KIND: i32 = 1;
const N_MAX: i32 = 25;

var centre: [i32; 7];
var eps: [i16; 175];                 // eps_i, dim values each, Q12
var util: [i32; 50];                 // utility of rank k (Q24)
var u_of: [i32; 50];                 // utility of perturbed individual j after ties are shared
var grad: [i32; 7];

/** u_k = max(0, ln(m/2 + 1) - ln k) / sum_l max(0, ln(m/2 + 1) - ln l) - 1/m, k = 1..m (Q24). */
fn utilities_by_rank(m: i32) {
  let top = ln_int_q16(m + 2) - ln_int_q16(2);
  var z = 0;
  for k in 0..m {
    let r = max(0, top - ln_int_q16(k + 1));
    util[k] = r;
    z += r;
  }
  let inv_m = fdiv(1, m, 24);
  for k in 0..m { util[k] = fdiv(util[k], z, 24) - inv_m; }
}

/** u_of[j] for the perturbed individuals 1..m of the population: by rank, ties share the mean. */
fn shaped_utilities(m: i32) {
  rank(1, m);
  var i = 0;
  while i < m {
    var j = i;
    while j + 1 < m && fitness[order[j + 1]] == fitness[order[i]] { j += 1; }
    var s = 0;
    for k in i..j + 1 { s += util[k]; }
    let share = s / (j - i + 1);
    for k in i..j + 1 { u_of[order[k] - 1] = share; }
    i = j + 1;
  }
}

var n_dir: i32;                      // n
var m_pert: i32;                     // m: perturbed individuals
var mirrored: bool;
var sigma: i32;
var lr: i32;

/** Generation g's population: the centre, the + perturbations, then (mirrored) the - ones. */
fn sample_population() {
  for k in 0..dim { pop[k] = centre[k] as u16; }
  for i in 0..n_dir {
    for k in 0..dim { eps[i * dim + k] = normal_q12() as i16; }
  }
  for i in 0..n_dir {
    for k in 0..dim {
      let d = mul_shr(sigma, eps[i * dim + k] as i32, 12);
      pop[(1 + i) * dim + k] = clip_point(centre[k] + d) as u16;
      if mirrored { pop[(1 + n_dir + i) * dim + k] = clip_point(centre[k] - d) as u16; }
    }
  }
}

/** The centre's step from the shaped fitnesses; logs the generation. */
fn update(g: i32) {
  let m = m_pert;
  shaped_utilities(m);
  var norm2 = 0;
  for k in 0..dim {
    var s = 0;
    for j in 0..m {
      if j < n_dir { s += mul_shr(u_of[j], eps[j * dim + k] as i32, 20); }
      else { s -= mul_shr(u_of[j], eps[(j - n_dir) * dim + k] as i32, 20); }
    }
    grad[k] = s;
    norm2 += mul_shr(s, s, 16);
  }
  let coef = fdiv(lr, m * sigma, 16);                     // lr / (m sigma), Q16
  for k in 0..dim {
    log_cur[k] = centre[k];
    centre[k] = clip_point(centre[k] + mul_shr(coef, grad[k], 16));
    log_ans[k] = centre[k];
  }
  let grad_norm = fdiv(isqrt_shl(norm2 as u32, 8) as i32, m * sigma, 16);
  log_generation(g, m + 1, 0, fitness[0], lr, grad_norm, 0, 0);
}

fn main() {
  n_dir = mailbox.population;
  mirrored = mailbox.p[3] != 0;
  m_pert = n_dir;
  if mirrored { m_pert = 2 * n_dir; }
  if !start(KIND, m_pert + 1) { return; }
  let decay = mailbox.p[1];
  sigma = mailbox.p[2];
  initial_points(1);
  for k in 0..dim { centre[k] = pop[k] as i32; }
  utilities_by_rank(m_pert);
  lr = mailbox.p[0];
  for g in 0..n_gen {
    gen_begin(g);
    sample_population();
    evaluate(m_pert + 1);
    update(g);
    lr = mul_shr(lr, decay, 30);
  }
  finish();
}
