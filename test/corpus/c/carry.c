/* Multi-word arithmetic where GCC uses the carry bit: 64-bit add and subtract (addc/adde,
   subfc/subfe), increments and negations (addic, subfic, addze, subfze, addme), 128-bit
   arithmetic from 64-bit halves, unsigned overflow checks and 64-bit comparisons. */
#include "rt.h"

typedef struct { u64 hi, lo; } u128;

static u128 add128(u128 a, u128 b) { u128 r = { a.hi + b.hi, a.lo + b.lo }; r.hi += r.lo < a.lo; return r; }
static u128 sub128(u128 a, u128 b) { u128 r = { a.hi - b.hi, a.lo - b.lo }; r.hi -= a.lo < b.lo; return r; }
static u128 neg128(u128 a) { u128 z = { 0, 0 }; return sub128(z, a); }

static u128 mul64x64(u64 a, u64 b)
{
	u64 al = (u32)a, ah = a >> 32, bl = (u32)b, bh = b >> 32;
	u64 ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
	u128 r = { hh, ll };
	r = add128(r, (u128){ lh >> 32, lh << 32 });
	r = add128(r, (u128){ hl >> 32, hl << 32 });
	return r;
}

__attribute__((noinline)) static s64 add64(s64 a, s64 b) { return (s64)((u64)a + (u64)b); }
__attribute__((noinline)) static s64 sub64(s64 a, s64 b) { return (s64)((u64)a - (u64)b); }
__attribute__((noinline)) static s64 neg64(s64 a) { return (s64)(0 - (u64)a); }
__attribute__((noinline)) static s64 inc64(s64 a) { return (s64)((u64)a + 1); }
__attribute__((noinline)) static s64 dec64(s64 a) { return (s64)((u64)a - 1); }
__attribute__((noinline)) static s64 addi64(s64 a) { return (s64)((u64)a + 0x12345); }
__attribute__((noinline)) static s64 rsub64(s64 a) { return (s64)(100 - (u64)a); }
__attribute__((noinline)) static u64 add_u32(u64 a, u32 b) { return a + b; }
__attribute__((noinline)) static s64 add_s32(s64 a, int b) { return (s64)((u64)a + (u64)(s64)b); }
__attribute__((noinline)) static int ovf_add(u32 a, u32 b, u32 *r) { return __builtin_add_overflow(a, b, r); }
__attribute__((noinline)) static int ovf_sadd(int a, int b, int *r) { return __builtin_add_overflow(a, b, r); }
__attribute__((noinline)) static int ovf_ssub(int a, int b, int *r) { return __builtin_sub_overflow(a, b, r); }
__attribute__((noinline)) static int ovf_umul(u32 a, u32 b, u32 *r) { return __builtin_mul_overflow(a, b, r); }
__attribute__((noinline)) static int lt64(s64 a, s64 b) { return a < b; }
__attribute__((noinline)) static int ltu64(u64 a, u64 b) { return a < b; }
__attribute__((noinline)) static int eq64(u64 a, u64 b) { return a == b; }
__attribute__((noinline)) static u32 sat_add(u32 a, u32 b) { u32 s = a + b; return s | -(u32)(s < a); }
__attribute__((noinline)) static u32 sat_sub(u32 a, u32 b) { u32 d = a - b; return d & -(u32)(d <= a); }
__attribute__((noinline)) static int sign(int x) { return (x > 0) - (x < 0); }

int main(void)
{
	static const s64 v[] = { 0, 1, -1, 0xffffffffLL, 0x100000000LL, -0x100000000LL, 0x7fffffffffffffffLL,
				 (s64)0x8000000000000000ULL, 0x00000000fffffffeLL, 123456789012345LL };
	const int n = sizeof v / sizeof v[0];
	u64 h = 0;
	int cmps = 0;
	for (int i = 0; i < n; i++) {
		h = h * 3 + (u64)neg64(v[i]) + (u64)inc64(v[i]) * 5 + (u64)dec64(v[i]) * 7 + (u64)addi64(v[i]) + (u64)rsub64(v[i]);
		h ^= add_u32((u64)v[i], 0xfffffff0u) + (u64)add_s32(v[i], -5);
		for (int j = 0; j < n; j++) {
			h = h * 5 + (u64)add64(v[i], v[j]) + ((u64)sub64(v[i], v[j]) << 1);
			cmps += lt64(v[i], v[j]) + 2 * ltu64((u64)v[i], (u64)v[j]) + 4 * eq64((u64)v[i], (u64)v[j]);
		}
	}
	show_hex64("hash", h);
	show_int("compares", cmps);

	u128 a = { 0x0123456789abcdefULL, 0xfedcba9876543210ULL }, b = { 0x1111111111111111ULL, 0xf000000000000001ULL };
	u128 s = add128(a, b), d = sub128(a, b), ng = neg128(a);
	show_hex64("sum.hi", s.hi);
	show_hex64("sum.lo", s.lo);
	show_hex64("diff.hi", d.hi);
	show_hex64("diff.lo", d.lo);
	show_hex64("neg.hi", ng.hi);
	show_hex64("neg.lo", ng.lo);
	u128 p = mul64x64(0xffffffffffffffffULL, 0xffffffffffffffffULL);
	show_hex64("max*max hi", p.hi);
	show_hex64("max*max lo", p.lo);
	p = mul64x64(0x123456789abcdef0ULL, 0x0fedcba987654321ULL);
	show_hex64("p.hi", p.hi);
	show_hex64("p.lo", p.lo);

	u32 r;
	int ri, flags = 0;
	flags |= ovf_add(0xffffffffu, 1, &r) << 0;
	flags |= ovf_add(0x7fffffffu, 1, &r) << 1;
	flags |= ovf_sadd(0x7fffffff, 1, &ri) << 2;
	flags |= ovf_sadd(-5, 3, &ri) << 3;
	flags |= ovf_ssub(-0x7fffffff - 1, 1, &ri) << 4;
	flags |= ovf_ssub(5, 7, &ri) << 5;
	flags |= ovf_umul(0x10000, 0x10000, &r) << 6;
	flags |= ovf_umul(0xffff, 0x10001, &r) << 7;
	show_hex("overflow flags", (u32)flags);
	show_hex("sat_add", sat_add(0xfffffff0u, 0x20) ^ sat_add(5, 6));
	show_hex("sat_sub", sat_sub(3, 10) + sat_sub(10, 3));
	show_int("signs", sign(-9) * 100 + sign(0) * 10 + sign(77));
	return (int)(h % 251);
}
