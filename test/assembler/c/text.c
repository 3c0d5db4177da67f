/* Strings, characters, varargs formatting, struct copies, static locals. */
#include <stdarg.h>
#include "rt.h"

struct point { int x, y; char label[12]; };

static void format(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  for (const char *p = fmt; *p; p++) {
    if (*p != '%') { put_char(*p); continue; }
    switch (*++p) {
    case 'd': put_int(va_arg(ap, int)); break;
    case 'u': put_uint(va_arg(ap, unsigned)); break;
    case 'x': put_hex(va_arg(ap, unsigned)); break;
    case 's': put_str(va_arg(ap, const char *)); break;
    case 'c': put_char((char)va_arg(ap, int)); break;
    case 'L': put_int(va_arg(ap, long long)); break;
    default: put_char(*p);
    }
  }
  va_end(ap);
}

static int counter(void) {
  static int calls;
  return ++calls;
}

static struct point mirror(struct point p) {
  struct point q = p;
  q.x = -p.y;
  q.y = -p.x;
  q.label[0] = 'm';
  return q;
}

static void reverse(char *s) {
  unsigned n = strlen(s);
  for (unsigned i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; }
}

int main(void) {
  char word[] = "assembler";
  reverse(word);
  format("reversed: %s (%u letters)\n", word, strlen(word));
  struct point p = {3, -4, "origin"};
  struct point q = mirror(p);
  format("%s %d %d -> %s %d %d\n", p.label, p.x, p.y, q.label, q.x, q.y);
  for (int i = 0; i < 3; i++) counter();
  format("calls=%d hex=%x char=%c big=%L pct=%%\n", counter(), 0xC0FFEEu, 'Z', -1234567890123LL);
  int upper = 0;
  for (const char *s = "Hello, PowerPC World"; *s; s++) upper += (*s >= 'A' && *s <= 'Z');
  format("upper=%d\n", upper);
  return upper;
}
