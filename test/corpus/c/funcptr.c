/* Function pointers: a dispatch table of operations, callbacks (a generic sort with comparator
   functions, a fold), a state machine whose states are functions, and pointers to functions
   returning function pointers. */
#include "rt.h"

typedef int (*binop)(int, int);
static int op_add(int a, int b) { return a + b; }
static int op_sub(int a, int b) { return a - b; }
static int op_mul(int a, int b) { return (int)((unsigned)a * (unsigned)b); } /* wraps */
static int op_max(int a, int b) { return a > b ? a : b; }
static int op_gcd(int a, int b) { while (b) { int t = a % b; a = b; b = t; } return a < 0 ? -a : a; }
static int op_xor(int a, int b) { return a ^ b; }

static const struct { char sym; binop fn; } table[] = {
	{ '+', op_add }, { '-', op_sub }, { '*', op_mul }, { 'M', op_max }, { 'g', op_gcd }, { '^', op_xor },
};

static binop lookup(char sym)
{
	for (unsigned i = 0; i < sizeof table / sizeof table[0]; i++)
		if (table[i].sym == sym)
			return table[i].fn;
	return 0;
}

static int fold(binop f, const int *v, int n, int init)
{
	for (int i = 0; i < n; i++)
		init = f(init, v[i]);
	return init;
}

typedef int (*cmpfn)(const void *, const void *);
static int by_value(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static int by_abs_desc(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	x = x < 0 ? -x : x;
	y = y < 0 ? -y : y;
	return y - x;
}
static int by_last_digit(const void *a, const void *b)
{
	int x = *(const int *)a % 10, y = *(const int *)b % 10;
	return x != y ? x - y : *(const int *)a - *(const int *)b;
}

struct rec { short a, b; int c; };
static int by_rec(const void *x, const void *y)
{
	const struct rec *p = x, *q = y;
	return p->a != q->a ? p->a - q->a : p->b - q->b;
}

/* Generic shell sort over elements of any size. */
static void gsort(void *base, int n, int size, cmpfn cmp)
{
	u8 *b = base, tmp[16];
	for (int gap = n / 2; gap > 0; gap /= 2)
		for (int i = gap; i < n; i++) {
			memcpy(tmp, b + i * size, (size_t)size);
			int j = i;
			while (j >= gap && cmp(b + (j - gap) * size, tmp) > 0) {
				memcpy(b + j * size, b + (j - gap) * size, (size_t)size);
				j -= gap;
			}
			memcpy(b + j * size, tmp, (size_t)size);
		}
}

/* A state machine that recognises signed decimal numbers with an optional fraction. */
struct sm;
typedef void *(*state)(struct sm *, char);
struct sm { int digits; int frac; };
static void *st_start(struct sm *, char);
static void *st_sign(struct sm *, char);
static void *st_int(struct sm *, char);
static void *st_dot(struct sm *, char);
static void *st_frac(struct sm *, char);
static int isdig(char c) { return c >= '0' && c <= '9'; }
static void *st_start(struct sm *m, char c) { if (c == '-' || c == '+') return (void *)st_sign; if (isdig(c)) { m->digits++; return (void *)st_int; } return 0; }
static void *st_sign(struct sm *m, char c) { if (isdig(c)) { m->digits++; return (void *)st_int; } return 0; }
static void *st_int(struct sm *m, char c) { if (isdig(c)) { m->digits++; return (void *)st_int; } if (c == '.') return (void *)st_dot; return 0; }
static void *st_dot(struct sm *m, char c) { if (isdig(c)) { m->frac++; return (void *)st_frac; } return 0; }
static void *st_frac(struct sm *m, char c) { if (isdig(c)) { m->frac++; return (void *)st_frac; } return 0; }

static int accepts(const char *s, struct sm *m)
{
	state st = st_start;
	m->digits = m->frac = 0;
	for (; *s && st; s++)
		st = (state)st(m, *s);
	return st == st_int || st == st_frac;
}

static binop pick(int which) { return which & 1 ? op_mul : op_add; }
static binop (*chooser(void))(int) { return pick; }

int main(void)
{
	static const int v[] = { 12, -7, 30, 18, -42, 6, 24, 9 };
	const char *ops = "+-*Mg^";
	for (const char *p = ops; *p; p++) {
		print_char(*p);
		print_str(": ");
		print_int(fold(lookup(*p), v + 1, 7, v[0]));
		print_nl();
	}
	show_int("missing op", lookup('?') == 0);
	int w[12] = { 53, -8, 17, 0, 99, -100, 21, 7, 33, -41, 12, 68 };
	static const cmpfn cmps[] = { by_value, by_abs_desc, by_last_digit };
	for (int k = 0; k < 3; k++) {
		gsort(w, 12, sizeof w[0], cmps[k]);
		for (int i = 0; i < 12; i++) {
			print_int(w[i]);
			print_char(i < 11 ? ' ' : '\n');
		}
	}
	struct rec recs[5] = { { 3, 1, 9 }, { 1, 2, 8 }, { 2, 3, 7 }, { 1, 1, 6 }, { 0, 9, 5 } };
	gsort(recs, 5, sizeof recs[0], by_rec);
	for (int i = 0; i < 5; i++) {
		print_int(recs[i].c);
		print_char(i < 4 ? ' ' : '\n');
	}
	static const char *const nums[] = { "42", "-3.14", "+0.5", "1.", ".5", "12a", "-", "007" };
	int accepted = 0;
	for (int i = 0; i < 8; i++) {
		struct sm m;
		int ok = accepts(nums[i], &m);
		accepted += ok;
		print_str(nums[i]);
		print_str(ok ? " ok " : " no ");
		print_int(m.digits);
		print_char('/');
		print_int(m.frac);
		print_nl();
	}
	binop f = chooser()(3);
	show_int("chooser", f(6, 7) + pick(2)(6, 7));
	return accepted * 10 + (f == op_mul);
}
