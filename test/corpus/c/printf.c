/* A small printf: %d %i %u %x %X %o %c %s %p %% with flags '-', '0', '+', ' ', width, precision
   for strings and the l and ll length modifiers, formatting into a buffer through stdarg. */
#include <stdarg.h>
#include "rt.h"

struct out { char *buf; size_t len, cap; };

static void put(struct out *o, char c)
{
	if (o->len + 1 < o->cap)
		o->buf[o->len] = c;
	o->len++;
}

static void put_num(struct out *o, u64 v, int neg, unsigned base, int upper, int width, int left, char pad, char sign)
{
	char tmp[24];
	int n = 0;
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	do {
		tmp[n++] = digits[v % base];
		v /= base;
	} while (v);
	char s = neg ? '-' : sign;
	int len = n + (s != 0);
	if (s && pad == '0')
		put(o, s);
	if (!left)
		for (; len < width; width--)
			put(o, pad);
	if (s && pad != '0')
		put(o, s);
	while (n)
		put(o, tmp[--n]);
	for (; len < width; width--)
		put(o, ' ');
}

static int vformat(char *buf, size_t cap, const char *fmt, va_list ap)
{
	struct out o = { buf, 0, cap };
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			put(&o, *fmt);
			continue;
		}
		int left = 0, width = 0, prec = -1, lng = 0;
		char pad = ' ', sign = 0;
		for (;; fmt++) {
			char f = fmt[1];
			if (f == '-') left = 1;
			else if (f == '0') pad = '0';
			else if (f == '+') sign = '+';
			else if (f == ' ') sign = sign ? sign : ' ';
			else break;
		}
		if (left)
			pad = ' ';
		while (fmt[1] >= '0' && fmt[1] <= '9')
			width = width * 10 + (*++fmt - '0');
		if (fmt[1] == '.') {
			fmt++;
			prec = 0;
			while (fmt[1] >= '0' && fmt[1] <= '9')
				prec = prec * 10 + (*++fmt - '0');
		}
		while (fmt[1] == 'l') {
			lng++;
			fmt++;
		}
		char c = *++fmt;
		switch (c) {
		case 'd':
		case 'i': {
			s64 v = lng >= 2 ? va_arg(ap, s64) : lng ? va_arg(ap, long) : va_arg(ap, int);
			put_num(&o, v < 0 ? 0 - (u64)v : (u64)v, v < 0, 10, 0, width, left, pad, sign);
			break;
		}
		case 'u':
		case 'x':
		case 'X':
		case 'o': {
			u64 v = lng >= 2 ? va_arg(ap, u64) : lng ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
			put_num(&o, v, 0, c == 'u' ? 10 : c == 'o' ? 8 : 16, c == 'X', width, left, pad, 0);
			break;
		}
		case 'p':
			put(&o, '0');
			put(&o, 'x');
			put_num(&o, (u32)va_arg(ap, void *), 0, 16, 0, 8, 0, '0', 0);
			break;
		case 'c':
			put(&o, (char)va_arg(ap, int));
			break;
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (!s)
				s = "(null)";
			int n = 0;
			while (s[n] && (prec < 0 || n < prec))
				n++;
			if (!left)
				for (int k = n; k < width; k++)
					put(&o, ' ');
			for (int k = 0; k < n; k++)
				put(&o, s[k]);
			if (left)
				for (int k = n; k < width; k++)
					put(&o, ' ');
			break;
		}
		case '%':
			put(&o, '%');
			break;
		default:
			put(&o, '?');
			put(&o, c);
		}
	}
	if (cap)
		buf[o.len < cap ? o.len : cap - 1] = 0;
	return (int)o.len;
}

static int format(char *buf, size_t cap, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vformat(buf, cap, fmt, ap);
	va_end(ap);
	return n;
}

static int total;

static void say(const char *fmt, ...)
{
	char buf[160];
	va_list ap;
	va_start(ap, fmt);
	int n = vformat(buf, sizeof buf, fmt, ap);
	va_end(ap);
	total += n;
	write(1, buf, (size_t)(n < (int)sizeof buf ? n : (int)sizeof buf - 1));
}

int main(void)
{
	say("plain text\n");
	say("%d %i %u [%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, -42, 3000000000u, 17, 17, -17, 5, 5);
	say("%x %X %o %#\n", 0xdeadbeefu, 0xcafeu, 0777u);
	say("%lld %llu %llx\n", -9000000000000000000LL, 18000000000000000000ULL, 0x0123456789abcdefULL);
	say("%ld %lu\n", -2147483647L - 1, 4294967295UL);
	say("[%s] [%8s] [%-8s] [%.3s] [%s]\n", "hi", "right", "left", "truncate", (const char *)0);
	say("%c%c%c %% %p\n", 'a', 'b', 'c', (void *)0x1234);
	say("mixed %d %lld %d %s %llx %c\n", 1, 2LL, 3, "four", 5ULL, '6');
	char small[8];
	int n = format(small, sizeof small, "%d-%d-%d", 1111, 2222, 3333);
	say("truncated to '%s', needed %d\n", small, n);
	for (int i = 0; i < 5; i++)
		say("row %2d: %08x %-6s|\n", i, (unsigned)(i * 0x1111111), i & 1 ? "odd" : "even");
	say("total so far %d\n", total);
	return total % 256;
}
