// Standard library: min, max, clamp and abs for every scalar, vector and row type.
// Vector and row versions choose per lane (a compare and a select per vector); with a constant
// bound the compiler compares with that constant directly (clamp(w, 0, 63) needs no subtraction
// for the lower bound). The library is imported implicitly; a program's own definitions of these
// names take precedence.

fn min(a: i32, b: i32) -> i32 { if a < b { return a; } return b; }
fn max(a: i32, b: i32) -> i32 { if a > b { return a; } return b; }
fn clamp(x: i32, lo: i32, hi: i32) -> i32 { if x < lo { return lo; } if x > hi { return hi; } return x; }
fn min(a: u32, b: u32) -> u32 { if a < b { return a; } return b; }
fn max(a: u32, b: u32) -> u32 { if a > b { return a; } return b; }
fn clamp(x: u32, lo: u32, hi: u32) -> u32 { if x < lo { return lo; } if x > hi { return hi; } return x; }
fn min(a: i8, b: i8) -> i8 { if a < b { return a; } return b; }
fn max(a: i8, b: i8) -> i8 { if a > b { return a; } return b; }
fn clamp(x: i8, lo: i8, hi: i8) -> i8 { if x < lo { return lo; } if x > hi { return hi; } return x; }
fn min(a: i16, b: i16) -> i16 { if a < b { return a; } return b; }
fn max(a: i16, b: i16) -> i16 { if a > b { return a; } return b; }
fn clamp(x: i16, lo: i16, hi: i16) -> i16 { if x < lo { return lo; } if x > hi { return hi; } return x; }
fn min(a: u8, b: u8) -> u8 { if a < b { return a; } return b; }
fn max(a: u8, b: u8) -> u8 { if a > b { return a; } return b; }
fn clamp(x: u8, lo: u8, hi: u8) -> u8 { if x < lo { return lo; } if x > hi { return hi; } return x; }
fn min(a: u16, b: u16) -> u16 { if a < b { return a; } return b; }
fn max(a: u16, b: u16) -> u16 { if a > b { return a; } return b; }
fn clamp(x: u16, lo: u16, hi: u16) -> u16 { if x < lo { return lo; } if x > hi { return hi; } return x; }
fn min(a: fx8, b: fx8) -> fx8 { if a < b { return a; } return b; }
fn max(a: fx8, b: fx8) -> fx8 { if a > b { return a; } return b; }
fn clamp(x: fx8, lo: fx8, hi: fx8) -> fx8 { if x < lo { return lo; } if x > hi { return hi; } return x; }
fn min(a: fx16, b: fx16) -> fx16 { if a < b { return a; } return b; }
fn max(a: fx16, b: fx16) -> fx16 { if a > b { return a; } return b; }
fn clamp(x: fx16, lo: fx16, hi: fx16) -> fx16 { if x < lo { return lo; } if x > hi { return hi; } return x; }

fn min(a: vec<i8>, b: vec<i8>) -> vec<i8> { return select(a < b, a, b); }
fn max(a: vec<i8>, b: vec<i8>) -> vec<i8> { return select(a > b, a, b); }
fn min(a: vec<i8>, b: i8) -> vec<i8> { return select(a < b, a, b); }
fn max(a: vec<i8>, b: i8) -> vec<i8> { return select(a > b, a, b); }
fn clamp(x: vec<i8>, lo: i8, hi: i8) -> vec<i8> { return select(x > hi, hi, select(x < lo, lo, x)); }
fn min(a: vec<u8>, b: vec<u8>) -> vec<u8> { return select(a < b, a, b); }
fn max(a: vec<u8>, b: vec<u8>) -> vec<u8> { return select(a > b, a, b); }
fn min(a: vec<u8>, b: u8) -> vec<u8> { return select(a < b, a, b); }
fn max(a: vec<u8>, b: u8) -> vec<u8> { return select(a > b, a, b); }
fn clamp(x: vec<u8>, lo: u8, hi: u8) -> vec<u8> { return select(x > hi, hi, select(x < lo, lo, x)); }
fn min(a: vec<fx8>, b: vec<fx8>) -> vec<fx8> { return select(a < b, a, b); }
fn max(a: vec<fx8>, b: vec<fx8>) -> vec<fx8> { return select(a > b, a, b); }
fn min(a: vec<fx8>, b: fx8) -> vec<fx8> { return select(a < b, a, b); }
fn max(a: vec<fx8>, b: fx8) -> vec<fx8> { return select(a > b, a, b); }
fn clamp(x: vec<fx8>, lo: fx8, hi: fx8) -> vec<fx8> { return select(x > hi, hi, select(x < lo, lo, x)); }
fn min(a: vec<i16>, b: vec<i16>) -> vec<i16> { return select(a < b, a, b); }
fn max(a: vec<i16>, b: vec<i16>) -> vec<i16> { return select(a > b, a, b); }
fn min(a: vec<i16>, b: i16) -> vec<i16> { return select(a < b, a, b); }
fn max(a: vec<i16>, b: i16) -> vec<i16> { return select(a > b, a, b); }
fn clamp(x: vec<i16>, lo: i16, hi: i16) -> vec<i16> { return select(x > hi, hi, select(x < lo, lo, x)); }
fn min(a: vec<fx16>, b: vec<fx16>) -> vec<fx16> { return select(a < b, a, b); }
fn max(a: vec<fx16>, b: vec<fx16>) -> vec<fx16> { return select(a > b, a, b); }
fn min(a: vec<fx16>, b: fx16) -> vec<fx16> { return select(a < b, a, b); }
fn max(a: vec<fx16>, b: fx16) -> vec<fx16> { return select(a > b, a, b); }
fn clamp(x: vec<fx16>, lo: fx16, hi: fx16) -> vec<fx16> { return select(x > hi, hi, select(x < lo, lo, x)); }
fn min(a: row<i8>, b: row<i8>) -> row<i8> { return select(a < b, a, b); }
fn max(a: row<i8>, b: row<i8>) -> row<i8> { return select(a > b, a, b); }
fn min(a: row<i8>, b: i8) -> row<i8> { return select(a < b, a, b); }
fn max(a: row<i8>, b: i8) -> row<i8> { return select(a > b, a, b); }
fn clamp(x: row<i8>, lo: i8, hi: i8) -> row<i8> { return select(x > hi, hi, select(x < lo, lo, x)); }
fn min(a: row<u8>, b: row<u8>) -> row<u8> { return select(a < b, a, b); }
fn max(a: row<u8>, b: row<u8>) -> row<u8> { return select(a > b, a, b); }
fn min(a: row<u8>, b: u8) -> row<u8> { return select(a < b, a, b); }
fn max(a: row<u8>, b: u8) -> row<u8> { return select(a > b, a, b); }
fn clamp(x: row<u8>, lo: u8, hi: u8) -> row<u8> { return select(x > hi, hi, select(x < lo, lo, x)); }
fn min(a: row<fx8>, b: row<fx8>) -> row<fx8> { return select(a < b, a, b); }
fn max(a: row<fx8>, b: row<fx8>) -> row<fx8> { return select(a > b, a, b); }
fn min(a: row<fx8>, b: fx8) -> row<fx8> { return select(a < b, a, b); }
fn max(a: row<fx8>, b: fx8) -> row<fx8> { return select(a > b, a, b); }
fn clamp(x: row<fx8>, lo: fx8, hi: fx8) -> row<fx8> { return select(x > hi, hi, select(x < lo, lo, x)); }

// |x| with saturation: abs(-1.0) is the largest fraction, abs(-128 as i8) wraps to -128.
fn abs(x: i32) -> i32 { if x < 0 { return -x; } return x; }
fn abs(x: i8) -> i8 { if x < 0 { return -x; } return x; }
fn abs(x: i16) -> i16 { if x < 0 { return -x; } return x; }
fn abs(x: fx8) -> fx8 { if x < 0.0 { return -x; } return x; }
fn abs(x: fx16) -> fx16 { if x < 0.0 { return -x; } return x; }
fn abs(x: vec<i8>) -> vec<i8> { return select(x < 0, -x, x); }
fn abs(x: vec<fx8>) -> vec<fx8> { return select(x < 0.0, -x, x); }
fn abs(x: vec<i16>) -> vec<i16> { return select(x < 0, -x, x); }
fn abs(x: vec<fx16>) -> vec<fx16> { return select(x < 0.0, -x, x); }
fn abs(x: row<i8>) -> row<i8> { return select(x < 0, -x, x); }
fn abs(x: row<fx8>) -> row<fx8> { return select(x < 0.0, -x, x); }
