/* Register pressure across calls: functions that keep many values live over calls make GCC save
   and restore the non-volatile registers (stmw/lmw or the out-of-line _savegpr/_restgpr at -Os),
   and the non-volatile CR fields (mfcr/mtcrf). A checksum mixes every live value. */
#include "rt.h"

__attribute__((noinline)) static u32 scramble(u32 x) { x ^= x >> 15; x *= 0x2c1b3c6du; x ^= x >> 12; return x; }

__attribute__((noinline)) static u32 many(u32 a, u32 b, u32 c, u32 d)
{
	u32 v0 = scramble(a), v1 = scramble(b), v2 = scramble(c), v3 = scramble(d);
	u32 v4 = scramble(v0 ^ v1), v5 = scramble(v2 + v3), v6 = scramble(v4 - v5), v7 = scramble(v6 | 1);
	u32 v8 = scramble(v7 + a), v9 = scramble(v8 ^ b), v10 = scramble(v9 + c), v11 = scramble(v10 ^ d);
	u32 v12 = scramble(v11), v13 = scramble(v12 + v0), v14 = scramble(v13 + v1), v15 = scramble(v14 + v2);
	return v0 + v1 * 3 + v2 * 5 + v3 * 7 + v4 * 11 + v5 * 13 + v6 * 17 + v7 * 19 + v8 * 23 + v9 * 29 +
	       v10 * 31 + v11 * 37 + v12 * 41 + v13 * 43 + v14 * 47 + v15 * 53;
}

/* Comparison results live across calls occupy non-volatile CR fields. */
__attribute__((noinline)) static int flags(int a, int b, int c)
{
	int lt = a < b, gt = b > c, eq = a == c;
	u32 s = scramble((u32)a);
	if (lt)
		s = scramble(s + 1);
	if (gt)
		s = scramble(s + 2);
	if (eq)
		s = scramble(s + 3);
	if (lt && gt)
		s ^= 0x1000;
	if (eq || gt)
		s ^= 0x2000;
	return (int)(s & 0x7fffffff);
}

static int depth_sum(int n, u32 acc)
{
	if (n == 0)
		return (int)(acc & 0xffff);
	u32 a = scramble(acc), b = scramble(a), c = scramble(b);
	int r = depth_sum(n - 1, a ^ b ^ c);
	return r + (int)((a + b + c) & 15);
}

int main(void)
{
	u32 h = 0;
	for (u32 i = 0; i < 40; i++)
		h = h * 3 + many(i, i * 7, i * 13, ~i);
	show_hex("many", h);
	int f = 0;
	for (int a = -3; a <= 3; a++)
		for (int b = -3; b <= 3; b++)
			for (int c = -3; c <= 3; c++)
				f ^= flags(a, b, c) + a * 49 + b * 7 + c;
	show_hex("flags", (u32)f);
	int d = depth_sum(60, 12345);
	show_int("depth", d);
	return (int)(h & 63) + 64;
}
