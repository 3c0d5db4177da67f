/* Leaky integrate-and-fire neurons in fixed point: 32 neurons with Q8 membrane potentials,
   exponential leak by shift, refractory counters, recurrent input through a sparse 6-bit
   weight matrix and a Poisson-like input drive. Prints spike counts and a raster excerpt. */
#include "rt.h"

#define N 32
#define STEPS 200

static int v[N];           /* Q8 membrane potential */
static u8 refrac[N];
static u8 w[N][N];
static u16 spikes[N];
static u32 lcg = 1;

static u32 rnd(void)
{
	lcg = lcg * 1664525u + 1013904223u;
	return lcg >> 8;
}

int main(void)
{
	const int v_rest = 0, v_th = 20 << 8, v_reset = -(5 << 8);
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++)
			w[i][j] = (u8)((rnd() % 7 == 0) ? rnd() % 64 : 0);
	u32 fired = 0, prev = 0;
	int total = 0;
	for (int t = 0; t < STEPS; t++) {
		fired = 0;
		for (int i = 0; i < N; i++) {
			if (refrac[i]) {
				refrac[i]--;
				continue;
			}
			/* leak: v += (v_rest - v) / 16 */
			v[i] += (v_rest - v[i]) >> 4;
			/* external drive: rate grows with the neuron index */
			if ((int)(rnd() & 255) < 8 + i * 2)
				v[i] += 6 << 8;
			/* recurrent input from the spikes of the previous step */
			for (u32 p = prev; p; p &= p - 1) {
				int j = 31 - __builtin_clz(p & -p);
				v[i] += (int)w[i][j] * 8;
			}
			if (v[i] >= v_th) {
				v[i] = v_reset;
				refrac[i] = 3;
				spikes[i]++;
				fired |= 1u << i;
				total++;
			}
		}
		if (t >= 100 && t < 108) {
			for (int i = 0; i < N; i++)
				print_char(fired >> i & 1 ? '|' : '.');
			print_nl();
		}
		prev = fired;
	}
	print_str("counts:");
	for (int i = 0; i < N; i++) {
		print_char(' ');
		print_int(spikes[i]);
	}
	print_nl();
	show_int("total", total);
	int vs = 0;
	for (int i = 0; i < N; i++)
		vs += v[i];
	show_int("sum v", vs);
	return total % 199;
}
