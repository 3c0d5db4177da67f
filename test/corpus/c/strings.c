/* Strings without a C library: strlen, strcmp, strcpy, strchr, reverse, itoa in any base,
   atoi with sign and whitespace, a tokenizer, a word-frequency count and a substring search. */
#include "rt.h"

static size_t my_strlen(const char *s) { const char *p = s; while (*p) p++; return (size_t)(p - s); }
static int my_strcmp(const char *a, const char *b)
{
	while (*a && *a == *b) a++, b++;
	return (u8)*a - (u8)*b;
}
static char *my_strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)) ; return r; }
static const char *my_strchr(const char *s, int c) { for (; *s; s++) if (*s == c) return s; return c ? 0 : s; }
static void reverse(char *s, size_t n) { for (size_t i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; } }
static void *my_memcpy(void *d, const void *s, size_t n) { u8 *dd = d; const u8 *ss = s; while (n--) *dd++ = *ss++; return d; }

static char *itoa(int v, char *buf, int base)
{
	static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	unsigned u = v < 0 && base == 10 ? 0u - (unsigned)v : (unsigned)v;
	size_t n = 0;
	do {
		buf[n++] = digits[u % (unsigned)base];
		u /= (unsigned)base;
	} while (u);
	if (v < 0 && base == 10)
		buf[n++] = '-';
	buf[n] = 0;
	reverse(buf, n);
	return buf;
}

static int my_atoi(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	int neg = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	int v = 0;
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	return neg ? -v : v;
}

/* Splits s in place at any delimiter; returns the next token or 0. */
static char *tokenize(char **state, const char *delims)
{
	char *s = *state;
	while (*s && my_strchr(delims, *s))
		s++;
	if (!*s)
		return 0;
	char *tok = s;
	while (*s && !my_strchr(delims, *s))
		s++;
	if (*s)
		*s++ = 0;
	*state = s;
	return tok;
}

static const char *find(const char *hay, const char *needle)
{
	size_t n = my_strlen(needle);
	for (; *hay; hay++) {
		size_t i = 0;
		while (i < n && hay[i] == needle[i])
			i++;
		if (i == n)
			return hay;
	}
	return 0;
}

int main(void)
{
	char buf[40];
	static const int nums[] = { 0, 7, -42, 1000000, -2147483647, 255 };
	for (unsigned i = 0; i < sizeof nums / sizeof nums[0]; i++) {
		print_str(itoa(nums[i], buf, 10));
		print_char(' ');
		print_str(itoa(nums[i], buf, 16));
		print_char(' ');
		print_str(itoa(nums[i], buf, 2));
		print_char(' ');
		print_str(itoa(nums[i], buf, 36));
		print_nl();
	}
	static const char *const ins[] = { "  123", "-0042xyz", "+7", "\t-2147483647", "abc" };
	int sum = 0;
	for (unsigned i = 0; i < 5; i++)
		sum += my_atoi(ins[i]) % 1000;
	show_int("atoi sum", sum);

	char text[200];
	my_strcpy(text, "the quick brown fox, jumps over the lazy dog; the dog sleeps. quick!");
	show_int("length", (int)my_strlen(text));
	const char *words[32];
	int counts[32], nw = 0, ntok = 0;
	char *state = text;
	for (char *t; (t = tokenize(&state, " ,;.!")); ntok++) {
		int j = 0;
		while (j < nw && my_strcmp(words[j], t) != 0)
			j++;
		if (j == nw) {
			words[nw] = t;
			counts[nw++] = 0;
		}
		counts[j]++;
	}
	show_int("tokens", ntok);
	show_int("distinct", nw);
	for (int i = 0; i < nw; i++) {
		if (counts[i] > 1) {
			print_str(words[i]);
			print_char('=');
			print_int(counts[i]);
			print_nl();
		}
	}
	/* sort the distinct words (insertion sort by strcmp) */
	for (int i = 1; i < nw; i++) {
		const char *w = words[i];
		int j = i - 1;
		while (j >= 0 && my_strcmp(words[j], w) > 0) {
			words[j + 1] = words[j];
			j--;
		}
		words[j + 1] = w;
	}
	for (int i = 0; i < nw; i++) {
		print_str(words[i]);
		print_char(i + 1 < nw ? ' ' : '\n');
	}
	const char *hay = "abababcabcabcd";
	const char *f = find(hay, "abcd");
	show_int("find abcd", f ? (int)(f - hay) : -1);
	f = find(hay, "abd");
	show_int("find abd", f ? (int)(f - hay) : -1);
	char copy[16];
	my_memcpy(copy, "overlapping", 12);
	reverse(copy, my_strlen(copy));
	print_str(copy);
	print_nl();
	show_int("cmp", my_strcmp("apple", "apricot") < 0 ? -1 : 1);
	return nw + ntok;
}
