// Unknown names, with a suggestion when one is close.
const THRESHOLD: i32 = 10;
var counter: i32;
fn update(weight: fx8) -> fx8 { return weight; }
fn main() {
  counter = TRESHOLD;                // error: unknown name 'TRESHOLD'; did you mean 'THRESHOLD'?
  conter += 1;                       // error: unknown name 'conter'; did you mean 'counter'?
  let w = updte(0.5);                // error: unknown function 'updte'; did you mean 'update'?
  let v: vec<fx9> = splat(0.5);      // error: vectors have lanes of type i8, u8, fx8 (16 lanes) or i16, fx16 (8 lanes), not fx9
  let q: i23 = 1;                    // error: unknown type 'i23'; did you mean 'i32'?
  weigths[0] = row_splat(1 as i8);   // error: unknown name 'weigths'; did you mean 'weights'?
  reset_corelation(0);               // error: unknown function 'reset_corelation'; did you mean 'reset_correlation'?
}
fn update(w: fx8) -> fx8 { return w; } // error: 'update' is already defined with the same parameter types
