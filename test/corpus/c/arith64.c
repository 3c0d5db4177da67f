/* 64-bit integer arithmetic through libgcc: multiply, signed and unsigned division and modulo,
   variable shifts of long long, comparisons, and a 64-bit multiply-high built from 32-bit parts. */
#include "rt.h"

/* noinline keeps the operands unknown to the compiler, so the libgcc calls stay. */
__attribute__((noinline)) static s64 sdiv(s64 a, s64 b) { return a / b; }
__attribute__((noinline)) static s64 smod(s64 a, s64 b) { return a % b; }
__attribute__((noinline)) static u64 udiv(u64 a, u64 b) { return a / b; }
__attribute__((noinline)) static u64 umod(u64 a, u64 b) { return a % b; }
__attribute__((noinline)) static u64 shl(u64 a, int n) { return a << n; }
__attribute__((noinline)) static u64 shr(u64 a, int n) { return a >> n; }
__attribute__((noinline)) static s64 sar(s64 a, int n) { return a >> n; }
__attribute__((noinline)) static s64 mul(s64 a, s64 b) { return a * b; }

/* High 64 bits of an unsigned 64x64 product, from four 32x32->64 products. */
static u64 mulhi64(u64 a, u64 b)
{
	u64 al = (u32)a, ah = a >> 32, bl = (u32)b, bh = b >> 32;
	u64 ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
	u64 mid = (ll >> 32) + (u32)lh + (u32)hl;
	return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

int main(void)
{
	static const s64 vals[] = {
		0, 1, -1, 7, -7, 1000000007LL, -999999999999LL, 0x7fffffffffffffffLL,
		-0x7fffffffffffffffLL, 0x123456789abcdefLL, -0x100000000LL, 0xffffffffLL,
	};
	const int n = sizeof vals / sizeof vals[0];
	u64 check = 0;
	for (int i = 0; i < n; i++) {
		for (int j = 0; j < n; j++) {
			s64 a = vals[i], b = vals[j];
			if (b == 0)
				continue;
			s64 q = sdiv(a, b), r = smod(a, b);
			if (q * b + r != a)
				show_int("bad signed division", i * 100 + j);
			u64 uq = udiv((u64)a, (u64)b), ur = umod((u64)a, (u64)b);
			if (uq * (u64)b + ur != (u64)a || ur >= (u64)b)
				show_int("bad unsigned division", i * 100 + j);
			check = check * 31 + (u64)q + (ur << 1) + (u64)mul(a, b);
		}
	}
	show_hex64("division check", check);
	show_i64("-999999999999/7", sdiv(-999999999999LL, 7));
	show_i64("-999999999999%7", smod(-999999999999LL, 7));
	show_hex64("max/3", udiv(~0ULL, 3));
	show_hex64("max%1000003", umod(~0ULL, 1000003));

	u64 x = 0x8123456789abcdefULL;
	u64 sh = 0;
	for (int k = 0; k < 64; k += 5) {
		sh ^= shl(x, k) + shr(x, k) + (u64)sar((s64)x, k);
	}
	show_hex64("shifts", sh);
	show_hex64("shl 32", shl(x, 32));
	show_hex64("shr 33", shr(x, 33));
	show_hex64("sar 63", (u64)sar((s64)x, 63));

	show_hex64("mulhi", mulhi64(0xfedcba9876543210ULL, 0x0123456789abcdefULL));
	show_i64("mul", mul(-123456789LL, 987654321LL));

	int lt = 0;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			lt += (vals[i] < vals[j]) + 2 * ((u64)vals[i] < (u64)vals[j]);
	show_int("compares", lt);
	return (int)(check & 0x3f) + 1;
}
