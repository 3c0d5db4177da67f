/* Integer arithmetic: 64-bit division and shifts (libgcc), signed/unsigned corners, 16-bit
   multiply-accumulate patterns (440 mulchw/macchw), switch tables. */
#include "rt.h"

static volatile long long vbig = 0x123456789abcdefLL;
static volatile int vsmall = -7;

static int classify(int x) {
  switch (x & 7) {
  case 0: return 11;
  case 1: return 23;
  case 2: return 35;
  case 3: return 47;
  case 4: return 59;
  case 5: return 61;
  default: return -x;
  }
}

static int dot16(const short *a, const short *b, int n) {
  int acc = 0;
  for (int i = 0; i < n; i++) acc += a[i] * b[i];
  return acc;
}

int main(void) {
  long long b = vbig;
  unsigned long long u = (unsigned long long)b * 3u;
  put_int(b / 1000); put_char('\n');
  put_int(b % 1000); put_char('\n');
  put_uint(u / 7); put_char(' '); put_uint(u % 7); put_char('\n');
  put_int(-b / 33); put_char(' '); put_int(-b % 33); put_char('\n');
  put_int(b << 5); put_char(' '); put_int(b >> 9); put_char(' '); put_uint(u >> 40); put_char('\n');
  int s = vsmall;
  put_int(s / 2); put_char(' '); put_int(s % 2); put_char(' '); put_int((unsigned)s / 2); put_char('\n');
  put_int(s >> 1); put_char(' '); put_hex((unsigned)s >> 1); put_char('\n');
  put_int(b * b); put_char('\n');
  short xa[6] = {1, -2, 300, -400, 5000, 32767};
  short xb[6] = {7, 8, -9, 10, 11, -32768};
  put_int(dot16(xa, xb, 6)); put_char('\n');
  int total = 0;
  for (int i = -20; i < 20; i++) total += classify(i) * i;
  put_int(total); put_char('\n');
  unsigned h = 2166136261u;
  for (int i = 0; i < 100; i++) h = (h ^ (unsigned)i) * 16777619u;
  put_hex(h); put_char('\n');
  return (int)(h & 0x7f);
}
