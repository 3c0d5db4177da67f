// The STDP kernel of bench/dsl.ts: every row, w <- clamp(w + c * eta_plus - a * eta_minus, 0, 63),
// then the sensors start afresh (the rule of examples/stdp.dsl with other learning rates).
const ETA_PLUS: fx8 = 0.375;
const ETA_MINUS: fx8 = 0.3125;

fn stdp_all() {
  for r in 0..32 {
    let dw = frac(causal[r]) * ETA_PLUS - frac(anticausal[r]) * ETA_MINUS;
    let w = frac8(weights[r]) + dw;
    weights[r] = clamp(raw(w), 0, 63);
    reset_correlation(r);
  }
}
