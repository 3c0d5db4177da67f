/* Bit tricks: population count (three ways), leading and trailing zeros, bit reversal, Gray
   code round trips, parity, next power of two, rotations, and bit-field extract and insert. */
#include "rt.h"

static int pop_loop(u32 v) { int n = 0; for (; v; v &= v - 1) n++; return n; }
static int pop_swar(u32 v)
{
	v = v - ((v >> 1) & 0x55555555u);
	v = (v & 0x33333333u) + ((v >> 2) & 0x33333333u);
	v = (v + (v >> 4)) & 0x0f0f0f0fu;
	return (int)((v * 0x01010101u) >> 24);
}
static int pop_table(u32 v)
{
	static u8 t[256];
	if (!t[255])
		for (int i = 1; i < 256; i++)
			t[i] = (u8)((i & 1) + t[i >> 1]);
	return t[v & 255] + t[(v >> 8) & 255] + t[(v >> 16) & 255] + t[v >> 24];
}
static int clz(u32 v) { return v ? __builtin_clz(v) : 32; }
static int ctz(u32 v) { return v ? 31 - __builtin_clz(v & -v) : 32; }
static u32 rev(u32 v)
{
	v = ((v >> 1) & 0x55555555u) | ((v & 0x55555555u) << 1);
	v = ((v >> 2) & 0x33333333u) | ((v & 0x33333333u) << 2);
	v = ((v >> 4) & 0x0f0f0f0fu) | ((v & 0x0f0f0f0fu) << 4);
	v = ((v >> 8) & 0x00ff00ffu) | ((v & 0x00ff00ffu) << 8);
	return (v >> 16) | (v << 16);
}
static u32 gray(u32 v) { return v ^ (v >> 1); }
static u32 ungray(u32 g) { for (u32 s = 1; s < 32; s <<= 1) g ^= g >> s; return g; }
static int parity(u32 v) { v ^= v >> 16; v ^= v >> 8; v ^= v >> 4; return (0x6996 >> (v & 15)) & 1; }
static u32 next_pow2(u32 v) { v--; v |= v >> 1; v |= v >> 2; v |= v >> 4; v |= v >> 8; v |= v >> 16; return v + 1; }
__attribute__((noinline)) static u32 rotl(u32 v, unsigned n) { return (v << (n & 31)) | (v >> ((32 - n) & 31)); }
static u32 extract(u32 v, int lo, int len) { return (v >> lo) & ((1u << len) - 1); }
static u32 insert(u32 v, u32 f, int lo, int len) { u32 m = ((1u << len) - 1) << lo; return (v & ~m) | ((f << lo) & m); }
static u32 bswap(u32 v) { return (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24); }

int main(void)
{
	u32 x = 0x9e3779b9u, sig = 0;
	int mismatches = 0;
	for (int i = 0; i < 300; i++) {
		int a = pop_loop(x), b = pop_swar(x), c = pop_table(x);
		mismatches += (a != b) + (b != c) + (ungray(gray(x)) != x) + (rev(rev(x)) != x);
		mismatches += parity(x) != (a & 1);
		sig = rotl(sig, 5) ^ (u32)a ^ ((u32)clz(x) << 8) ^ ((u32)ctz(x) << 16) ^ rev(x) ^ gray(x);
		x = x * 1664525u + 1013904223u;
		x ^= x >> (i & 15);
	}
	show_int("mismatches", mismatches);
	show_hex("signature", sig);
	show_hex("rev(1)", rev(1));
	show_hex("rev(0x12345678)", rev(0x12345678u));
	print_str("gray:");
	for (u32 i = 0; i < 16; i++) {
		print_char(' ');
		print_uint(gray(i));
	}
	print_nl();
	show_int("clz(1)", clz(1));
	show_int("clz(0)", clz(0));
	show_int("ctz(0x80000000)", ctz(0x80000000u));
	show_int("ctz(48)", ctz(48));
	show_hex("next_pow2(1000)", next_pow2(1000));
	show_hex("next_pow2(4096)", next_pow2(4096));
	show_hex("rotl(0x80000001,4)", rotl(0x80000001u, 4));
	show_hex("rotl(x,0)", rotl(0xabcdef01u, 0));
	show_hex("extract", extract(0xdeadbeefu, 12, 8));
	show_hex("insert", insert(0xdeadbeefu, 0x5a, 4, 8));
	show_hex("bswap", bswap(0x11223344u));
	u32 m = 0;
	for (int lo = 0; lo < 28; lo += 3)
		m = insert(m, (u32)lo + 1, lo, 3) ^ extract(x, lo, 4);
	show_hex("fields", m);
	return pop_swar(sig) + mismatches * 64;
}
