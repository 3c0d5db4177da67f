// A program that does not fit the 12 KiB below the mailbox.
var big: [i32; 3050];                // 12200 bytes
fn main() {                          // error: the program does not fit the SRAM below the mailbox
  big[0] = 1;
}
