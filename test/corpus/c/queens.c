/* Backtracking: the N-queens problem counted with bitmasks for N = 1..8, the first solution
   of 8 queens printed as a board, and a sudoku solved by search over bitmask candidate sets. */
#include "rt.h"

static int count(int n, u32 cols, u32 d1, u32 d2)
{
	u32 full = (1u << n) - 1;
	if (cols == full)
		return 1;
	int c = 0;
	for (u32 avail = full & ~(cols | d1 | d2); avail; avail &= avail - 1) {
		u32 bit = avail & -avail;
		c += count(n, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
	}
	return c;
}

static int pos[8];

static int first(int row)
{
	if (row == 8)
		return 1;
	for (int c = 0; c < 8; c++) {
		int ok = 1;
		for (int r = 0; r < row && ok; r++)
			ok = pos[r] != c && pos[r] - c != row - r && c - pos[r] != row - r;
		if (ok) {
			pos[row] = c;
			if (first(row + 1))
				return 1;
		}
	}
	return 0;
}

static u8 grid[81];
static u16 row_used[9], col_used[9], box_used[9]; /* bit v set: digit v is taken */
static int nodes;

static int box_of(int cell) { return cell / 27 * 3 + cell % 9 / 3; }

static void place(int cell, int v, int on)
{
	u16 bit = (u16)(1u << v);
	if (on) {
		row_used[cell / 9] |= bit;
		col_used[cell % 9] |= bit;
		box_used[box_of(cell)] |= bit;
	} else {
		row_used[cell / 9] &= (u16)~bit;
		col_used[cell % 9] &= (u16)~bit;
		box_used[box_of(cell)] &= (u16)~bit;
	}
	grid[cell] = (u8)(on ? v : 0);
}

static u32 candidates(int cell) { return ~(u32)(row_used[cell / 9] | col_used[cell % 9] | box_used[box_of(cell)]) & 0x3feu; }

/* Depth-first search, always branching on the empty cell with the fewest candidates. */
static int solve(void)
{
	nodes++;
	int best = -1, best_n = 10;
	for (int cell = 0; cell < 81; cell++) {
		if (grid[cell])
			continue;
		int n = __builtin_popcount(candidates(cell));
		if (n < best_n) {
			best_n = n;
			best = cell;
		}
	}
	if (best < 0)
		return 1;
	for (u32 c = candidates(best); c; c &= c - 1) {
		int v = 31 - __builtin_clz(c & -c);
		place(best, v, 1);
		if (solve())
			return 1;
		place(best, v, 0);
	}
	return 0;
}

int main(void)
{
	print_str("queens:");
	for (int n = 1; n <= 8; n++) {
		print_char(' ');
		print_int(count(n, 0, 0, 0));
	}
	print_nl();
	first(0);
	for (int r = 0; r < 8; r++) {
		for (int c = 0; c < 8; c++)
			print_char(pos[r] == c ? 'Q' : '.');
		print_nl();
	}
	static const char puzzle[] =
		"53..7...."
		"6..195..."
		".98....6."
		"8...6...3"
		"4..8.3..1"
		"7...2...6"
		".6....28."
		"...419..5"
		"....8..79";
	for (int i = 0; i < 81; i++)
		if (puzzle[i] != '.')
			place(i, puzzle[i] - '0', 1);
	int ok = solve();
	show_int("sudoku solved", ok);
	show_int("search nodes", nodes);
	for (int r = 0; r < 9; r++) {
		for (int c = 0; c < 9; c++)
			print_char((char)('0' + grid[r * 9 + c]));
		print_nl();
	}
	return count(6, 0, 0, 0) + 30;
}
