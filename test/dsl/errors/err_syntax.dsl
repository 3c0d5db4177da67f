// Syntax errors: the parser recovers and reports each one.
fn main() {
  let x = 3                          // error: expected ';' after '3'
  var y: i32 = ;                     // error: expected an expression but found ';'
  if x > 2 { y = 1 }                 // error: expected ';' but found '}'
  while { }                          // error: expected an expression but found '{'
}
fn ok() -> i32 { return 1; }
fn broken( -> i32 { return 2; }      // error: expected ')' but found '->'
const Z: i32 = 4 $ 5;                // error: unexpected character '$'
