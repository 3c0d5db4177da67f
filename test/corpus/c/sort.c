/* Sorting: insertion sort, quicksort (median of three, recursion on the smaller side), merge
   sort with a scratch buffer, heap sort and a radix sort of 32-bit keys, all on the same
   pseudo-random data; each result is checked and summarised by a position-weighted hash. */
#include "rt.h"

#define N 200

static int data[N], work[N], scratch[N];

static void insertion(int *a, int n)
{
	for (int i = 1; i < n; i++) {
		int x = a[i], j = i - 1;
		while (j >= 0 && a[j] > x) {
			a[j + 1] = a[j];
			j--;
		}
		a[j + 1] = x;
	}
}

static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }

static void quick(int *a, int lo, int hi)
{
	while (hi - lo > 8) {
		int mid = lo + (hi - lo) / 2;
		if (a[mid] < a[lo]) swap(&a[mid], &a[lo]);
		if (a[hi] < a[lo]) swap(&a[hi], &a[lo]);
		if (a[hi] < a[mid]) swap(&a[hi], &a[mid]);
		int pivot = a[mid], i = lo, j = hi;
		while (i <= j) {
			while (a[i] < pivot) i++;
			while (a[j] > pivot) j--;
			if (i <= j) {
				swap(&a[i], &a[j]);
				i++;
				j--;
			}
		}
		if (j - lo < hi - i) {
			quick(a, lo, j);
			lo = i;
		} else {
			quick(a, i, hi);
			hi = j;
		}
	}
	insertion(a + lo, hi - lo + 1);
}

static void merge_sort(int *a, int n, int *tmp)
{
	if (n < 2)
		return;
	int h = n / 2;
	merge_sort(a, h, tmp);
	merge_sort(a + h, n - h, tmp);
	int i = 0, j = h, k = 0;
	while (i < h && j < n)
		tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
	while (i < h) tmp[k++] = a[i++];
	while (j < n) tmp[k++] = a[j++];
	for (k = 0; k < n; k++)
		a[k] = tmp[k];
}

static void sift(int *a, int i, int n)
{
	for (;;) {
		int c = 2 * i + 1;
		if (c >= n)
			return;
		if (c + 1 < n && a[c + 1] > a[c])
			c++;
		if (a[i] >= a[c])
			return;
		swap(&a[i], &a[c]);
		i = c;
	}
}

static void heap_sort(int *a, int n)
{
	for (int i = n / 2 - 1; i >= 0; i--)
		sift(a, i, n);
	for (int e = n - 1; e > 0; e--) {
		swap(&a[0], &a[e]);
		sift(a, 0, e);
	}
}

/* LSD radix sort on the keys with the sign bit flipped, 8 bits per pass. */
static void radix(int *a, int n, int *tmp)
{
	for (int shift = 0; shift < 32; shift += 8) {
		int count[257] = { 0 };
		for (int i = 0; i < n; i++)
			count[(((u32)a[i] ^ 0x80000000u) >> shift & 255) + 1]++;
		for (int b = 0; b < 256; b++)
			count[b + 1] += count[b];
		for (int i = 0; i < n; i++)
			tmp[count[((u32)a[i] ^ 0x80000000u) >> shift & 255]++] = a[i];
		for (int i = 0; i < n; i++)
			a[i] = tmp[i];
	}
}

static int check(const char *name, const int *a)
{
	u32 h = 0;
	int ok = 1;
	for (int i = 0; i < N; i++) {
		if (i && a[i - 1] > a[i])
			ok = 0;
		h = h * 1000003u + (u32)a[i] * (u32)(i + 1);
	}
	print_str(name);
	print_str(ok ? " sorted " : " NOT sorted ");
	print_hex(h);
	print_nl();
	return ok;
}

int main(void)
{
	u32 s = 7;
	for (int i = 0; i < N; i++) {
		s = s * 69069u + 1u;
		data[i] = (int)(s >> 3) - (1 << 28);
		if (i % 50 == 0)
			data[i] = data[i / 2]; /* duplicates */
	}
	int good = 0;
	memcpy(work, data, sizeof work);
	insertion(work, N);
	good += check("insertion", work);
	memcpy(work, data, sizeof work);
	quick(work, 0, N - 1);
	good += check("quick", work);
	memcpy(work, data, sizeof work);
	merge_sort(work, N, scratch);
	good += check("merge", work);
	memcpy(work, data, sizeof work);
	heap_sort(work, N);
	good += check("heap", work);
	memcpy(work, data, sizeof work);
	radix(work, N, scratch);
	good += check("radix", work);
	show_int("min", work[0]);
	show_int("median", work[N / 2]);
	show_int("max", work[N - 1]);
	return good * 7;
}
