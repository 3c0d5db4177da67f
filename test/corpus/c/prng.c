/* Pseudo-random generators: xorshift32, xorshift64*, a 32-bit LCG, a 64-bit LCG (Knuth's MMIX
   constants), splitmix64 and a Park-Miller minimal standard generator with Schrage's method;
   bucket histograms and a chi-square statistic check their spread. */
#include "rt.h"

static u32 xs32 = 2463534242u;
static u32 xorshift32(void) { xs32 ^= xs32 << 13; xs32 ^= xs32 >> 17; xs32 ^= xs32 << 5; return xs32; }

static u64 xs64 = 88172645463325252ULL;
static u64 xorshift64s(void)
{
	xs64 ^= xs64 >> 12;
	xs64 ^= xs64 << 25;
	xs64 ^= xs64 >> 27;
	return xs64 * 2685821657736338717ULL;
}

static u32 lcg32 = 12345;
static u32 lcg(void) { return lcg32 = lcg32 * 1103515245u + 12345u; }

static u64 lcg64s = 1;
static u64 lcg64(void) { return lcg64s = lcg64s * 6364136223846793005ULL + 1442695040888963407ULL; }

static u64 sm = 0;
static u64 splitmix64(void)
{
	u64 z = (sm += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static s32 pm = 1;
static s32 park_miller(void)
{
	const s32 a = 16807, m = 2147483647, q = m / a, r = m % a;
	s32 hi = pm / q, lo = pm % q;
	pm = a * lo - r * hi;
	if (pm <= 0)
		pm += m;
	return pm;
}

/* chi-square * 100 of n samples over 16 buckets */
static u32 chi(u32 (*next)(void), int n)
{
	int b[16] = { 0 };
	for (int i = 0; i < n; i++)
		b[next() >> 28]++;
	u32 e = (u32)n / 16, s = 0;
	for (int k = 0; k < 16; k++) {
		int d = b[k] - (int)e;
		s += (u32)(d * d) * 100 / e;
	}
	return s;
}

static u32 hi_xs64(void) { return (u32)(xorshift64s() >> 32); }
static u32 hi_lcg64(void) { return (u32)(lcg64() >> 32); }
static u32 hi_sm(void) { return (u32)(splitmix64() >> 32); }
static u32 pm_scaled(void) { return (u32)park_miller() << 1; }

int main(void)
{
	print_str("xorshift32:");
	for (int i = 0; i < 4; i++) { print_char(' '); print_hex(xorshift32()); }
	print_str("\nxorshift64*:");
	for (int i = 0; i < 3; i++) { print_char(' '); print_hex64(xorshift64s()); }
	print_str("\nlcg32:");
	for (int i = 0; i < 4; i++) { print_char(' '); print_hex(lcg()); }
	print_str("\nlcg64:");
	for (int i = 0; i < 3; i++) { print_char(' '); print_hex64(lcg64()); }
	print_str("\nsplitmix64:");
	for (int i = 0; i < 3; i++) { print_char(' '); print_hex64(splitmix64()); }
	print_nl();
	for (int i = 1; i < 10000; i++)
		park_miller();
	show_int("park-miller 10000th", park_miller()); /* 1043618065 for seed 1 */
	show_int("chi xorshift32", (int)chi(xorshift32, 800));
	show_int("chi xorshift64*", (int)chi(hi_xs64, 800));
	show_int("chi lcg32", (int)chi(lcg, 800));
	show_int("chi lcg64", (int)chi(hi_lcg64, 800));
	show_int("chi splitmix64", (int)chi(hi_sm, 800));
	show_int("chi park-miller", (int)chi(pm_scaled, 800));
	return (int)(xorshift32() % 100) + 100;
}
