/* The plasticity domain: a 32x32 synapse array with 6-bit weights and 8-bit causal and
   anti-causal correlation sensors, updated by an STDP-like rule with reward modulation,
   saturation to [0, 63], stochastic rounding from a seeded xorshift generator, and per-row
   homeostatic normalisation. Prints weight statistics after each epoch. */
#include "rt.h"

#define N 32

static u8 weight[N][N];   /* 6-bit */
static u8 causal[N][N];   /* correlation sensors, 8-bit */
static u8 acausal[N][N];
static u32 rng = 0x2545f491u;

static u32 xorshift(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

static u8 clamp6(int w) { return (u8)(w < 0 ? 0 : w > 63 ? 63 : w); }

/* Simulated sensor readout: pre/post spike timing correlations with a diagonal bias. */
static void measure(int epoch)
{
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++) {
			u32 r = xorshift();
			int bias = (i == j || (i + epoch) % N == j) ? 90 : 0;
			int c = (int)(r & 63) + bias;
			int a = (int)((r >> 8) & 63) + (j == (i + 1) % N ? 70 : 0);
			causal[i][j] = (u8)(c > 255 ? 255 : c);
			acausal[i][j] = (u8)(a > 255 ? 255 : a);
		}
}

/* dw = (eta * (reward - baseline) * (causal - acausal)) >> 10, stochastically rounded. */
static void update(int reward, int baseline)
{
	const int eta = 24;
	for (int i = 0; i < N; i++) {
		for (int j = 0; j < N; j++) {
			int corr = (int)causal[i][j] - (int)acausal[i][j];
			int dw = eta * (reward - baseline) * corr;
			int whole = dw >> 10;
			int frac = dw & 1023;
			if ((int)(xorshift() & 1023) < frac)
				whole++;
			weight[i][j] = clamp6(weight[i][j] + whole);
		}
	}
}

/* Scale each row towards a target sum of 16 * N with integer arithmetic. */
static void normalise(void)
{
	for (int i = 0; i < N; i++) {
		int sum = 0;
		for (int j = 0; j < N; j++)
			sum += weight[i][j];
		if (sum == 0)
			continue;
		int target = 16 * N;
		for (int j = 0; j < N; j++)
			weight[i][j] = clamp6((weight[i][j] * target + sum / 2) / sum);
	}
}

int main(void)
{
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++)
			weight[i][j] = (u8)(16 + (int)(xorshift() % 9) - 4);
	int baseline = 0;
	u32 checksum = 0;
	for (int epoch = 0; epoch < 4; epoch++) {
		measure(epoch);
		/* reward: how much weight sits on the diagonal */
		int diag = 0;
		for (int i = 0; i < N; i++)
			diag += weight[i][i];
		int reward = diag / N;
		update(reward, baseline);
		baseline += (reward - baseline) / 2;
		if (epoch % 2 == 1)
			normalise();
		int hist[4] = { 0, 0, 0, 0 }, total = 0;
		for (int i = 0; i < N; i++)
			for (int j = 0; j < N; j++) {
				hist[weight[i][j] >> 4]++;
				total += weight[i][j];
				checksum = (checksum << 3 | checksum >> 29) ^ weight[i][j];
			}
		print_str("epoch ");
		print_int(epoch);
		print_str(" reward=");
		print_int(reward);
		print_str(" mean*100=");
		print_int(total * 100 / (N * N));
		print_str(" hist=");
		for (int k = 0; k < 4; k++) {
			print_int(hist[k]);
			print_char(k < 3 ? '/' : '\n');
		}
	}
	show_hex("weights", checksum);
	int diag = 0;
	for (int i = 0; i < N; i++)
		diag += weight[i][i];
	show_int("diagonal", diag);
	return diag % 128;
}
