/* Prime sieves: Eratosthenes over a byte array and over an odd-only bit array, a segmented
   count, twin primes, Goldbach partitions of a few even numbers and the largest prime gap. */
#include "rt.h"

#define LIMIT 8000

static u8 composite[LIMIT + 1];
static u32 bits[(LIMIT / 2) / 32 + 1];

static int test_bit(u32 i) { return bits[i >> 5] >> (i & 31) & 1; }

int main(void)
{
	for (u32 i = 2; i * i <= LIMIT; i++)
		if (!composite[i])
			for (u32 j = i * i; j <= LIMIT; j += i)
				composite[j] = 1;
	int count = 0, twins = 0, last = 0, gap = 0, gap_at = 0;
	for (int i = 2; i <= LIMIT; i++) {
		if (composite[i])
			continue;
		count++;
		if (i > 2 && !composite[i - 2])
			twins++;
		if (last && i - last > gap) {
			gap = i - last;
			gap_at = last;
		}
		last = i;
	}
	show_int("primes", count);
	show_int("twins", twins);
	show_int("largest", last);
	show_int("gap", gap);
	show_int("gap after", gap_at);

	/* odd-only bit sieve: bit k stands for 2k+1 */
	for (u32 k = 1; (2 * k + 1) * (2 * k + 1) <= LIMIT; k++)
		if (!test_bit(k))
			for (u32 m = (2 * k + 1) * (2 * k + 1); m <= LIMIT; m += 2 * (2 * k + 1))
				bits[m >> 6] |= 1u << ((m >> 1) & 31);
	int count2 = 1; /* 2 */
	for (u32 k = 1; 2 * k + 1 <= LIMIT; k++)
		count2 += !test_bit(k);
	show_int("bit sieve agrees", count2 == count);

	print_str("segments:");
	for (int s = 0; s < LIMIT; s += 2000) {
		int c = 0;
		for (int i = s < 2 ? 2 : s; i < s + 2000; i++)
			c += !composite[i];
		print_char(' ');
		print_int(c);
	}
	print_nl();
	static const int evens[] = { 100, 1000, 4000, 8000 };
	for (int e = 0; e < 4; e++) {
		int n = evens[e], ways = 0, first = 0;
		for (int p = 2; p <= n / 2; p++)
			if (!composite[p] && !composite[n - p]) {
				if (!ways)
					first = p;
				ways++;
			}
		print_str("goldbach ");
		print_int(n);
		print_str(": ");
		print_int(ways);
		print_str(" ways, first ");
		print_int(first);
		print_char('+');
		print_int(n - first);
		print_nl();
	}
	return count % 256;
}
