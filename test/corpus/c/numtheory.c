/* Number theory in 32 and 64 bits: gcd and lcm, the extended Euclidean algorithm, modular
   inverses, modular exponentiation with 64-bit products, deterministic Miller-Rabin for 32-bit
   numbers, Pollard's rho factorisation, Euler's totient and the Chinese remainder theorem. */
#include "rt.h"

static u32 gcd(u32 a, u32 b) { while (b) { u32 t = a % b; a = b; b = t; } return a; }
static u64 lcm(u32 a, u32 b) { return (u64)a / gcd(a, b) * b; }

static s64 egcd(s64 a, s64 b, s64 *x, s64 *y)
{
	if (b == 0) {
		*x = 1;
		*y = 0;
		return a;
	}
	s64 x1, y1;
	s64 g = egcd(b, a % b, &x1, &y1);
	*x = y1;
	*y = x1 - (a / b) * y1;
	return g;
}

static u32 inverse(u32 a, u32 m)
{
	s64 x, y;
	if (egcd(a, m, &x, &y) != 1)
		return 0;
	return (u32)((x % (s64)m + (s64)m) % (s64)m);
}

static u32 mulmod(u32 a, u32 b, u32 m) { return (u32)((u64)a * b % m); }

static u32 powmod(u32 b, u32 e, u32 m)
{
	u32 r = 1 % m;
	b %= m;
	while (e) {
		if (e & 1)
			r = mulmod(r, b, m);
		b = mulmod(b, b, m);
		e >>= 1;
	}
	return r;
}

static int is_prime(u32 n)
{
	if (n < 2)
		return 0;
	static const u32 small[] = { 2, 3, 5, 7 };
	for (int i = 0; i < 4; i++)
		if (n % small[i] == 0)
			return n == small[i];
	u32 d = n - 1;
	int s = 0;
	while (!(d & 1)) {
		d >>= 1;
		s++;
	}
	static const u32 bases[] = { 2, 7, 61 };
	for (int i = 0; i < 3; i++) {
		u32 a = bases[i] % n;
		if (!a)
			continue;
		u32 x = powmod(a, d, n);
		if (x == 1 || x == n - 1)
			continue;
		int comp = 1;
		for (int r = 1; r < s && comp; r++) {
			x = mulmod(x, x, n);
			comp = x != n - 1;
		}
		if (comp)
			return 0;
	}
	return 1;
}

static u32 rho(u32 n)
{
	if (n % 2 == 0)
		return 2;
	for (u32 c = 1;; c++) {
		u32 x = 2, y = 2, d = 1;
		while (d == 1) {
			x = (mulmod(x, x, n) + c) % n;
			y = (mulmod(y, y, n) + c) % n;
			y = (mulmod(y, y, n) + c) % n;
			d = gcd(x > y ? x - y : y - x, n);
		}
		if (d != n)
			return d;
	}
}

static void factor(u32 n)
{
	if (n == 1)
		return;
	if (is_prime(n)) {
		print_char(' ');
		print_uint(n);
		return;
	}
	u32 d = rho(n);
	factor(d);
	factor(n / d);
}

static u32 totient(u32 n)
{
	u32 r = n;
	for (u32 p = 2; p * p <= n; p++)
		if (n % p == 0) {
			while (n % p == 0)
				n /= p;
			r -= r / p;
		}
	if (n > 1)
		r -= r / n;
	return r;
}

int main(void)
{
	show_int("gcd", (int)gcd(1071, 462));
	print_str("lcm=");
	print_u64(lcm(4294967291u, 4294967279u));
	print_nl();
	s64 x, y;
	s64 g = egcd(240, 46, &x, &y);
	print_str("egcd(240,46)=");
	print_i64(g);
	print_char(' ');
	print_i64(x);
	print_char(' ');
	print_i64(y);
	print_nl();
	show_int("inverse 17 mod 3120", (int)inverse(17, 3120));
	show_int("2^1000000 mod 1e9+7", (int)powmod(2, 1000000, 1000000007u));
	show_int("fermat", (int)powmod(3, 4294967290u, 4294967291u));
	int primes = 0;
	for (u32 n = 4294967000u; n < 4294967295u; n++)
		primes += is_prime(n);
	show_int("primes near 2^32", primes);
	static const u32 nums[] = { 600851475u, 4294967295u, 2147483647u, 999999937u * 3u, 3215031751u };
	for (int i = 0; i < 5; i++) {
		print_uint(nums[i]);
		print_char(':');
		factor(nums[i]);
		print_nl();
	}
	show_int("phi(36)", (int)totient(36));
	show_int("phi(1000000)", (int)totient(1000000));
	/* CRT: x = 2 mod 3, 3 mod 5, 2 mod 7 */
	u32 m[3] = { 3, 5, 7 }, a[3] = { 2, 3, 2 }, M = 105, r = 0;
	for (int i = 0; i < 3; i++) {
		u32 Mi = M / m[i];
		r = (r + a[i] * Mi % M * inverse(Mi % m[i], m[i])) % M;
	}
	show_int("crt", (int)r);
	return primes + (int)r;
}
