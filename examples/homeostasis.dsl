// Homeostatic rate control: every 200 us of chip time (200 ms biological) each neuron's spike
// count is compared with a target; the input weights of neurons that fired too often shrink,
// those of neurons that fired too rarely grow, until every neuron fires at the target rate.
//
// The correction is per neuron, i.e. per column of the synapse array, and the same for every
// input row: the rule builds one row of corrections (lane n for neuron n) and adds it to every
// input row with the vector unit.

mailbox {
  target: i32 @ 0x000,        // spikes per window (written by the host)
  inputs: i32 @ 0x004,        // input rows 0 .. inputs-1
  windows: i32 @ 0x008,       // windows done (read by the host)
  rates: [u16; 32] @ 0x040,   // the last window's counts, for the host
}

const MAX_STEP: i32 = 3;
var correction: row<i8>;       // per neuron, built lane by lane

rule homeostasis every 200us {
  let target = mailbox.target;
  for n in 0..32 {
    let count = rate(n);
    mailbox.rates[n] = count as u16;
    // Proportional correction, limited to a few weight steps per window.
    correction[n] = clamp((target - count) / 2, -MAX_STEP, MAX_STEP) as i8;
  }
  reset_rates();
  for r in 0..mailbox.inputs {
    weights[r] = clamp(weights[r] + correction, 0, 63);
  }
  mailbox.windows = mailbox.windows + 1;
}
