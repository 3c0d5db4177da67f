/* Deep recursion: Ackermann's function, the McCarthy 91 function and Takeuchi's tak. */
#include "rt.h"

static unsigned calls;

static unsigned ack(unsigned m, unsigned n)
{
	calls++;
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ack(m - 1, 1);
	return ack(m - 1, ack(m, n - 1));
}

static int mc91(int n)
{
	calls++;
	return n > 100 ? n - 10 : mc91(mc91(n + 11));
}

static int tak(int x, int y, int z)
{
	calls++;
	if (y < x)
		return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
	return z;
}

int main(void)
{
	unsigned sum = 0;
	for (unsigned m = 0; m <= 3; m++) {
		for (unsigned n = 0; n <= 4; n++) {
			calls = 0;
			unsigned a = ack(m, n);
			print_str("ack(");
			print_uint(m);
			print_char(',');
			print_uint(n);
			print_str(")=");
			print_uint(a);
			print_str(" calls=");
			print_uint(calls);
			print_nl();
			sum += a;
		}
	}
	calls = 0;
	int s91 = 0;
	for (int i = 0; i < 120; i += 7)
		s91 += mc91(i);
	show_int("mc91 sum", s91);
	show_int("mc91 calls", (int)calls);
	calls = 0;
	show_int("tak(12,8,4)", tak(12, 8, 4));
	show_int("tak calls", (int)calls);
	return (int)(sum % 256);
}
