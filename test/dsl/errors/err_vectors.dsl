// Vector and row rules: what the FXV unit can and cannot do.
fn f(a: vec<fx8>, b: row<u8>, k: i32) {
  var kk = k;
  var c: vec<fx16> = splat(0.0);
  let x = a << k;                    // error: vectors and rows shift by a constant amount
  let y = b * b;                     // error: u8 lanes cannot be multiplied
  let z = b >> 1;                    // error: u8 lanes cannot be shifted right
  let s = select(a > 0.0 && a < 0.5, a, a); // error: lane conditions cannot be combined
  where k > 0 { }                    // error: 'where' takes a lane condition such as 'v > 0' on a vector or row, not bool
  where a > 0.0 { kk = 1; }          // error: inside 'where' only vectors and rows are assigned (lane by lane); i32 is not
  where a > 0.0 { c = splat(0.0); }  // error: has a different lane layout
  let q = frac(a);                   // error: frac() turns unsigned bytes (u8, like correlation readings) into fractions
  if a > 0.0 { }                     // error: 'if' needs one bool, but this is a lane condition on vec<fx8>
  causal[3] = b;                     // error: 'causal' is read-only
  weights[0][3] = 5;                 // error: single synapses cannot be written
}
