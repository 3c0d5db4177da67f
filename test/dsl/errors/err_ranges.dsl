// Constants out of range name the type's range.
const A: i8 = 128;                   // error: 128 does not fit i8 (-128 ..= 127)
const B: u8 = -1;                    // error: -1 does not fit u8 (0 ..= 255)
const C: fx8 = 1.0;                  // error: 1 is out of range for fx8 (-1.0 ..= 0.9921875); the largest fx8 is 0.9921875
const D: fx16 = -1.5;                // error: -1.5 is out of range for fx16
const E: i32 = 4294967296;           // error: 4294967296 does not fit i32
const T: u32 = 15ns;                 // error: a time must be a whole number of cycles
var arr: [i32; 0];                   // error: an array needs 1 to 16384 elements, not 0
mailbox {
  status: i32 @ 0x002,               // error: must be at an offset that is a multiple of 4
  big: [u8; 64] @ 0xff0,             // error: does not fit the mailbox
}
fn main() {
  let x = arr[0];
  let w = weights[40];               // error: index 40 is out of range: 'weights' has 32 elements
}
