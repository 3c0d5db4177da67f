/* C with inline FXV assembly: compiled with a stock GCC (gcc -S) and assembled by dls for the
   dls profile. The vector results are checked against plain C; main returns the number of
   mismatching bytes. */

static const unsigned char a[16] __attribute__((aligned(16))) = {
  0, 1, 2, 3, 100, 120, 127, 128, 200, 250, 255, 17, 34, 51, 68, 85 };
static const unsigned char b[16] __attribute__((aligned(16))) = {
  5, 255, 254, 125, 27, 10, 1, 1, 100, 10, 1, 200, 100, 77, 60, 43 };
unsigned char sum[16] __attribute__((aligned(16)));
unsigned char clipped[16] __attribute__((aligned(16)));

static void vector_ops(void) {
  int zero = 0;
  asm volatile(
      "fxvlax 1, 0, %0\n\t"
      "fxvlax 2, 0, %1\n\t"
      "fxvaddbm 3, 1, 2\n\t"      /* byte-wise modulo add */
      "fxvstax 3, 0, %2\n\t"
      "fxvsplatb 5, %4\n\t"       /* v5 = 0 in every byte */
      "fxvcmpb 3\n\t"             /* condition register: sign of each sum byte */
      "fxvsel 4, 3, 5, lt\n\t"    /* negative bytes (as signed) become 0 */
      "fxvstax 4, 0, %3\n\t"
      "sync"
      : : "r"(a), "r"(b), "r"(sum), "r"(clipped), "r"(zero) : "memory");
}

int main(void) {
  vector_ops();
  int bad = 0;
  for (int i = 0; i < 16; i++) {
    unsigned char s = (unsigned char)(a[i] + b[i]);
    unsigned char c = (signed char)s < 0 ? 0 : s;
    bad += (sum[i] != s) + (clipped[i] != c);
  }
  return bad;
}
