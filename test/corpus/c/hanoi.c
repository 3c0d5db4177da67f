/* Towers of Hanoi, recursively with an explicit peg state that is checked on every move, and
   iteratively with the binary (Gray code) solution; both must agree move for move. */
#include "rt.h"

#define DISKS 10

static u8 peg[3][DISKS];
static int height[3];
static unsigned moves, rec_sig;

static void move(int from, int to)
{
	int d = peg[from][--height[from]];
	if (height[to] && peg[to][height[to] - 1] < d) {
		print_str("illegal move\n");
		exit(99);
	}
	peg[to][height[to]++] = (u8)d;
	moves++;
	rec_sig = rec_sig * 7 + (unsigned)(from * 3 + to);
	if (moves <= 7) {
		print_str("move disk ");
		print_int(d);
		print_str(" from ");
		print_char((char)('A' + from));
		print_str(" to ");
		print_char((char)('A' + to));
		print_nl();
	}
}

static void hanoi(int n, int from, int to, int via)
{
	if (n == 0)
		return;
	hanoi(n - 1, from, via, to);
	move(from, to);
	hanoi(n - 1, via, to, from);
}

int main(void)
{
	for (int i = 0; i < DISKS; i++)
		peg[0][i] = (u8)(DISKS - i);
	height[0] = DISKS;
	hanoi(DISKS, 0, 2, 1);
	show_int("moves", (int)moves);
	show_int("on C", height[2]);
	show_hex("recursive signature", rec_sig);

	/* Iterative: move m (1-based) moves disk ctz(m) from (m & (m-1)) % 3 to ((m | (m-1)) + 1) % 3,
	   with pegs B and C swapped for an even number of disks. */
	unsigned sig = 0;
	for (unsigned m = 1; m < (1u << DISKS); m++) {
		int from = (int)((m & (m - 1)) % 3), to = (int)(((m | (m - 1)) + 1) % 3);
		if (DISKS % 2 == 0) {
			from = from == 0 ? 0 : 3 - from;
			to = to == 0 ? 0 : 3 - to;
		}
		sig = sig * 7 + (unsigned)(from * 3 + to);
	}
	show_hex("iterative signature", sig);
	show_int("agree", sig == rec_sig);
	return height[2] + (sig == rec_sig ? 0 : 100);
}
