// Rules run from timer interrupts: they cannot wait, and their timers have limits.
fn pause() { wait(100 cycles); }
rule fast every 1 cycles { }         // error: a rule's period must be between 200 cycles
rule slow on fit(12) { }             // error: fit(9), fit(13), fit(17) or fit(21)
rule bad every 10us {
  wait(5us);                         // error: a rule cannot call 'wait'
  pause();                           // error: a rule cannot call 'pause' (it waits)
  return 1;                          // error: a rule returns no value
}
fn main(x: i32) { }                  // error: 'main' takes no parameters and returns nothing
