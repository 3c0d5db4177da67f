// The learning-to-learn inner loop as a module: SARSA(lambda) with the Q-values in synaptic
// weights and actions chosen by spiking neurons, on a task (MDP or maze) stepped by the PPU.
// The algorithm, the network and the Theta encoding are those of experiments/l2l/td.dsl
// (docs/l2l.md); what differs is time. Every step's network phase starts on a fixed grid of
// `net_step` cycles, aligned to the chip's clock, after `net_rest` cycles of quiet before the
// episode, and every injection is placed at its own cycle on that grid. So the spikes the chip
// produces depend only on Theta, the task and the seeds, never on how long the PPU's own code
// took before (the outer loop, waiting for the host, branch-cache state): an episode run in the
// middle of an on-chip outer loop gives exactly the result of the same episode on a fresh chip
// (experiments/l2l/onchip/episode.dsl; tested in test/l2l/onchip-*.test.ts).
//
// The including program provides: the constant TRACE_ROWS (states it can hold, at most 31), a mailbox with the views task8, task16, task32 (the task in
// the binary form of docs/tasks.md, starting at byte `task_base` of task8, a multiple of 4), and
// the hooks on_reward(t, r) and on_silent() (called per step; empty in the outer-loop programs).

const INHIBITORY_ROW: i32 = 31;
const STATE_ADDRESS: i32 = 1;

// Theta in chip units (docs/l2l.md, "Theta on the chip"), set by the program before an episode.
var th_gamma: fx8;
var th_eta: fx8;
var th_lambda: fx8;
var th_w_lower: i32;
var th_w_upper: i32;
var th_w_init: i32;
var th_w_inh: i32;
var th_rescale: i32;           // steps between rescalings, 0: never

// Network timing (cycles), set by the program.
var net_inject_count: i32;
var net_inject_interval: i32;
var net_settle: i32;
var net_step: i32;             // the step grid; a multiple of the router's window
var net_rest: i32;             // quiet cycles before an episode

var task_base: i32;            // byte offset of the task in mailbox.task8

// Per-episode measurements.
var ep_overruns: i32;          // grid points skipped because a step's work was not done in time
var ep_busy_max: i32;          // most cycles from a network phase's start to the end of its step's work

var traces: [row<fx8>; TRACE_ROWS];
var last_visit: [i32; TRACE_ROWS];     // step of each state's last visit
var trace_life: i32;           // steps after which a trace has decayed to exactly zero
var env: u32;                  // the environment's LCG state
var agent: u32;                // the agent's xorshift state
var n_states: i32;
var n_actions: i32;

// --- time: the 32-bit time base extended by counting its wrap-arounds ------------------------

var clk_hi: u32;
var clk_last: u32;

/** time(), noting wrap-arounds (called at least once per 2^32 cycles: every step and poll does). */
fn clock() -> u32 {
  let t = time();
  if t < clk_last { clk_hi += 1; }
  clk_last = t;
  return t;
}

/** Sleep until the low 32 bits of the clock reach t (at once if t has passed). */
fn wait_until(t: u32) {
  let d = (t - clock()) as i32;
  if d > 0 { wait(d as u32); }
  clock();
}

/**
 * The grid point for the next network phase: one period after g, or, when the step's work has
 * not left LEAD cycles before it (a rescaling step, say), the first grid point that does. So a
 * network phase always starts on the grid and always after the same code, whatever ran before.
 */
const LEAD: i32 = 64;
fn next_slot(g: u32) -> u32 {
  var n = g + (net_step as u32);
  while ((n - clock()) as i32) < LEAD {
    n += net_step as u32;
    ep_overruns += 1;
  }
  return n;
}

/**
 * The first time, at least `period` cycles from now, at which the full (64-bit) cycle count is a
 * multiple of `period` (at most 65535, so the remainders below fit 32 bits).
 */
fn next_grid_time(period: i32) -> u32 {
  let p = period as u32;
  let now = clock();
  let wrap = (0 - p) % p;                        // 2^32 mod p
  let phase = ((clk_hi % p) * wrap + now % p) % p;
  return now + (p - phase) + p;
}

// --- the environment (bit-exact with host/tasks/ppu-reference.ts) --------------------------

fn env_draw() -> u32 {
  env = env * 1664525 + 1013904223;
  return env >> 16;
}

/** Index of the first cumulative threshold above a fresh 16-bit draw (0xffff is redrawn). */
fn sample(first: i32) -> i32 {
  var u: u32 = env_draw();
  while u == 0xffff { u = env_draw(); }
  var k: i32 = 0;
  while k < n_states - 1 && u >= mailbox.task16[first + k] as u32 { k += 1; }
  return k;
}

fn reward(s: i32, a: i32, next: i32) -> i32 {
  let off: i32 = task_base + (mailbox.task16[task_base / 2 + 11] as i32);  // offset of the rewards
  let per_transition: bool = (mailbox.task8[task_base + 6] & 1) != 0;
  var i: i32 = off + s * n_actions + a;
  if per_transition { i = off + (s * n_actions + a) * n_states + next; }
  return mailbox.task8[i] as i8 as i32;
}

// --- the agent ---------------------------------------------------------------------------

fn agent_draw(n: i32) -> i32 {
  agent = xorshift32(agent);
  return ((agent >> 8) % (n as u32)) as i32;
}

/** The network phase of one step, starting at grid time g: inject state s, read the counters, pick. */
fn choose(s: i32, g: u32) -> i32 {
  wait_until(g);
  reset_rates();
  let rows: u32 = (1 as u32) << (s as u32);
  let interval = net_inject_interval as u32;
  for k in 0..net_inject_count {
    wait_until(g + (k as u32) * interval);
    inject(rows, STATE_ADDRESS);
  }
  wait_until(g + (net_inject_count as u32) * interval + (net_settle as u32));
  var best: i32 = 0;
  var choice: i32 = -1;
  var ties: i32 = 0;
  for a in 0..n_actions {
    let c: i32 = rate(a);
    if c > best { best = c; choice = a; ties = 1; }
    else if c == best && c > 0 {
      ties += 1;
      if agent_draw(ties) == 0 { choice = a; }     // uniform among the tied (reservoir)
    }
  }
  if choice < 0 {
    on_silent();
    choice = agent_draw(n_actions);
  }
  return choice;
}

// --- learning ----------------------------------------------------------------------------

fn q(s: i32, a: i32) -> fx8 {
  return frac8(weights[s][a]);
}

/** Q += eta * delta * e for every state; e *= gamma * lambda. Weights stay in 0..63. */
fn td_update(delta: fx8, decay: fx8, t: i32) {
  let stepv: row<fx8> = row_splat(th_eta * delta);
  let fade: row<fx8> = row_splat(decay);
  for s in 0..n_states {
    if t - last_visit[s] <= trace_life {
      let w: row<fx8> = frac8(weights[s]) + traces[s] * stepv;
      weights[s] = clamp(raw(w), 0 as i8, 63 as i8);
      traces[s] = traces[s] * fade;
    }
  }
}

/** How many decay steps take the largest trace (0.9921875) to exactly zero (or 100000). */
fn life_of(decay: fx8) -> i32 {
  var v: fx8 = 0.9921875;
  var n: i32 = 0;
  while v > 0.0 && n < 100000 {
    v = v * decay;
    n += 1;
  }
  return n;
}

/** Map each state's action weights linearly: smallest to w_lower, largest to w_upper (reversed if w_lower > w_upper). */
fn rescale() {
  let lo: i32 = th_w_lower;
  let hi: i32 = th_w_upper;
  for s in 0..n_states {
    var w: row<i8> = weights[s];
    var mn: i32 = 63;
    var mx: i32 = 0;
    for a in 0..n_actions {
      let v: i32 = w[a] as i32;
      if v < mn { mn = v; }
      if v > mx { mx = v; }
    }
    if mx > mn {
      for a in 0..n_actions { w[a] = (lo + (w[a] as i32 - mn) * (hi - lo) / (mx - mn)) as i8; }
      weights[s] = w;
    }
  }
}

fn init_network() {
  var init: row<i8> = row_splat(0 as i8);
  var inh: row<i8> = row_splat(0 as i8);
  for a in 0..n_actions {
    init[a] = th_w_init as i8;
    inh[a] = th_w_inh as i8;
  }
  for s in 0..n_states {
    weights[s] = init;
    traces[s] = row_splat(0.0);
    last_visit[s] = -1000000;
  }
  weights[INHIBITORY_ROW] = inh;
}

/**
 * One episode of `steps` steps on the task at task_base, the environment's LCG from the task's
 * header, the agent's from `agent_seed` (0 is replaced by 1). Returns the sum of the Q0.7 reward
 * codes. The task must have at most TRACE_ROWS states and 32 actions (the host checks).
 */
fn run_episode(steps: i32, agent_seed: u32) -> i32 {
  n_states = mailbox.task8[task_base + 8] as i32;
  n_actions = mailbox.task8[task_base + 9] as i32;
  env = mailbox.task32[task_base / 4 + 4];                  // the episode seed (header word at byte 16)
  agent = agent_seed;
  if agent == 0 { agent = 1; }
  ep_overruns = 0;
  ep_busy_max = 0;
  init_network();
  let transitions: i32 = (task_base + (mailbox.task16[task_base / 2 + 10] as i32)) / 2;
  let decay: fx8 = th_gamma * th_lambda;
  trace_life = life_of(decay);
  var total: i32 = 0;
  var s: i32 = sample(task_base / 2 + 12);                  // start thresholds follow the 24-byte header
  // Quiet time, so the neurons are exactly at rest, then the first grid point.
  wait(net_rest as u32);
  var g: u32 = next_grid_time(net_step);
  var a: i32 = choose(s, g);
  for t in 0..steps {
    let next: i32 = sample(transitions + (s * n_actions + a) * n_states);
    let r: i32 = reward(s, a, next);
    total += r;
    on_reward(t, r);
    g = next_slot(g);
    let a2: i32 = choose(next, g);
    // SARSA: delta = r + gamma Q(s', a') - Q(s, a), with replacing traces
    let delta: fx8 = frac8(r as i8) + th_gamma * q(next, a2) - q(s, a);
    var e: row<fx8> = traces[s];
    e[a] = 0.9921875;
    traces[s] = e;
    last_visit[s] = t;
    td_update(delta, decay, t);
    if th_rescale > 0 && (t + 1) % th_rescale == 0 { rescale(); }
    s = next;
    a = a2;
    let busy = (clock() - g) as i32;
    if busy > ep_busy_max { ep_busy_max = busy; }
  }
  return total;
}
