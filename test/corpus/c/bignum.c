/* Arbitrary precision with 32-bit limbs: addition and subtraction with carries, multiplication
   via 64-bit partial products, division by a small number, decimal conversion. Computes 100!,
   2^256, Fibonacci(300) and checks (a*b)/b == a. */
#include "rt.h"

#define LIMBS 24

typedef struct { u32 d[LIMBS]; int n; } big;

static void norm(big *a) { while (a->n > 0 && a->d[a->n - 1] == 0) a->n--; }
static void set(big *a, u32 v) { memset(a, 0, sizeof *a); a->d[0] = v; a->n = v ? 1 : 0; }

static void add(big *r, const big *a, const big *b)
{
	u32 carry = 0;
	int n = a->n > b->n ? a->n : b->n;
	for (int i = 0; i < n; i++) {
		u64 s = (u64)(i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0) + carry;
		r->d[i] = (u32)s;
		carry = (u32)(s >> 32);
	}
	r->n = n;
	if (carry)
		r->d[r->n++] = carry;
}

/* r = a - b, requires a >= b */
static void sub(big *r, const big *a, const big *b)
{
	u32 borrow = 0;
	for (int i = 0; i < a->n; i++) {
		u32 x = a->d[i], y = i < b->n ? b->d[i] : 0;
		u32 d = x - y - borrow;
		borrow = (x < y) || (x == y && borrow);
		r->d[i] = d;
	}
	r->n = a->n;
	norm(r);
}

static void mul(big *r, const big *a, const big *b)
{
	big t;
	memset(&t, 0, sizeof t);
	for (int i = 0; i < a->n; i++) {
		u32 carry = 0;
		for (int j = 0; j < b->n && i + j < LIMBS; j++) {
			u64 p = (u64)a->d[i] * b->d[j] + t.d[i + j] + carry;
			t.d[i + j] = (u32)p;
			carry = (u32)(p >> 32);
		}
		if (i + b->n < LIMBS)
			t.d[i + b->n] = carry;
	}
	t.n = a->n + b->n > LIMBS ? LIMBS : a->n + b->n;
	norm(&t);
	*r = t;
}

static void mul_small(big *a, u32 m)
{
	u32 carry = 0;
	for (int i = 0; i < a->n; i++) {
		u64 p = (u64)a->d[i] * m + carry;
		a->d[i] = (u32)p;
		carry = (u32)(p >> 32);
	}
	if (carry)
		a->d[a->n++] = carry;
}

static u32 div_small(big *a, u32 v)
{
	u64 rem = 0;
	for (int i = a->n - 1; i >= 0; i--) {
		u64 cur = rem << 32 | a->d[i];
		a->d[i] = (u32)(cur / v);
		rem = cur % v;
	}
	norm(a);
	return (u32)rem;
}

static int cmp(const big *a, const big *b)
{
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (int i = a->n - 1; i >= 0; i--)
		if (a->d[i] != b->d[i])
			return a->d[i] < b->d[i] ? -1 : 1;
	return 0;
}

static void print_big(const char *label, const big *a)
{
	char buf[LIMBS * 10 + 1];
	big t = *a;
	int n = 0;
	do {
		u32 r = div_small(&t, 1000000000u);
		for (int k = 0; k < 9; k++, r /= 10)
			buf[n++] = (char)('0' + r % 10);
	} while (t.n);
	while (n > 1 && buf[n - 1] == '0')
		n--;
	print_str(label);
	print_char('=');
	while (n)
		print_char(buf[--n]);
	print_nl();
}

int main(void)
{
	big f;
	set(&f, 1);
	for (u32 i = 2; i <= 100; i++)
		mul_small(&f, i);
	print_big("100!", &f);
	show_int("100! limbs", f.n);

	big p;
	set(&p, 2);
	for (int i = 0; i < 8; i++)
		mul(&p, &p, &p); /* 2^(2^8) = 2^256 */
	print_big("2^256", &p);

	big a, b, c;
	set(&a, 0);
	set(&b, 1);
	for (int i = 0; i < 300; i++) {
		add(&c, &a, &b);
		a = b;
		b = c;
	}
	print_big("fib(300)", &a);

	big q, prod;
	mul(&prod, &f, &a);
	q = prod;
	/* divide by 100! one factor at a time: (fib(300) * 100!) / 100! */
	for (u32 i = 2; i <= 100; i++)
		div_small(&q, i);
	show_int("(a*b)/b == a", cmp(&q, &a) == 0);
	big d;
	sub(&d, &p, &a);
	print_big("2^256-fib(300)", &d);
	add(&d, &d, &a);
	show_int("round trip", cmp(&d, &p) == 0);
	u32 r = div_small(&f, 1000003u);
	show_int("100! mod 1000003", (int)r);
	return (int)(r % 200);
}
