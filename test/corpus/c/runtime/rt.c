/* Runtime of the C corpus (see rt.h). write and exit are Linux system calls: r0 holds the call
   number, r3.. the arguments, and on return r3 the result with CR0[SO] set on error. The same
   binary therefore runs under qemu-ppc and under dls's linux-user profile. */
#include "rt.h"

long write(int fd, const void *buf, size_t len)
{
	register long r0 __asm__("r0") = 4;
	register long r3 __asm__("r3") = fd;
	register long r4 __asm__("r4") = (long)buf;
	register long r5 __asm__("r5") = (long)len;
	__asm__ volatile("sc\n\tbns+ 1f\n\tneg %1, %1\n1:"
			 : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5)
			 :
			 : "r6", "r7", "r8", "r9", "r10", "r11", "r12", "cr0", "ctr", "memory");
	return r3;
}

void exit(int code)
{
	register long r0 __asm__("r0") = 1;
	register long r3 __asm__("r3") = code;
	__asm__ volatile("sc" : : "r"(r0), "r"(r3) : "memory");
	for (;;)
		;
}

/* Without this GCC may turn the loop into a call to the function itself. */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memcpy(void *dst, const void *src, size_t n)
{
	u8 *d = dst;
	const u8 *s = src;
	while (n--)
		*d++ = *s++;
	return dst;
}

/* Without this GCC may turn the loop into a call to the function itself. */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memmove(void *dst, const void *src, size_t n)
{
	u8 *d = dst;
	const u8 *s = src;
	if (d < s) {
		while (n--)
			*d++ = *s++;
	} else {
		while (n--)
			d[n] = s[n];
	}
	return dst;
}

/* Without this GCC may turn the loop into a call to the function itself. */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memset(void *dst, int c, size_t n)
{
	u8 *d = dst;
	while (n--)
		*d++ = (u8)c;
	return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const u8 *x = a, *y = b;
	for (; n; n--, x++, y++)
		if (*x != *y)
			return *x < *y ? -1 : 1;
	return 0;
}

void print_str(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	write(1, s, n);
}

void print_char(char c)
{
	write(1, &c, 1);
}

void print_nl(void)
{
	print_char('\n');
}

void print_uint(unsigned v)
{
	char buf[12];
	int i = sizeof buf;
	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	write(1, buf + i, sizeof buf - i);
}

void print_int(int v)
{
	if (v < 0) {
		print_char('-');
		print_uint(0u - (unsigned)v);
	} else {
		print_uint((unsigned)v);
	}
}

static const char HEX[] = "0123456789abcdef";

void print_hex(unsigned v)
{
	char buf[8];
	for (int i = 7; i >= 0; i--, v >>= 4)
		buf[i] = HEX[v & 15];
	write(1, buf, 8);
}

void print_u64(unsigned long long v)
{
	char buf[21];
	int i = sizeof buf;
	do {
		buf[--i] = (char)('0' + (int)(v % 10));
		v /= 10;
	} while (v);
	write(1, buf + i, sizeof buf - i);
}

void print_i64(long long v)
{
	if (v < 0) {
		print_char('-');
		print_u64(0ull - (unsigned long long)v);
	} else {
		print_u64((unsigned long long)v);
	}
}

void print_hex64(unsigned long long v)
{
	print_hex((unsigned)(v >> 32));
	print_hex((unsigned)v);
}

void show_int(const char *label, int v)
{
	print_str(label);
	print_char('=');
	print_int(v);
	print_nl();
}

void show_hex(const char *label, unsigned v)
{
	print_str(label);
	print_str("=0x");
	print_hex(v);
	print_nl();
}

void show_i64(const char *label, long long v)
{
	print_str(label);
	print_char('=');
	print_i64(v);
	print_nl();
}

void show_hex64(const char *label, unsigned long long v)
{
	print_str(label);
	print_str("=0x");
	print_hex64(v);
	print_nl();
}
