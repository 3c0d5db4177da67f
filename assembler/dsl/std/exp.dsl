// Standard library: e^-x for x in fx16 by table and linear interpolation. The table holds
// e^(-k/16), k = 0..16 (e^0 = 1 is stored as the largest fx16); between table points the error of
// linear interpolation is at most (1/16)^2 / 8 = 0.0005, plus the rounding of fx16 arithmetic.
// For x <= 0 (where e^-x >= 1) the result is the largest fx16.

const EXP_NEG_TABLE: [fx16; 17] = [0.999969482421875, 0.939422607421875, 0.88250732421875, 0.82904052734375, 0.77880859375, 0.73162841796875, 0.687286376953125, 0.645660400390625, 0.606536865234375, 0.569793701171875, 0.535247802734375, 0.502838134765625, 0.472381591796875, 0.443756103515625, 0.4168701171875, 0.3916015625, 0.367889404296875];

fn exp_neg(x: fx16) -> fx16 {
  if x <= 0.0 { return 0.999969482421875; }
  let r = raw(x) as i32;                        // 1..32767
  let i = r >> 11;                              // segment 0..15 (2048 raw steps each)
  let f = frac16(((r & 2047) << 4) as i32);     // position in the segment, 0 .. 1 - 2^-11
  let a = EXP_NEG_TABLE[i];
  let b = EXP_NEG_TABLE[i + 1];
  return a + (b - a) * f;
}
