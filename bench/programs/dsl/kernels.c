/* Scalar kernels for bench/dsl.ts: the same computations as kernels.dsl, compiled by
   `powerpc-linux-gnu-gcc -O2 -mcpu=440` (scripts/gen-dsl-bench.ts commits the assembly).
   Both versions are called from a harness that reads the time base around the second call. */

int A[64], B[64];
unsigned short THR[8] = { 4000, 12000, 20000, 31000, 40000, 52000, 61000, 65535 };
unsigned lcg_state;
short Q[12];
unsigned char ST[65], AC[64];
signed char RW[12];

int dot(const int *a, const int *b) {
  int s = 0;
  for (int i = 0; i < 64; i++) s += a[i] * b[i];
  return s;
}

unsigned xs_sum(unsigned x, int n) {
  unsigned s = 0;
  for (int i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    s += x;
  }
  return s;
}

static unsigned next16(void) {
  lcg_state = lcg_state * 1664525u + 1013904223u;
  return lcg_state >> 16;
}

int sample_many(const unsigned short *t, int n) {
  int s = 0;
  for (int i = 0; i < n; i++) {
    unsigned u;
    do u = next16(); while (u == 0xffff);
    int k = 0;
    while (u >= t[k]) k++;
    s += k;
  }
  return s;
}

int div_sum(const int *a) {
  int s = 0;
  for (int i = 0; i < 64; i++) s += a[i] / 7 + (unsigned)a[i] % 10u;
  return s;
}

/* Q0.15 arithmetic as the FXV unit does it: saturating sums, products floored. */
static int sat16(int x) { return x > 32767 ? 32767 : x < -32768 ? -32768 : x; }
static int fmul(int a, int b) { int p = (a * b) >> 15; return p > 32767 ? 32767 : p; }

int td(short *q, const unsigned char *s, const unsigned char *a, const signed char *r, int n, int alpha, int gamma) {
  for (int i = 0; i < n; i++) {
    int row = s[i] * 2 + a[i];
    int next = s[i + 1];
    int best = q[2 * next] > q[2 * next + 1] ? q[2 * next] : q[2 * next + 1];
    int target = sat16((r[row] << 8) + fmul(gamma, best));
    int old = q[row];
    q[row] = (short)sat16(old + fmul(alpha, sat16(target - old)));
  }
  return q[0] + q[11];
}
