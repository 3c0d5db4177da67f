/* 32-bit arithmetic: signed/unsigned division and modulo with negative operands, multiply-high
   through 64-bit products, overflow-safe averages, absolute values, min/max and integer sqrt. */
#include "rt.h"

__attribute__((noinline)) static int sdiv(int a, int b) { return a / b; }
__attribute__((noinline)) static int smod(int a, int b) { return a % b; }
__attribute__((noinline)) static unsigned udiv(unsigned a, unsigned b) { return a / b; }
__attribute__((noinline)) static unsigned umod(unsigned a, unsigned b) { return a % b; }
__attribute__((noinline)) static int mulhs(int a, int b) { return (int)(((s64)a * b) >> 32); }
__attribute__((noinline)) static unsigned mulhu(unsigned a, unsigned b) { return (unsigned)(((u64)a * b) >> 32); }

static unsigned isqrt(unsigned v)
{
	unsigned r = 0, bit = 1u << 30;
	while (bit > v)
		bit >>= 2;
	while (bit) {
		if (v >= r + bit) {
			v -= r + bit;
			r = (r >> 1) + bit;
		} else {
			r >>= 1;
		}
		bit >>= 2;
	}
	return r;
}

static int iabs(int v) { return v < 0 ? -v : v; }
static int imin(int a, int b) { return a < b ? a : b; }
static int imax(int a, int b) { return a > b ? a : b; }
static int avg(int a, int b) { return (a & b) + ((a ^ b) >> 1); }

int main(void)
{
	static const int vals[] = { 1, -1, 2, -2, 3, 7, -7, 10, 100, -1000, 65535, -65536, 0x7fffffff, -0x7fffffff, 123456789 };
	const int n = sizeof vals / sizeof vals[0];
	unsigned h = 0;
	for (int i = 0; i < n; i++) {
		for (int j = 0; j < n; j++) {
			int a = vals[i], b = vals[j];
			int q = sdiv(a, b), r = smod(a, b);
			unsigned uq = udiv((unsigned)a, (unsigned)b), ur = umod((unsigned)a, (unsigned)b);
			h = h * 33 + (unsigned)q;
			h = h * 33 + (unsigned)r;
			h = h * 33 + uq;
			h = h * 33 + ur;
			h ^= (unsigned)mulhs(a, b) + mulhu((unsigned)a, (unsigned)b);
		}
	}
	show_hex("div/mod hash", h);
	show_int("-7/2", sdiv(-7, 2));
	show_int("-7%2", smod(-7, 2));
	show_int("7/-2", sdiv(7, -2));
	show_int("7%-2", smod(7, -2));
	show_hex("0xffffffff/10", udiv(0xffffffffu, 10));
	show_int("mulhs", mulhs(-123456789, 987654321));
	show_hex("mulhu", mulhu(0xdeadbeefu, 0xcafebabeu));
	show_int("isqrt(2000000000)", (int)isqrt(2000000000u));
	show_int("isqrt(99)", (int)isqrt(99));
	int acc = 0;
	for (int i = 0; i < n; i++)
		acc += iabs(vals[i] % 1000) + imin(vals[i], 5) - imax(vals[i], -5) + avg(vals[i], vals[n - 1 - i]);
	show_int("mix", acc);
	return (int)(h % 200) + 3;
}
