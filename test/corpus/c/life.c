/* Conway's Game of Life on a 32x32 torus stored as one 32-bit word per row: neighbour counts
   by bit-parallel adders over rotated rows; a glider, a blinker and an R-pentomino evolve. */
#include "rt.h"

#define H 32

static u32 rows[H], next[H];

static u32 rotl(u32 v, int n) { return v << n | v >> (32 - n); }

static void step(void)
{
	for (int y = 0; y < H; y++) {
		u32 up = rows[(y + H - 1) % H], mid = rows[y], dn = rows[(y + 1) % H];
		u32 n[8] = { rotl(up, 1), up, rotl(up, 31), rotl(mid, 1), rotl(mid, 31), rotl(dn, 1), dn, rotl(dn, 31) };
		/* three-bit counter (s2 s1 s0) of the eight neighbours, saturating at 4+ via s2 */
		u32 s0 = 0, s1 = 0, s2 = 0;
		for (int k = 0; k < 8; k++) {
			u32 c0 = s0 & n[k];
			s0 ^= n[k];
			u32 c1 = s1 & c0;
			s1 ^= c0;
			s2 |= c1;
		}
		/* alive next: exactly 3, or exactly 2 and alive now */
		next[y] = ~s2 & s1 & (s0 | mid);
	}
	for (int y = 0; y < H; y++)
		rows[y] = next[y];
}

static int population(void)
{
	int p = 0;
	for (int y = 0; y < H; y++)
		for (u32 v = rows[y]; v; v &= v - 1)
			p++;
	return p;
}

static void show(int y0, int y1)
{
	for (int y = y0; y < y1; y++) {
		for (int x = 31; x >= 0; x--)
			print_char(rows[y] >> x & 1 ? '#' : '.');
		print_nl();
	}
}

int main(void)
{
	/* glider near the top left, blinker on the right, R-pentomino in the middle */
	rows[1] = 1u << 29;
	rows[2] = 1u << 28;
	rows[3] = 7u << 28;
	rows[5] |= 7u << 2;
	rows[15] |= 3u << 15;
	rows[16] |= 3u << 14;
	rows[17] |= 1u << 15;
	show(0, 8);
	print_nl();
	u32 sig = 0;
	for (int g = 1; g <= 40; g++) {
		step();
		if (g % 10 == 0) {
			print_str("gen ");
			print_int(g);
			print_str(" pop ");
			print_int(population());
			print_nl();
		}
		for (int y = 0; y < H; y++)
			sig = rotl(sig, 3) ^ rows[y];
	}
	show(12, 20);
	show_hex("history", sig);
	return population();
}
