// One inner-loop episode with the mailbox of the chip backend (layout version 1, docs/l2l.md):
// the same mailbox as experiments/l2l/td.dsl, and the inner loop of the on-chip outer loops
// (inner.dsl: td.dsl's SARSA(lambda) on a fixed step grid). The chip backend runs it with
//   backendOptions: { "program": "experiments/l2l/onchip/episode.dsl" }
// so that a host-side outer loop drives exactly the inner loop that the on-chip outer loops
// (es.dsl, ce.dsl, sa.dsl) run: an episode here and the same episode inside an on-chip run give
// the same rewards (test/l2l/onchip-episode.test.ts).

import "inner.dsl";

// The step grid and the quiet time before an episode: the defaults of the on-chip programs
// (experiments/l2l/onchip/protocol.ts, STEP_CYCLES and REST_CYCLES).
const STEP_CYCLES: i32 = 4000;
const REST_CYCLES: i32 = 100000;
const TRACE_ROWS: i32 = 31;         // every synapse row but the inhibitory one
const BLOCK: i32 = 100;
const MAX_BLOCKS: i32 = 64;

mailbox {
  magic: u32 @ 0x000,
  status: i32 @ 0x004,
  steps: i32 @ 0x008,
  agent_seed: u32 @ 0x00c,
  gamma: fx8 @ 0x010,
  eta: fx8 @ 0x011,
  lambda: fx8 @ 0x012,
  w_lower: i8 @ 0x013,
  w_upper: i8 @ 0x014,
  w_init: i8 @ 0x015,
  w_inh: i8 @ 0x016,
  rescale_period: i32 @ 0x018,
  inject_count: i32 @ 0x01c,
  inject_interval: i32 @ 0x020,
  settle: i32 @ 0x024,
  total_reward: i32 @ 0x040,
  steps_done: i32 @ 0x044,
  silent_steps: i32 @ 0x048,
  overruns: i32 @ 0x04c,        // steps whose work ran into the next network phase (0 expected)
  busy_max: i32 @ 0x050,        // most cycles from a network phase's start to the end of its step
  block_rewards: [i32; 64] @ 0x080,
  task8: [u8; 3072] @ 0x400,
  task16: [u16; 1536] @ 0x400,
  task32: [u32; 768] @ 0x400,
}

fn on_reward(t: i32, r: i32) {
  let block: i32 = t / BLOCK;
  if block < MAX_BLOCKS { mailbox.block_rewards[block] = mailbox.block_rewards[block] + r; }
  mailbox.steps_done = t + 1;
}

fn on_silent() {
  mailbox.silent_steps = mailbox.silent_steps + 1;
}

fn main() {
  mailbox.status = 1;
  mailbox.total_reward = 0;
  mailbox.silent_steps = 0;
  mailbox.steps_done = 0;
  for b in 0..MAX_BLOCKS { mailbox.block_rewards[b] = 0; }
  th_gamma = mailbox.gamma;
  th_eta = mailbox.eta;
  th_lambda = mailbox.lambda;
  th_w_lower = mailbox.w_lower as i32;
  th_w_upper = mailbox.w_upper as i32;
  th_w_init = mailbox.w_init as i32;
  th_w_inh = mailbox.w_inh as i32;
  th_rescale = mailbox.rescale_period;
  net_inject_count = mailbox.inject_count;
  net_inject_interval = mailbox.inject_interval;
  net_settle = mailbox.settle;
  net_step = STEP_CYCLES;
  net_rest = REST_CYCLES;
  task_base = 0;
  mailbox.total_reward = run_episode(mailbox.steps, mailbox.agent_seed);
  mailbox.overruns = ep_overruns;
  mailbox.busy_max = ep_busy_max;
  mailbox.status = 2;
}
