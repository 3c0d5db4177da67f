/* Arrays, structs, recursion, function pointers, initialised and zeroed data. */
#include "rt.h"

struct item { int key; const char *name; unsigned char tag; };

static struct item items[] = {
  {42, "answer", 1}, {7, "seven", 2}, {-3, "minus three", 3}, {1000, "thousand", 4},
  {0, "zero", 5}, {13, "thirteen", 6}, {7, "also seven", 7}, {-100, "minus hundred", 8},
};
static int scratch[64];

typedef int (*cmp_fn)(const struct item *, const struct item *);

static int by_key(const struct item *a, const struct item *b) { return a->key - b->key; }
static int by_tag_desc(const struct item *a, const struct item *b) { return b->tag - a->tag; }

static void sort(struct item *v, int n, cmp_fn cmp) {
  if (n < 2) return;
  struct item pivot = v[n / 2];
  int i = 0, j = n - 1;
  while (i <= j) {
    while (cmp(&v[i], &pivot) < 0) i++;
    while (cmp(&v[j], &pivot) > 0) j--;
    if (i <= j) { struct item t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
  }
  sort(v, j + 1, cmp);
  sort(v + i, n - i, cmp);
}

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
  int n = sizeof items / sizeof items[0];
  cmp_fn fns[2] = {by_key, by_tag_desc};
  for (int f = 0; f < 2; f++) {
    sort(items, n, fns[f]);
    for (int i = 0; i < n; i++) {
      put_int(items[i].key); put_char(':'); put_str(items[i].name); put_char(i + 1 < n ? ',' : '\n');
    }
  }
  for (int i = 0; i < 64; i++) scratch[i] = fib(i % 20);
  int sum = 0;
  for (int i = 0; i < 64; i++) sum += scratch[i];
  put_int(sum); put_char('\n');
  return sum % 200;
}
