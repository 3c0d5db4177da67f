/* 8- and 16-bit arithmetic: signed char wrap-around, unsigned char saturation, halfword
   products and dot products, sign extension through loads and casts, and a Q7 image filter
   over an 8-bit picture. */
#include "rt.h"

static s8 img[16][16];
static u8 out[16][16];

__attribute__((noinline)) static int dot16(const s16 *a, const s16 *b, int n)
{
	int s = 0;
	for (int i = 0; i < n; i++)
		s += (a[i] * b[i]) >> 2; /* scaled per product */
	return s;
}

__attribute__((noinline)) static s16 wrap_add(s16 a, s16 b) { return (s16)(a + b); }
__attribute__((noinline)) static s8 wrap_mul(s8 a, s8 b) { return (s8)(a * b); }
__attribute__((noinline)) static u8 avg_u8(u8 a, u8 b) { return (u8)((a + b + 1) >> 1); }
__attribute__((noinline)) static int sx8(u32 w) { return (s8)w; }
__attribute__((noinline)) static int sx16(u32 w) { return (s16)w; }
__attribute__((noinline)) static unsigned zx8(int w) { return (u8)w; }
__attribute__((noinline)) static unsigned zx16(int w) { return (u16)w; }

int main(void)
{
	s16 a[24], b[24];
	for (int i = 0; i < 24; i++) {
		a[i] = (s16)(i * 1234 - 14000);
		b[i] = (s16)((i * i * 97) % 30000 - 15000);
	}
	show_int("dot16", dot16(a, b, 24));
	u32 h = 0;
	for (int i = -40000; i < 40000; i += 3001)
		h = h * 7 + (u32)(wrap_add((s16)i, (s16)(i * 3)) + wrap_mul((s8)i, (s8)(i >> 3)) + avg_u8((u8)i, (u8)(i >> 4)));
	show_hex("wrap", h);
	show_int("sx8(0x80)", sx8(0x80));
	show_int("sx8(0x17f)", sx8(0x17f));
	show_int("sx16(0x8000)", sx16(0x8000));
	show_int("zx8(-1)", (int)zx8(-1));
	show_int("zx16(-2)", (int)zx16(-2));

	s8 c = 100;
	u8 u = 200;
	s8 wraps[6];
	for (int i = 0; i < 6; i++) {
		c = (s8)(c + 13);
		u = (u8)(u + 13);
		wraps[i] = c;
	}
	print_str("wraps:");
	for (int i = 0; i < 6; i++) {
		print_char(' ');
		print_int(wraps[i]);
	}
	print_nl();
	show_int("u", u);

	/* 3x3 sharpen filter in Q7 on an 8-bit test picture, saturated to 0..255 */
	for (int y = 0; y < 16; y++)
		for (int x = 0; x < 16; x++)
			img[y][x] = (s8)((x * 16 + y * 8) ^ (x * y));
	static const s8 k[3][3] = { { 0, -32, 0 }, { -32, 127, -32 }, { 0, -32, 0 } };
	u32 sum = 0;
	for (int y = 1; y < 15; y++)
		for (int x = 1; x < 15; x++) {
			int acc = 0;
			for (int dy = -1; dy <= 1; dy++)
				for (int dx = -1; dx <= 1; dx++)
					acc += (img[y + dy][x + dx] * k[dy + 1][dx + 1]) >> 5;
			acc += 128;
			out[y][x] = (u8)(acc < 0 ? 0 : acc > 255 ? 255 : acc);
			sum = sum * 31 + out[y][x];
		}
	show_hex("filtered", sum);
	print_str("row 8:");
	for (int x = 1; x < 15; x++) {
		print_char(' ');
		print_int(out[8][x]);
	}
	print_nl();
	return out[8][8] / 2;
}
