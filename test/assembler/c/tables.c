/* Zero-initialised and constant tables: a sieve in .bss, a CRC32 table built at run time,
   a const lookup table in .rodata, bit manipulation. */
#include "rt.h"

#define N 2000
static unsigned char composite[N];
static unsigned crc_table[256];
static const unsigned short squares[] = {0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225};

static void make_crc(void) {
  for (unsigned i = 0; i < 256; i++) {
    unsigned c = i;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    crc_table[i] = c;
  }
}

static unsigned crc32(const char *s, unsigned n) {
  unsigned c = 0xffffffffu;
  for (unsigned i = 0; i < n; i++) c = crc_table[(c ^ (unsigned char)s[i]) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

static int popcount(unsigned v) {
  int n = 0;
  while (v) { v &= v - 1; n++; }
  return n;
}

int main(void) {
  int primes = 0;
  for (int i = 2; i < N; i++) {
    if (composite[i]) continue;
    primes++;
    for (int j = 2 * i; j < N; j += i) composite[j] = 1;
  }
  put_int(primes); put_char('\n');
  make_crc();
  const char *msg = "The quick brown fox jumps over the lazy dog";
  put_hex(crc32(msg, strlen(msg))); put_char('\n');
  unsigned sq = 0;
  for (int i = 0; i < 16; i++) sq += squares[i] * (i & 1 ? 3 : 1);
  put_uint(sq); put_char('\n');
  unsigned bits = 0;
  for (unsigned v = 1; v < 5000; v *= 3) bits += popcount(v) + __builtin_clz(v) + __builtin_ctz(v | 0x10000);
  put_uint(bits); put_char('\n');
  unsigned rot = 0x12345678;
  for (int i = 0; i < 5; i++) rot = (rot << 7) | (rot >> 25);
  put_hex(rot); put_char('\n');
  return primes & 0xff;
}
