// Reward-modulated STDP in a Pong-like task, after the 2019 on-chip demonstration: the PPU
// simulates a ball bouncing in a box; where the ball arrives at the paddle's line, the network
// is shown that column (spikes into synapse row x), the neuron that fires most moves the paddle
// to its column, and the paddle hits the ball if it is within one column of it. The reward
// modulates the correlation-driven weight change of row x:
//
//   w <- clamp(w + eta * (R - Rbar[x]) * c, 0, 63)
//
// with R = 1 for a hit and 0 for a miss, Rbar[x] the running mean reward for ball column x and
// c the causal correlation of each synapse of the row (input spike before the neuron's spike).
// Over the trials the weights of the right neurons grow and the hit rate rises.

mailbox {
  trials: i32 @ 0x000,         // written by the host
  seed: u32 @ 0x004,
  done: i32 @ 0x008,
  hits: [u8; 1024] @ 0x100,    // 1 per hit, per trial
  winners: [i8; 1024] @ 0x500, // the paddle column of each trial (-1: no neuron fired)
}

const ETA: fx8 = 0.9921875;
const MEAN_RATE: fx8 = 0.0625;  // how fast the mean reward of a column follows
const BOOST: i8 = 2;
const SPIKES: i32 = 6;          // input spikes per trial, 2 us apart
const WIDTH: i32 = 32;          // columns of the box (one per neuron)

var rng: [u32; 1];
var mean: [fx8; 32];            // running mean reward per ball column

/** The column where a ball started at x with horizontal velocity v arrives after h steps. */
fn arrival(x0: i32, v: i32, h: i32) -> i32 {
  var x = x0;
  var dx = v;
  for t in 0..h {
    x += dx;
    if x < 0 { x = -x; dx = -dx; }
    if x >= WIDTH { x = 2 * (WIDTH - 1) - x; dx = -dx; }
  }
  return x;
}

fn main() {
  rng[0] = mailbox.seed;
  for trial in 0..mailbox.trials {
    // A new ball: random column and slope; it falls 20 rows to the paddle.
    let x0 = lcg_below(rng, WIDTH as u32) as i32;
    let v = lcg_below(rng, 5) as i32 - 2;
    let x = arrival(x0, v, 20);

    // Show the column: spikes into row x (event address 0).
    reset_rates();
    for k in 0..SPIKES {
      inject(1 << x, 0);
      wait(2us);
    }
    wait(5us);

    // The paddle goes where the most active neuron is.
    var best = -1;
    var most = 0;
    for n in 0..32 {
      let c = rate(n);
      if c > most { most = c; best = n; }
    }
    var reward: fx8 = -1.0;
    if best >= 0 && abs(best - x) <= 1 { reward = 0.9921875; }
    mailbox.hits[trial] = select(reward > 0.0, 1, 0) as u8;
    mailbox.winners[trial] = best as i8;

    // Reward-modulated update of the row that carried the input.
    let m = (reward - mean[x]) * ETA;
    mean[x] = mean[x] + (reward - mean[x]) * MEAN_RATE;
    let dw = frac(causal[x]) * m;
    weights[x] = clamp(raw(frac8(weights[x]) + dw), 0, 63);
    // A row that drives no neuron at all cannot learn: raise it a little (exploration).
    if best < 0 { weights[x] = clamp(weights[x] + BOOST, 0, 63); }
    reset_correlation(x);
  }
  mailbox.done = 1;
}
