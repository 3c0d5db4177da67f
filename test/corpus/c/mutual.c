/* Mutual recursion: even/odd, Hofstadter's female and male sequences, and a recursive-descent
   parser and evaluator for integer expressions (expr -> term -> factor -> expr). */
#include "rt.h"

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static int hof_m(int n);
static int hof_f(int n) { return n == 0 ? 1 : n - hof_m(hof_f(n - 1)); }
static int hof_m(int n) { return n == 0 ? 0 : n - hof_f(hof_m(n - 1)); }

static const char *p;
static int error;

static int expr(void);

static void skip(void)
{
	while (*p == ' ')
		p++;
}

static int factor(void)
{
	skip();
	if (*p == '(') {
		p++;
		int v = expr();
		skip();
		if (*p != ')')
			error = 1;
		else
			p++;
		return v;
	}
	if (*p == '-') {
		p++;
		return -factor();
	}
	if (*p < '0' || *p > '9') {
		error = 2;
		return 0;
	}
	int v = 0;
	while (*p >= '0' && *p <= '9')
		v = v * 10 + (*p++ - '0');
	return v;
}

static int term(void)
{
	int v = factor();
	for (;;) {
		skip();
		char op = *p;
		if (op != '*' && op != '/' && op != '%')
			return v;
		p++;
		int r = factor();
		if (op == '*')
			v *= r;
		else if (r == 0)
			error = 3;
		else if (op == '/')
			v /= r;
		else
			v %= r;
	}
}

static int expr(void)
{
	int v = term();
	for (;;) {
		skip();
		if (*p == '+') {
			p++;
			v += term();
		} else if (*p == '-') {
			p++;
			v -= term();
		} else {
			return v;
		}
	}
}

static int eval(const char *s, int *err)
{
	p = s;
	error = 0;
	int v = expr();
	skip();
	if (*p)
		error = error ? error : 4;
	*err = error;
	return v;
}

int main(void)
{
	show_int("even(1001)", is_even(1001));
	show_int("odd(777)", is_odd(777));
	print_str("F:");
	for (int i = 0; i < 20; i++) {
		print_char(' ');
		print_int(hof_f(i));
	}
	print_str("\nM:");
	for (int i = 0; i < 20; i++) {
		print_char(' ');
		print_int(hof_m(i));
	}
	print_nl();
	static const char *const exprs[] = {
		"1 + 2 * 3", "(1 + 2) * 3", "100 / 7 % 5", "-(4 - 10) * -3", "2 * (3 + 4 * (5 - 6)) - 7",
		"12345 * 6789 - 9876 / 3", "1 +", "(2 + 3", "8 / (4 - 4)", "7 7",
	};
	int errors = 0;
	for (unsigned i = 0; i < sizeof exprs / sizeof exprs[0]; i++) {
		int err;
		int v = eval(exprs[i], &err);
		print_str(exprs[i]);
		if (err) {
			print_str(" -> error ");
			print_int(err);
			errors++;
		} else {
			print_str(" = ");
			print_int(v);
		}
		print_nl();
	}
	return 10 + errors;
}
