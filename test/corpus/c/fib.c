/* Fibonacci three ways: naive recursion, iteration in 64 bits, and fast doubling with 64-bit
   modular arithmetic; Lucas numbers L(n) = F(n-1) + F(n+1) check F(2n) = F(n) L(n). */
#include "rt.h"

static int fib_rec(int n) { return n < 2 ? n : fib_rec(n - 1) + fib_rec(n - 2); }

static u64 fib_iter(int n)
{
	u64 a = 0, b = 1;
	while (n-- > 0) {
		u64 t = a + b;
		a = b;
		b = t;
	}
	return a;
}

#define MOD 1000000007ULL

/* Returns F(n) mod MOD and stores F(n+1) mod MOD in *next. */
static u64 fib_fast(u64 n, u64 *next)
{
	if (n == 0) {
		*next = 1;
		return 0;
	}
	u64 b;
	u64 a = fib_fast(n >> 1, &b);
	u64 c = a * ((2 * b + MOD - a) % MOD) % MOD;
	u64 d = (a * a + b * b) % MOD;
	if (n & 1) {
		*next = (c + d) % MOD;
		return d;
	}
	*next = d;
	return c;
}

int main(void)
{
	for (int i = 0; i <= 16; i += 4)
		show_int("fib_rec", fib_rec(i));
	show_int("fib_rec(20)", fib_rec(20));
	show_i64("fib_iter(90)", (s64)fib_iter(90));
	show_hex64("fib_iter(93)", fib_iter(93));
	u64 nx;
	for (u64 n = 10; n < 10000000000ULL; n *= 97) {
		u64 f = fib_fast(n, &nx);
		print_str("F(");
		print_u64(n);
		print_str(") mod p=");
		print_u64(f);
		print_nl();
	}
	int ok = 1;
	for (int n = 1; n < 47; n++)
		ok &= fib_iter(n - 1) + fib_iter(n + 1) == fib_iter(2 * n) / fib_iter(n);
	show_int("lucas identity", ok);
	return fib_rec(10) % 50;
}
