// Type errors say what was expected and what was found.
fn f(a: fx8, b: i32) -> fx8 {
  let c = a + b;                     // error: '+' needs operands of the same type, but the left is fx8 and the right is i32; fractions and integers do not mix
  let d: fx16 = a;                   // error: the value of 'd' should be fx16, but this is fx8 (convert with 'as fx16')
  let e: i32 = a as i32;             // error: cannot convert a fraction to i32 with 'as'; raw(x) gives the bits as i8
  if b { }                           // error: 'if' needs a bool, not i32 (compare with 0: '... != 0')
  let v: vec<fx8> = 0.5;             // error: expected vec<fx8>, found a single number: fill the lanes with splat(...)
  let r: row<i8> = weights[0] + 1.5; // error: expected i8, but 1.5 is a fraction
  return b;                          // error: the returned value should be fx8, but this is i32
}
fn g(x: i32) { x = 3; }              // error: cannot assign to parameter 'x'
fn h() { let k = 1; k = 2; }         // error: cannot assign to 'k': it was declared with 'let' (use 'var' for a variable)
fn m(v: vec<fx8>) -> vec<fx8> { return v / v; } // error: '/' is not available for vectors and rows
fn n() -> fx8 { return f(0.5); }     // error: 'f' takes 2 arguments (a: fx8, b: i32), but 1 is given
