// The learning-to-learn inner loop on the chip: SARSA(lambda) with the Q-values held in synaptic
// weights, the action chosen by spiking neurons, the task (an MDP or a maze) stepped by the PPU.
// docs/l2l.md describes the network and the mailbox protocol; experiments/l2l/chip-backend.ts is
// the host side.
//
// Network (configured by the host, weights written here): synapse row s (s < S, excitatory,
// decoder address 1) feeds the action neurons 0..A-1 with the weights Q(s, a); row 31
// (inhibitory, address 50) holds the lateral inhibitory weight towards every action neuron, and
// the router sends an event to row 31 whenever an action neuron fires.
//
// One step: inject the current state's row a few times, read the action neurons' rate counters,
// pick the most active one (ties and silence broken by the agent's own random numbers), let the
// environment move, update Q and the eligibility traces with saturating fixed point.

const INHIBITORY_ROW: i32 = 31;
const STATE_ADDRESS: i32 = 1;
const BLOCK: i32 = 100;        // steps per entry of block_rewards
const MAX_BLOCKS: i32 = 64;

mailbox {
  // host -> PPU
  magic: u32 @ 0x000,          // 0x4c324c31 ("L2L1"): layout version 1
  status: i32 @ 0x004,         // PPU: 1 running, 2 done, < 0 error
  steps: i32 @ 0x008,          // episode length
  agent_seed: u32 @ 0x00c,     // the agent's random numbers (never the environment's)
  gamma: fx8 @ 0x010,          // Theta in chip units (docs/l2l.md)
  eta: fx8 @ 0x011,
  lambda: fx8 @ 0x012,
  w_lower: i8 @ 0x013,
  w_upper: i8 @ 0x014,
  w_init: i8 @ 0x015,
  w_inh: i8 @ 0x016,
  rescale_period: i32 @ 0x018, // steps between rescalings, 0: never
  inject_count: i32 @ 0x01c,   // spikes injected into the state row per step
  inject_interval: i32 @ 0x020,// cycles between them
  settle: i32 @ 0x024,         // cycles after the last injection's interval before the counters are read
  // PPU -> host
  total_reward: i32 @ 0x040,   // sum of the Q0.7 rewards
  steps_done: i32 @ 0x044,
  silent_steps: i32 @ 0x048,   // steps in which no action neuron fired
  block_rewards: [i32; 64] @ 0x080,
  // the task, as host/tasks encodes it (docs/tasks.md, "Binary form")
  task8: [u8; 3072] @ 0x400,
  task16: [u16; 1536] @ 0x400,
  task32: [u32; 768] @ 0x400,
}

var traces: [row<fx8>; 31];
var last_visit: [i32; 31];     // step of each state's last visit
var trace_life: i32;           // steps after which a trace has decayed to exactly zero
var env: u32;                  // the environment's LCG state
var agent: u32;                // the agent's xorshift state
var n_states: i32;
var n_actions: i32;

// --- the environment (bit-exact with host/tasks/ppu-reference.ts) --------------------------

fn env_draw() -> u32 {
  env = env * 1664525 + 1013904223;
  return env >> 16;
}

/// Index of the first cumulative threshold above a fresh 16-bit draw (0xffff is redrawn).
fn sample(first: i32) -> i32 {
  var u: u32 = env_draw();
  while u == 0xffff { u = env_draw(); }
  var k: i32 = 0;
  while k < n_states - 1 && u >= mailbox.task16[first + k] as u32 { k += 1; }
  return k;
}

fn reward(s: i32, a: i32, next: i32) -> i32 {
  let off: i32 = mailbox.task16[11] as i32;            // offset of the rewards (header word at byte 22)
  let per_transition: bool = (mailbox.task8[6] & 1) != 0;
  var i: i32 = off + s * n_actions + a;
  if per_transition { i = off + (s * n_actions + a) * n_states + next; }
  return mailbox.task8[i] as i8 as i32;
}

// --- the agent ---------------------------------------------------------------------------

fn agent_draw(n: i32) -> i32 {
  agent = xorshift32(agent);
  return ((agent >> 8) % (n as u32)) as i32;
}

/// Run the network for one step in state s and pick an action from the rate counters.
fn choose(s: i32) -> i32 {
  reset_rates();
  let rows: u32 = (1 as u32) << (s as u32);
  for k in 0..mailbox.inject_count {
    inject(rows, STATE_ADDRESS);
    wait(mailbox.inject_interval);
  }
  wait(mailbox.settle);
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
    mailbox.silent_steps = mailbox.silent_steps + 1;
    choice = agent_draw(n_actions);
  }
  return choice;
}

// --- learning ----------------------------------------------------------------------------

fn q(s: i32, a: i32) -> fx8 {
  return frac8(weights[s][a]);
}

/// Q += eta * delta * e for every state; e *= gamma * lambda. Weights stay in 0..63.
/// Rows whose traces have decayed to zero are skipped: for them both updates change nothing.
fn td_update(delta: fx8, decay: fx8, t: i32) {
  let stepv: row<fx8> = row_splat(mailbox.eta * delta);
  let fade: row<fx8> = row_splat(decay);
  for s in 0..n_states {
    if t - last_visit[s] <= trace_life {
      let w: row<fx8> = frac8(weights[s]) + traces[s] * stepv;
      weights[s] = clamp(raw(w), 0 as i8, 63 as i8);
      traces[s] = traces[s] * fade;
    }
  }
}

/// How many decay steps take the largest trace (0.9921875) to exactly zero (fractional products
/// truncate towards zero for positive values), or a number of steps longer than any episode.
fn life_of(decay: fx8) -> i32 {
  var v: fx8 = 0.9921875;
  var n: i32 = 0;
  while v > 0.0 && n < 100000 {
    v = v * decay;
    n += 1;
  }
  return n;
}

/// Map each state's action weights linearly: smallest to w_lower, largest to w_upper (reversed if w_lower > w_upper).
fn rescale() {
  let lo: i32 = mailbox.w_lower as i32;
  let hi: i32 = mailbox.w_upper as i32;
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
    init[a] = mailbox.w_init;
    inh[a] = mailbox.w_inh;
  }
  for s in 0..n_states {
    weights[s] = init;
    traces[s] = row_splat(0.0);
    last_visit[s] = -1000000;
  }
  weights[INHIBITORY_ROW] = inh;
}

fn main() {
  mailbox.status = 1;
  n_states = mailbox.task8[8] as i32;
  n_actions = mailbox.task8[9] as i32;
  env = mailbox.task32[4];                           // the episode seed (header word at byte 16)
  agent = mailbox.agent_seed;
  if agent == 0 { agent = 1; }
  mailbox.total_reward = 0;
  mailbox.silent_steps = 0;
  for b in 0..MAX_BLOCKS { mailbox.block_rewards[b] = 0; }
  init_network();

  let transitions: i32 = (mailbox.task16[10] as i32) / 2;   // offset of the transition thresholds
  let decay: fx8 = mailbox.gamma * mailbox.lambda;
  trace_life = life_of(decay);
  var s: i32 = sample(12);                                  // start thresholds follow the 24-byte header
  var a: i32 = choose(s);
  for t in 0..mailbox.steps {
    let next: i32 = sample(transitions + (s * n_actions + a) * n_states);
    let r: i32 = reward(s, a, next);
    mailbox.total_reward = mailbox.total_reward + r;
    let block: i32 = t / BLOCK;
    if block < MAX_BLOCKS { mailbox.block_rewards[block] = mailbox.block_rewards[block] + r; }
    let a2: i32 = choose(next);
    // SARSA: delta = r + gamma Q(s', a') - Q(s, a), with replacing traces
    let delta: fx8 = frac8(r as i8) + mailbox.gamma * q(next, a2) - q(s, a);
    var e: row<fx8> = traces[s];
    e[a] = 0.9921875;
    traces[s] = e;
    last_visit[s] = t;
    td_update(delta, decay, t);
    if mailbox.rescale_period > 0 && (t + 1) % mailbox.rescale_period == 0 { rescale(); }
    s = next;
    a = a2;
    mailbox.steps_done = t + 1;
  }
  mailbox.status = 2;
}
