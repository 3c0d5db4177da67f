// Additive STDP on the whole synapse array, every 100 us of chip time (100 ms biological).
//
// Each synapse has two correlation sensors: the causal one grows when a presynaptic spike is
// followed by a postsynaptic spike, the anticausal one when the order is reversed; both decay
// with the delay (docs/chip-model.md, "Correlation sensors"). The rule reads them as fractions
// (a reading c of 0..255 is c / 256), potentiates by the causal and depresses by the anticausal
// correlation, keeps the 6-bit weights in 0..63 and starts the sensors afresh:
//
//   w <- clamp(w + eta_plus * c - eta_minus * a, 0, 63)
//
// The weight is held as a fraction too (w / 128, at most 63 / 128), so the sum saturates
// instead of wrapping around. docs/dsl.md, section 10, builds this rule step by step.

const ETA_PLUS: fx8 = 0.5;
const ETA_MINUS: fx8 = 0.5;

rule stdp every 100us {
  for r in 0..32 {
    let dw = frac(causal[r]) * ETA_PLUS - frac(anticausal[r]) * ETA_MINUS;
    let w = frac8(weights[r]) + dw;
    weights[r] = clamp(raw(w), 0, 63);
    reset_correlation(r);
  }
}
