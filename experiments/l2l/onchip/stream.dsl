// What the three on-chip outer loops (es.dsl, ce.dsl, sa.dsl) share: the streaming mailbox
// protocol (docs/onchip.md, "Mailbox protocol"), the run configuration, the population and
// its evaluation (the inner loop on the tasks the host streams in, or a quadratic the PPU
// computes itself), ranking, and the per-generation log. experiments/l2l/onchip/protocol.ts is
// the host's side of the same layout.

import "fixed.dsl";
import "inner.dsl";

const MAGIC: u32 = 0x4c324c43;       // "L2LC": on-chip outer loop, layout version 1
const D_MAX: i32 = 7;                // Theta's dimension (the seven L2L parameters)
const POP_MAX: i32 = 51;             // individuals per generation (ES 2x25+1, CE 50, SA 50)
const SLOT_BYTES: i32 = 1536;
const TRACE_ROWS: i32 = 8;           // states of a task (6x8 MDPs, 3x3 mazes)
const LOG_WORDS: i32 = 96;
const LOG_ENTRIES: i32 = 2;
const LOG_FITNESS: i32 = 40;         // first fitness word of a log entry

// status codes (negative: the configuration was refused, nothing ran)
const ST_RUNNING: i32 = 1;
const ST_DONE: i32 = 2;
const ERR_MAGIC: i32 = -1;
const ERR_OPTIMIZER: i32 = -2;
const ERR_CONFIG: i32 = -3;

const MODE_TASKS: i32 = 0;
const MODE_QUADRATIC: i32 = 1;

mailbox {
  // host -> PPU, written before the PPU starts
  magic: u32 @ 0x000,
  status: i32 @ 0x004,               // PPU: 1 running, 2 done, < 0 refused
  optimizer: i32 @ 0x008,            // 1 ES, 2 CE, 3 SA: must be this program's
  mode: i32 @ 0x00c,                 // 0 L2L tasks, 1 quadratic fitness
  seed: u32 @ 0x010,                 // the PPU's random stream (0 is replaced by 1)
  generations: i32 @ 0x014,
  population: i32 @ 0x018,           // ES: perturbation directions n; CE: samples; SA: parallel runs
  tasks_per_eval: i32 @ 0x01c,       // K
  steps: i32 @ 0x020,                // steps per episode
  dimension: i32 @ 0x024,            // 7 with tasks; 1..7 with the quadratic
  init_mode: i32 @ 0x028,            // 0: the PPU draws the starting points; 1: they are at 0x400
  lambda: fx8 @ 0x02c,               // the fixed trace decay (Q0.7)
  p: [i32; 8] @ 0x030,               // the optimizer's settings (docs/onchip.md)
  inject_count: i32 @ 0x050,
  inject_interval: i32 @ 0x054,
  settle: i32 @ 0x058,
  step_cycles: i32 @ 0x05c,
  rest_cycles: i32 @ 0x060,
  poll_cycles: i32 @ 0x064,          // sleep between looks at a slot or the log
  quad_scale: i32 @ 0x068,           // quadratic: f = -scale * |x - target|^2
  quad_target: [i32; 7] @ 0x070,     // Q16
  // the handshake
  slot_seq: [i32; 2] @ 0x090,        // host: task number + 1 of the task in slot i (0: empty)
  slot_agent: [u32; 2] @ 0x098,      // host: the agent seed of that task
  tasks_released: i32 @ 0x0a0,       // PPU: tasks it is done with (slot of task n is free once this >= n + 1)
  log_written: i32 @ 0x0a4,          // PPU: log entries written
  log_read: i32 @ 0x0a8,             // host: log entries read
  generation: i32 @ 0x0ac,           // PPU: the generation in progress
  episodes: i32 @ 0x0b0,             // PPU: episodes run
  overruns: i32 @ 0x0b4,             // PPU: inner steps that ran into the next network phase
  busy_max: i32 @ 0x0b8,             // PPU: most cycles of one inner step (network phase + work)
  log0: [i32; 96] @ 0x100,           // two log entries (docs/onchip.md, "The log")
  log1: [i32; 96] @ 0x280,
  init: [i32; 768] @ 0x400,          // starting points (Q16), read before the first task
  task8: [u8; 3072] @ 0x400,         // slot 0 at 0x400, slot 1 at 0xa00
  task16: [u16; 1536] @ 0x400,
  task32: [u32; 768] @ 0x400,
}

// The inner loop's per-step hooks: nothing to record per step here.
fn on_reward(t: i32, r: i32) { }
fn on_silent() { }

var dim: i32;
var n_gen: i32;
var n_tasks: i32;
var n_steps: i32;
var mode: i32;
var poll: i32;

var pop: [u16; 357];                 // the generation's individuals, dim values each, Q16
var fitness: [i32; 51];                  // their fitnesses (sums of reward codes over K episodes; quadratic: Q16)
var order: [i32; 51];                // indices by fitness, best first

var next_task: i32;
var gen_start: u32;
var gen_wait: i32;                   // cycles this generation spent waiting for the host
var gen_busy: i32;
var gen_overruns: i32;

/**
 * Start: false (status < 0) unless the mailbox holds this layout, this optimizer and a population
 * that fits. The host checks every setting before it starts the PPU (protocol.ts); what is left
 * here protects the program from another host. (Anything else out of range traps at an index.)
 */
fn start(kind: i32, individuals: i32) -> bool {
  clock();
  if mailbox.magic != MAGIC { mailbox.status = ERR_MAGIC; return false; }
  if mailbox.optimizer != kind { mailbox.status = ERR_OPTIMIZER; return false; }
  dim = mailbox.dimension;
  if individuals < 1 || individuals > POP_MAX || dim < 1 || dim > D_MAX {
    mailbox.status = ERR_CONFIG;
    return false;
  }
  n_gen = mailbox.generations;
  n_tasks = mailbox.tasks_per_eval;
  n_steps = mailbox.steps;
  mode = mailbox.mode;
  poll = mailbox.poll_cycles;
  rng[0] = mailbox.seed;
  if rng[0] == 0 { rng[0] = 1; }
  th_lambda = mailbox.lambda;
  net_inject_count = mailbox.inject_count;
  net_inject_interval = mailbox.inject_interval;
  net_settle = mailbox.settle;
  net_step = mailbox.step_cycles;
  net_rest = mailbox.rest_cycles;
  return true;
}


/** The first n starting points: the host's (init_mode 1) or uniform draws. Then the host may stream. */
fn initial_points(n: i32) {
  for i in 0..n * dim {
    if mailbox.init_mode == 1 { pop[i] = clip_point(mailbox.init[i]) as u16; }
    else { pop[i] = uniform_q16() as u16; }
  }
  // From here on 0x400.. belongs to the task slots.
  mailbox.status = ST_RUNNING;
}

// --- tasks from the host ---------------------------------------------------------------------

/** Sleep until the host has put task next_task into its slot; returns that task's agent seed. */
fn take_task() -> u32 {
  let slot = next_task & 1;
  if mailbox.slot_seq[slot] != next_task + 1 {
    let t0 = clock();
    while mailbox.slot_seq[slot] != next_task + 1 { wait(poll as u32); clock(); }
    gen_wait += (clock() - t0) as i32;
  }
  task_base = slot * SLOT_BYTES;
  return mailbox.slot_agent[slot];
}

fn release_task() {
  next_task += 1;
  mailbox.tasks_released = next_task;
}

// --- fitness ---------------------------------------------------------------------------------

/** Individual i's Theta in chip units (thetaToChip of host/optimizers/theta.ts, from Q16). */
fn set_theta(i: i32) {
  let b = i * dim;
  th_gamma = frac8(min(((pop[b] as i32) * 128 + 32768) >> 16, 127));
  th_eta = frac8(min(((pop[b + 1] as i32) * 128 + 32768) >> 16, 127));
  th_w_lower = ((pop[b + 2] as i32) * 63 + 32768) >> 16;
  th_w_upper = ((pop[b + 3] as i32) * 63 + 32768) >> 16;
  th_w_init = ((pop[b + 4] as i32) * 63 + 32768) >> 16;
  th_w_inh = ((pop[b + 5] as i32) * 63 + 32768) >> 16;
  th_rescale = ((pop[b + 6] as i32) * 2000 + 32768) >> 16;
}

fn quadratic(i: i32) -> i32 {
  var s = 0;
  for k in 0..dim {
    let d = (pop[i * dim + k] as i32) - mailbox.quad_target[k];
    s += mul_shr(d, d, 16);
  }
  return 0 - s * mailbox.quad_scale;
}

/**
 * Fitnesses of individuals 0..n-1. With tasks: task by task (each task is streamed once per
 * generation and every individual learns it), so fitness[i] = sum over the K tasks of the episode's
 * reward codes; the host's fitness is fitness[i] / (128 K).
 */
fn evaluate(n: i32) {
  for i in 0..n { fitness[i] = 0; }
  if mode == MODE_QUADRATIC {
    for i in 0..n { fitness[i] = quadratic(i); }
    return;
  }
  for k in 0..n_tasks {
    let agent_seed = take_task();
    for i in 0..n {
      set_theta(i);
      fitness[i] += run_episode(n_steps, agent_seed);
      mailbox.episodes = mailbox.episodes + 1;
      gen_overruns += ep_overruns;
      if ep_busy_max > gen_busy { gen_busy = ep_busy_max; }
    }
    release_task();
  }
  mailbox.overruns = mailbox.overruns + gen_overruns;
  if gen_busy > mailbox.busy_max { mailbox.busy_max = gen_busy; }
}

/** Fitness as a real number in Q16: fit / (128 K) with tasks, fit itself with the quadratic. */
fn fitness_q16(f: i32) -> i32 {
  if mode == MODE_QUADRATIC { return f; }
  return fdiv(f, 128 * n_tasks, 16);
}

/**
 * order[0..n) = first..first+n-1 sorted by fitness, best first; equal fitnesses keep their order
 * (a stable insertion sort, as host/optimizers' rankOrder).
 */
fn rank(first: i32, n: i32) {
  for i in 0..n { order[i] = first + i; }
  for i in 1..n {
    let key = order[i];
    var j = i - 1;
    while j >= 0 && fitness[order[j]] < fitness[key] {
      order[j + 1] = order[j];
      j -= 1;
    }
    order[j + 1] = key;
  }
}

/**
 * The probability (Q16) of keeping a candidate whose fitness is `delta` (<= 0, fitness units) below
 * the reference at temperature t (Q20): e^(delta / t).
 */
fn keep_probability(delta: i32, t: i32) -> i32 {
  if delta >= 0 { return Q16_ONE; }
  if t <= 0 { return 0; }
  return exp_neg_q16(fdiv(fitness_q16(0 - delta), t, 20));
}

// --- the log ---------------------------------------------------------------------------------

fn gen_begin(g: i32) {
  mailbox.generation = g;
  gen_start = clock();
  gen_wait = 0;
  gen_busy = 0;
  gen_overruns = 0;
}

/** Wait until the host has read enough entries that one is free. */
fn log_wait() {
  if mailbox.log_written - mailbox.log_read >= LOG_ENTRIES {
    let t0 = clock();
    while mailbox.log_written - mailbox.log_read >= LOG_ENTRIES { wait(poll as u32); clock(); }
    gen_wait += (clock() - t0) as i32;
  }
}

var log_cur: [i32; 7];               // the optimizer's current answer (Q16), filled before log_generation
var log_ans: [i32; 7];               // the point it goes on from
var log_hdr: [i32; 8];               // g, n, current index, current fitness, four optimizer numbers

/** Writes the entry (layout: docs/onchip.md, "The log") into one of the two log areas. */
fn log_fill(e: &[i32; 96], n: i32) {
  var sum = 0;
  var lo = fitness[0];
  var hi = fitness[0];
  var best = 0;
  for i in 0..n {
    let f = fitness[i];
    sum += f;
    if f < lo { lo = f; }
    if f > hi { hi = f; best = i; }
    e[LOG_FITNESS + i] = f;
  }
  for k in 0..8 { e[k] = log_hdr[k]; }
  e[8] = sum;
  e[9] = lo;
  e[10] = hi;
  e[11] = best;
  e[12] = (clock() - gen_start) as i32;
  e[13] = gen_wait;
  e[14] = gen_busy;
  e[15] = gen_overruns;
  for k in 0..dim {
    e[16 + k] = pop[best * dim + k] as i32;
    e[23 + k] = log_cur[k];
    e[30 + k] = log_ans[k];
  }
}

/**
 * The generation's entry: statistics of fitness[0..n), the best individual of pop, the
 * optimizer's current answer (log_cur; its index ci, its fitness current_f), the point it goes
 * on from (log_ans), four optimizer-specific numbers, timing.
 */
fn log_generation(g: i32, n: i32, ci: i32, current_f: i32, e0: i32, e1: i32, e2: i32, e3: i32) {
  log_wait();
  log_hdr[0] = g;
  log_hdr[1] = n;
  log_hdr[2] = ci;
  log_hdr[3] = current_f;
  log_hdr[4] = e0;
  log_hdr[5] = e1;
  log_hdr[6] = e2;
  log_hdr[7] = e3;
  if (mailbox.log_written & 1) == 0 { log_fill(mailbox.log0, n); }
  else { log_fill(mailbox.log1, n); }
  mailbox.log_written = mailbox.log_written + 1;
}

fn finish() {
  mailbox.status = ST_DONE;
}
