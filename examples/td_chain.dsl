// Q-learning on an MDP the host writes into the mailbox, stepped by the PPU itself.
//
// The task arrives in the binary form of docs/tasks.md ("Binary form": header, cumulative
// uint16 thresholds, Q0.7 rewards). The environment is stepped exactly as the host's reference
// does it (host/tasks/ppu-reference.ts): a 32-bit LCG, high halves as 16-bit draws, the first
// threshold above the draw. The agent explores with uniformly random actions from its own LCG
// and learns Q in fx16 with the TD(0) update of Q-learning:
//
//   Q[s][a] <- Q[s][a] + alpha * (r + gamma * max_b Q[s'][b] - Q[s][a])
//
// The examples test runs it on a chain MDP and compares Q with the values of value iteration.

mailbox {
  flags: u8 @ 6,
  S: u8 @ 8,
  A: u8 @ 9,
  steps: u32 @ 12,
  env_seed: u32 @ 16,
  off_t: u16 @ 20,
  off_r: u16 @ 22,
  halves: [u16; 1024] @ 0x000,     // the task as halfwords (thresholds)
  codes: [i8; 2048] @ 0x000,       // the task as bytes (rewards)
  alpha: fx16 @ 0x800,             // parameters, written by the host
  gamma: fx16 @ 0x802,
  episodes: i32 @ 0x804,
  agent_seed: u32 @ 0x808,
  q: [fx16; 256] @ 0x900,          // result: Q[s * A + a]
  trace_states: [u8; 64] @ 0xb00,  // the first 64 steps, for checking the environment
  trace_actions: [u8; 64] @ 0xb40,
  done: i32 @ 0xb80,
}

var env: [u32; 1];
var agent: [u32; 1];

/** Draw from the threshold row starting at halfword `first`: the first k with u < T[k]. */
fn draw(first: i32) -> i32 {
  var u = lcg_next(env);
  while u == 0xffff { u = lcg_next(env); }
  var k = 0;
  while u >= mailbox.halves[first + k] as u32 { k += 1; }
  return k;
}

fn main() {
  let S = mailbox.S as i32;
  let A = mailbox.A as i32;
  let transition_rewards = (mailbox.flags & 1) != 0;
  let thresholds = (mailbox.off_t as i32) / 2;
  let rewards = mailbox.off_r as i32;
  let steps = mailbox.steps as i32;
  agent[0] = mailbox.agent_seed;
  for e in 0..mailbox.episodes {
    env[0] = mailbox.env_seed;
    var s = draw(12);                          // the start thresholds follow the 24-byte header
    for t in 0..steps {
      let a = lcg_below(agent, A as u32) as i32;
      let row = s * A + a;
      let next = draw(thresholds + S * row);
      var code: i8 = 0;
      if transition_rewards { code = mailbox.codes[rewards + row * S + next]; }
      else { code = mailbox.codes[rewards + row]; }
      var best = mailbox.q[next * A];
      for b in 1..A { best = max(best, mailbox.q[next * A + b]); }
      let target = (frac8(code) as fx16) + mailbox.gamma * best;
      let old = mailbox.q[row];
      mailbox.q[row] = old + mailbox.alpha * (target - old);
      if e == 0 && t < 64 {
        mailbox.trace_states[t] = s as u8;
        mailbox.trace_actions[t] = a as u8;
      }
      s = next;
    }
  }
  mailbox.done = 1;
}
