/* A tiny freestanding runtime for the gcc -S tests: output and the memory functions GCC may call. */
#include "rt.h"

int sys_write(int fd, const void *buf, unsigned len);

__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memcpy(void *d, const void *s, unsigned n) {
  unsigned char *dd = d;
  const unsigned char *ss = s;
  while (n--) *dd++ = *ss++;
  return d;
}

__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memset(void *d, int c, unsigned n) {
  unsigned char *dd = d;
  while (n--) *dd++ = (unsigned char)c;
  return d;
}

__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memmove(void *d, const void *s, unsigned n) {
  unsigned char *dd = d;
  const unsigned char *ss = s;
  if (dd < ss) while (n--) *dd++ = *ss++;
  else while (n--) dd[n] = ss[n];
  return d;
}

int memcmp(const void *a, const void *b, unsigned n) {
  const unsigned char *x = a, *y = b;
  for (; n; n--, x++, y++) if (*x != *y) return *x - *y;
  return 0;
}

unsigned strlen(const char *s) {
  unsigned n = 0;
  while (s[n]) n++;
  return n;
}

void put_str(const char *s) { sys_write(1, s, strlen(s)); }

void put_char(char c) { sys_write(1, &c, 1); }

void put_uint(unsigned long long v) {
  char buf[24];
  int i = sizeof buf;
  do { buf[--i] = (char)('0' + v % 10); v /= 10; } while (v);
  sys_write(1, buf + i, sizeof buf - i);
}

void put_int(long long v) {
  if (v < 0) { put_char('-'); put_uint(0ull - (unsigned long long)v); }
  else put_uint((unsigned long long)v);
}

void put_hex(unsigned v) {
  static const char digits[] = "0123456789abcdef";
  char buf[10] = "0x";
  for (int i = 0; i < 8; i++) buf[2 + i] = digits[(v >> (28 - 4 * i)) & 15];
  sys_write(1, buf, 10);
}
