// Standard library: reductions over the lanes of vectors and rows. The vector unit has no
// horizontal operations, so these read the lanes from memory (one vector store, then scalar
// loads); argmax returns the lowest index among equal maxima.

fn argmax(v: vec<i8>) -> i32 {
  var best = 0;
  var bv = v[0];
  for i in 1..16 {
    let x = v[i];
    if x > bv { bv = x; best = i; }
  }
  return best;
}
fn argmax(v: vec<u8>) -> i32 {
  var best = 0;
  var bv = v[0];
  for i in 1..16 {
    let x = v[i];
    if x > bv { bv = x; best = i; }
  }
  return best;
}
fn argmax(v: vec<fx8>) -> i32 {
  var best = 0;
  var bv = v[0];
  for i in 1..16 {
    let x = v[i];
    if x > bv { bv = x; best = i; }
  }
  return best;
}
fn argmax(v: vec<i16>) -> i32 {
  var best = 0;
  var bv = v[0];
  for i in 1..8 {
    let x = v[i];
    if x > bv { bv = x; best = i; }
  }
  return best;
}
fn argmax(v: vec<fx16>) -> i32 {
  var best = 0;
  var bv = v[0];
  for i in 1..8 {
    let x = v[i];
    if x > bv { bv = x; best = i; }
  }
  return best;
}
fn argmax_row(r: row<i8>) -> i32 {
  var best = 0;
  var bv = r[0];
  for i in 1..32 {
    let x = r[i];
    if x > bv { bv = x; best = i; }
  }
  return best;
}
fn argmax_row(r: row<u8>) -> i32 {
  var best = 0;
  var bv = r[0];
  for i in 1..32 {
    let x = r[i];
    if x > bv { bv = x; best = i; }
  }
  return best;
}
fn argmax_row(r: row<fx8>) -> i32 {
  var best = 0;
  var bv = r[0];
  for i in 1..32 {
    let x = r[i];
    if x > bv { bv = x; best = i; }
  }
  return best;
}
// Sum of the lanes as i32 (fractions: the sum of their raw values).
fn sum(v: vec<i8>) -> i32 { var s = 0; for i in 0..16 { s += v[i] as i32; } return s; }
fn sum(v: vec<u8>) -> i32 { var s = 0; for i in 0..16 { s += v[i] as i32; } return s; }
fn sum(v: vec<fx8>) -> i32 { var s = 0; for i in 0..16 { s += raw(v[i]) as i32; } return s; }
fn sum(v: vec<i16>) -> i32 { var s = 0; for i in 0..8 { s += v[i] as i32; } return s; }
fn sum(v: vec<fx16>) -> i32 { var s = 0; for i in 0..8 { s += raw(v[i]) as i32; } return s; }
fn sum(v: row<i8>) -> i32 { var s = 0; for i in 0..32 { s += v[i] as i32; } return s; }
fn sum(v: row<u8>) -> i32 { var s = 0; for i in 0..32 { s += v[i] as i32; } return s; }
fn sum(v: row<fx8>) -> i32 { var s = 0; for i in 0..32 { s += raw(v[i]) as i32; } return s; }
