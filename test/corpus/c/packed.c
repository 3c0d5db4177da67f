/* Packed 16-bit data, as the PPU's plasticity code keeps it: two Q15 numbers per 32-bit word
   (real part in the high half, imaginary in the low half). The products of halves are what GCC
   turns into the 440's multiply-halfword instructions (mulhhw, mulchw, mullhw and the unsigned
   forms). Each product is scaled before it is summed: qemu-ppc mis-executes the fused
   multiply-accumulate forms (see README.md), so the corpus keeps GCC from forming them. A 16-point
   radix-2 FFT runs on packed complex words. */
#include "rt.h"

typedef u32 cq15; /* re:16 | im:16 */

static inline int re(cq15 z) { return (int)z >> 16; }
static inline int im(cq15 z) { return (short)z; }
static inline cq15 pack(int r, int i) { return (u32)r << 16 | (u16)i; }

/* Halfword products, kept out of line like DSP intrinsics: with each operand used once, GCC
   selects the 440's halfword multiplies instead of extracting the halves and using mullw. */
__attribute__((noinline)) static int mul_hh(u32 a, u32 b) { return ((int)a >> 16) * ((int)b >> 16); } /* mulhhw */
__attribute__((noinline)) static int mul_ll(u32 a, u32 b) { return (short)a * (short)b; }             /* mullhw */
__attribute__((noinline)) static int mul_hl(u32 a, u32 b) { return ((int)a >> 16) * (short)b; }       /* mulchw */

static cq15 cmul(cq15 a, cq15 b)
{
	int r = (mul_hh(a, b) >> 15) - (mul_ll(a, b) >> 15);
	int i = (mul_hl(b, a) >> 15) + (mul_hl(a, b) >> 15);
	return pack(r, i);
}

__attribute__((noinline)) static cq15 cadd_half(cq15 a, cq15 b) { return pack((re(a) + re(b)) >> 1, (im(a) + im(b)) >> 1); }
__attribute__((noinline)) static cq15 csub_half(cq15 a, cq15 b) { return pack((re(a) - re(b)) >> 1, (im(a) - im(b)) >> 1); }

/* Unsigned halfword products of two packed pairs of 16-bit intensities. */
__attribute__((noinline)) static u32 umul_hh(u32 a, u32 b) { return (a >> 16) * (b >> 16); }       /* mulhhwu */
__attribute__((noinline)) static u32 umul_ll(u32 a, u32 b) { return (a & 0xffff) * (b & 0xffff); } /* mullhwu */
__attribute__((noinline)) static u32 umul_hl(u32 a, u32 b) { return (a >> 16) * (b & 0xffff); }    /* mulchwu */

static u32 energy(u32 v, u32 w)
{
	return (umul_hh(v, w) >> 4) ^ (umul_ll(v, w) << 1) ^ (umul_hl(v, w) << 2) ^ umul_hl(w, v);
}

/* Q15 twiddle factors exp(-2 pi i k / 16), k = 0..7 */
static const cq15 W[8] = {
	0x7fff0000u, 0x7642cf04u, 0x5a82a57eu, 0x30fb89beu,
	0x00008001u, 0xcf0589beu, 0xa57ea57eu, 0x89becf04u,
};

static void fft16(cq15 *x)
{
	/* bit-reversal permutation */
	for (unsigned i = 0; i < 16; i++) {
		unsigned j = ((i & 1) << 3) | ((i & 2) << 1) | ((i & 4) >> 1) | ((i & 8) >> 3);
		if (j > i) {
			cq15 t = x[i];
			x[i] = x[j];
			x[j] = t;
		}
	}
	/* butterflies, halving each stage to stay in range */
	for (unsigned len = 2; len <= 16; len <<= 1) {
		unsigned step = 16 / len;
		for (unsigned s = 0; s < 16; s += len) {
			for (unsigned k = 0; k < len / 2; k++) {
				cq15 u = x[s + k], v = cmul(x[s + k + len / 2], W[k * step]);
				x[s + k] = cadd_half(u, v);
				x[s + k + len / 2] = csub_half(u, v);
			}
		}
	}
}

int main(void)
{
	cq15 a = pack(16384, -8192), b = pack(-12000, 30000);
	cq15 p = cmul(a, b);
	show_int("re(a*b)", re(p));
	show_int("im(a*b)", im(p));
	cq15 m = cmul(pack(-32768, 0), pack(-32768, 0));
	show_int("-1*-1 wraps", re(m));

	cq15 x[16];
	/* a cosine at bin 3 plus a constant */
	static const short cos3[16] = { 16384, 6270, -11585, -15137, 0, 15137, 11585, -6270,
				       -16384, -6270, 11585, 15137, 0, -15137, -11585, 6270 };
	for (int i = 0; i < 16; i++)
		x[i] = pack(cos3[i] + 4000, 0);
	fft16(x);
	int peak = 0, at = -1;
	for (int k = 0; k < 16; k++) {
		int r = re(x[k]), i = im(x[k]);
		print_str("X[");
		print_int(k);
		print_str("]=");
		print_int(r);
		print_char(',');
		print_int(i);
		print_nl();
		int mag = (r < 0 ? -r : r) + (i < 0 ? -i : i);
		if (mag > peak) {
			peak = mag;
			at = k;
		}
	}
	show_int("peak bin", at);
	u32 e = 0;
	u32 v = 0x00ff1234u;
	for (int n = 0; n < 64; n++) {
		e = e * 3 + energy(v, ~v * 7);
		v = v * 2654435761u + 0x9e37u;
	}
	show_hex("energy", e);
	return at * 10 + (re(x[0]) > 0);
}
