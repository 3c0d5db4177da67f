/* Deep recursion that needs more than a MiB of stack (Linux and qemu-ppc give 8 MiB): a
   recursive depth-first flood fill over a 48x48 grid with walls, and a 6000-level recursion
   whose frames each hold a 256-byte line buffer across the call (about 1.7 MiB of stack). */
#include "rt.h"

#define S 48

static u8 grid[S][S]; /* 0 open, 1 wall, 2 filled */
static int max_depth;

static int fill(int y, int x, int depth)
{
	if (y < 0 || y >= S || x < 0 || x >= S || grid[y][x])
		return 0;
	grid[y][x] = 2;
	if (depth > max_depth)
		max_depth = depth;
	/* right first, then down, left, up: on an open area this snakes through whole rows */
	return 1 + fill(y, x + 1, depth + 1) + fill(y + 1, x, depth + 1) + fill(y, x - 1, depth + 1) + fill(y - 1, x, depth + 1);
}

/* Each level formats a line into its own 256-byte buffer and hashes it after the recursive
   call returns, so the buffer lives in the frame across the call. */
#define DEPTH 6000

static int format_line(char *buf, int d)
{
	int n = 0;
	buf[n++] = 'L';
	char digits[8];
	int k = 0;
	do {
		digits[k++] = (char)('0' + d % 10);
		d /= 10;
	} while (d);
	while (k)
		buf[n++] = digits[--k];
	buf[n++] = ';';
	return n;
}

static u32 nest(int d)
{
	char line[256];
	int n = format_line(line, d);
	u32 h = d < DEPTH ? nest(d + 1) : 0;
	for (int i = 0; i < n; i++)
		h = h * 31u + (u8)line[i];
	return h;
}

int main(void)
{
	/* walls: every 8th column except one gap, which alternates between top and bottom */
	for (int x = 7; x < S; x += 8)
		for (int y = 0; y < S; y++)
			grid[y][x] = (u8)(((x / 8) & 1) ? y != 0 : y != S - 1);
	int filled = fill(0, 0, 1);
	show_int("filled", filled);
	show_int("max depth", max_depth);
	int open = 0;
	for (int y = 0; y < S; y++)
		for (int x = 0; x < S; x++)
			open += grid[y][x] == 0;
	show_int("unreached", open);

	u32 s = nest(1);
	show_hex("nested lines", s);
	return (int)(s % 100) + 1;
}
