/* Memory-heavy benchmark: a table walk with loads and stores on every iteration. */
static void sys_exit(int code) {
  register int r0 __asm__("r0") = 1;
  register int r3 __asm__("r3") = code;
  __asm__ volatile("sc" : : "r"(r0), "r"(r3));
  for (;;) {}
}

static unsigned table[1024];

int main(void) {
  for (int i = 0; i < 1024; i++) table[i] = (unsigned)i * 2654435761u;
  unsigned acc = 0;
  for (int round = 0; round < 4000; round++) {
    for (int i = 1; i < 1023; i++) {
      unsigned v = table[i - 1] + table[i + 1];
      table[i] = v ^ (v >> 5);
      acc += (unsigned char)v;
    }
  }
  return (int)(acc & 0x7f);
}

void _start(void) { sys_exit(main()); }
