// Standard library: min, max, clamp for scalars, vectors and rows.
fn min(a: i32, b: i32) -> i32 { return select(a < b, a, b); }
fn max(a: i32, b: i32) -> i32 { return select(a > b, a, b); }
