/* Fixed-point arithmetic as plasticity code does it: Q15 and Q7 multiplies with rounding,
   saturating add and subtract, a Q15 FIR filter, a Q15 sine table by recurrence, and a
   Newton reciprocal in Q16. */
#include "rt.h"

typedef short q15;
typedef signed char q7;

static q15 sat15(int v) { return (q15)(v > 32767 ? 32767 : v < -32768 ? -32768 : v); }
static q7 sat7(int v) { return (q7)(v > 127 ? 127 : v < -128 ? -128 : v); }
static q15 qmul15(q15 a, q15 b) { return sat15((a * b + (1 << 14)) >> 15); }
static q7 qmul7(q7 a, q7 b) { return sat7((a * b + (1 << 6)) >> 7); }
static q15 qadd15(q15 a, q15 b) { return sat15(a + b); }
static q15 qsub15(q15 a, q15 b) { return sat15(a - b); }
static q7 qadd7(q7 a, q7 b) { return sat7(a + b); }
static u8 uadd8(u8 a, u8 b) { unsigned s = (unsigned)a + b; return (u8)(s > 255 ? 255 : s); }

/* Reciprocal of x (Q16, 1 <= x < 2^16 in Q16 means x/65536) by Newton's iteration. */
static u32 recip16(u32 x)
{
	u32 y = 0x10000;
	while (((u64)x * y) >> 16 > 0x20000)
		y >>= 1;
	for (int i = 0; i < 6; i++) {
		u32 xy = (u32)(((u64)x * y) >> 16);
		y = (u32)(((u64)y * (0x20000 - xy)) >> 16);
	}
	return y;
}

int main(void)
{
	static const q15 vals[] = { 0, 1, -1, 16384, -16384, 32767, -32768, 23170, -12345, 3 };
	u32 h = 0;
	for (int i = 0; i < 10; i++)
		for (int j = 0; j < 10; j++) {
			h = h * 31 + (u16)qmul15(vals[i], vals[j]);
			h = h * 31 + (u16)qadd15(vals[i], vals[j]);
			h = h * 31 + (u16)qsub15(vals[i], vals[j]);
		}
	show_hex("q15 table", h);
	show_int("-1*-1 (q15)", qmul15(-32768, -32768));
	show_int("0.5*0.5", qmul15(16384, 16384));
	show_int("sat add", qadd15(30000, 10000));
	show_int("sat sub", qsub15(-30000, 10000));

	int s7 = 0;
	for (int a = -128; a < 128; a += 5)
		for (int b = -128; b < 128; b += 7)
			s7 += qmul7((q7)a, (q7)b) + qadd7((q7)a, (q7)b);
	show_int("q7 sum", s7);
	show_int("-1*-1 (q7)", qmul7(-128, -128));
	show_int("u8 sat", uadd8(200, 100));

	/* sine by the recurrence s[n+1] = 2 cos(w) s[n] - s[n-1] with w = 2 pi / 32; starting
	   from s1 = 3212 the amplitude is about one half */
	q15 c2 = 32138; /* cos(w) in Q15, doubled after the multiply */
	int s0 = 0, s1 = 3212;
	int peak = 0, zero = 0;
	print_str("sine:");
	for (int n = 0; n < 64; n++) {
		if (n % 8 == 0) {
			print_char(' ');
			print_int(s0);
		}
		if (s0 > peak)
			peak = s0;
		int s2 = 2 * qmul15(c2, (q15)s1) - s0;
		if ((s1 < 0) != (s2 < 0))
			zero++;
		s0 = s1;
		s1 = s2;
	}
	print_nl();
	show_int("peak", peak);
	show_int("zero crossings", zero);

	/* 8-tap moving-average FIR over a square wave with noise */
	static const q15 taps[8] = { 1024, 2048, 4096, 8192, 8192, 4096, 2048, 1024 };
	q15 hist[8] = { 0 };
	u32 seed = 12345;
	int acc_out = 0;
	for (int n = 0; n < 200; n++) {
		seed = seed * 1103515245u + 12345u;
		q15 in = (q15)(((n / 25) & 1 ? 20000 : -20000) + (int)((seed >> 16) & 2047) - 1024);
		for (int k = 7; k > 0; k--)
			hist[k] = hist[k - 1];
		hist[0] = in;
		int y = 0;
		for (int k = 0; k < 8; k++)
			y += (hist[k] * taps[k]) >> 15;
		acc_out += sat15(y);
	}
	show_int("fir sum", acc_out);
	show_hex("recip(3.0)", recip16(3 << 16));
	show_hex("recip(0.75)", recip16(3 << 14));
	return (int)(h & 127);
}
