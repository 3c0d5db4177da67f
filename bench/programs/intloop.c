/* Integer loop benchmark: the same binary runs under qemu-ppc and `dls run --profile linux-user`. */
static void sys_exit(int code) {
  register int r0 __asm__("r0") = 1;
  register int r3 __asm__("r3") = code;
  __asm__ volatile("sc" : : "r"(r0), "r"(r3));
  for (;;) {}
}

int main(void) {
  unsigned h = 2166136261u, x = 1;
  for (int i = 0; i < 20000000; i++) {
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    h = (h ^ (x & 0xff)) * 16777619u;
    h += (h >> 7) | (x << 3);
  }
  return (int)(h & 0x7f);
}

void _start(void) { sys_exit(main()); }
