/* Run-time checks with __builtin_trap (GCC emits the trap instruction `tw 31,0,0`): a binary
   search over a sorted table verifies its invariants; a corrupted table entry makes a check fail
   and the trap ends the program with SIGTRAP (exit status 128 + 5), after the output so far.
   expect-signal: SIGTRAP */
#include "rt.h"

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

static int table[64];

static int find(int key)
{
	int lo = 0, hi = 63;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		CHECK(mid == 0 || table[mid - 1] <= table[mid]); /* sortedness where we look */
		if (table[mid] == key)
			return mid;
		if (table[mid] < key)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

int main(void)
{
	for (int i = 0; i < 64; i++)
		table[i] = i * i + 3 * i;
	int found = 0;
	for (int k = -10; k < 200; k += 7) {
		int at = find(k);
		if (at >= 0) {
			found++;
			print_str("found ");
			print_int(k);
			print_str(" at ");
			print_int(at);
			print_nl();
		}
	}
	show_int("found", found);
	table[31] = -5; /* corrupt the table: the next search that looks there traps */
	print_str("searching the corrupted table\n");
	show_int("find(1000)", find(1000));
	return 1;
}
