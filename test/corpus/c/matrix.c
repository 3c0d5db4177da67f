/* Integer matrices: multiply (naive and transposed-B), powers by squaring (Fibonacci via
   [[1,1],[1,0]]^n in 64 bits), the exact determinant by Bareiss's fraction-free elimination,
   and a Q16 fixed-point rotation applied many times. */
#include "rt.h"

#define N 12

static int A[N][N], B[N][N], C[N][N], Bt[N][N];

static void matmul(int (*r)[N], int (*a)[N], int (*b)[N])
{
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++) {
			int s = 0;
			for (int k = 0; k < N; k++)
				s += a[i][k] * b[k][j];
			r[i][j] = s;
		}
}

static u32 digest(int (*m)[N])
{
	u32 h = 0;
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++)
			h = (h ^ (u32)m[i][j]) * 16777619u;
	return h;
}

typedef struct { u64 a, b, c, d; } m2;

static m2 m2mul(m2 x, m2 y)
{
	return (m2){ x.a * y.a + x.b * y.c, x.a * y.b + x.b * y.d, x.c * y.a + x.d * y.c, x.c * y.b + x.d * y.d };
}

static m2 m2pow(m2 x, unsigned n)
{
	m2 r = { 1, 0, 0, 1 };
	while (n) {
		if (n & 1)
			r = m2mul(r, x);
		x = m2mul(x, x);
		n >>= 1;
	}
	return r;
}

/* Determinant of an n x n integer matrix (n <= 6) by Bareiss; all divisions are exact. */
static s64 det(s64 (*m)[6], int n)
{
	s64 prev = 1;
	int sign = 1;
	for (int k = 0; k < n - 1; k++) {
		if (m[k][k] == 0) {
			int p = k + 1;
			while (p < n && m[p][k] == 0)
				p++;
			if (p == n)
				return 0;
			for (int j = 0; j < n; j++) {
				s64 t = m[k][j];
				m[k][j] = m[p][j];
				m[p][j] = t;
			}
			sign = -sign;
		}
		for (int i = k + 1; i < n; i++)
			for (int j = k + 1; j < n; j++)
				m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) / prev;
		prev = m[k][k];
	}
	return sign * m[n - 1][n - 1];
}

int main(void)
{
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++) {
			A[i][j] = (i * 7 + j * 3) % 11 - 5;
			B[i][j] = (i == j) * 2 + (i + 2 * j) % 5 - 2;
		}
	matmul(C, A, B);
	show_hex("A*B", digest(C));
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++)
			Bt[i][j] = B[j][i];
	int ok = 1;
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++) {
			int s = 0;
			for (int k = 0; k < N; k++)
				s += A[i][k] * Bt[j][k];
			ok &= s == C[i][j];
		}
	show_int("transposed agrees", ok);
	show_int("C[3][7]", C[3][7]);
	int trace = 0;
	matmul(A, C, C);
	for (int i = 0; i < N; i++)
		trace += A[i][i];
	show_int("trace(C^2)", trace);

	m2 f = m2pow((m2){ 1, 1, 1, 0 }, 90);
	show_i64("fib(90)", (s64)f.b);
	m2 g = m2pow((m2){ 3, 2, 1, 4 }, 13);
	show_hex64("[[3,2],[1,4]]^13 a", g.a);

	s64 m[6][6];
	for (int i = 0; i < 6; i++)
		for (int j = 0; j < 6; j++)
			m[i][j] = (i + 1) * (j + 2) % 7 + (i == j) * 5 - 3;
	show_i64("det", det(m, 6));
	s64 h[6][6];
	for (int i = 0; i < 6; i++)
		for (int j = 0; j < 6; j++)
			h[i][j] = 1;
	show_i64("det(ones)", det(h, 6));
	/* Vandermonde of 1..5: product of (xj - xi) = 288 */
	s64 v[6][6];
	for (int i = 0; i < 5; i++) {
		s64 p = 1;
		for (int j = 0; j < 5; j++, p *= i + 1)
			v[i][j] = p;
	}
	show_i64("vandermonde", det(v, 5));

	/* rotate (1, 0) by 1/64 of a turn 64 times in Q16 */
	const int c = 65220, s = 6424; /* cos, sin of 2 pi / 64 */
	int x = 1 << 16, y = 0;
	for (int i = 0; i < 64; i++) {
		int nx = (int)(((s64)x * c - (s64)y * s) >> 16);
		int ny = (int)(((s64)x * s + (s64)y * c) >> 16);
		x = nx;
		y = ny;
	}
	show_int("x after turn", x);
	show_int("y after turn", y);
	return (int)(digest(C) % 97);
}
