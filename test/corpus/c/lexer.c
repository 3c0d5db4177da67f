/* A lexer for a small C-like language driven by switch statements over characters (dense
   ranges become jump tables), with keyword recognition by a switch on length and first letter,
   and a token histogram. The input includes every token kind and a few errors. */
#include "rt.h"

enum kind { T_IDENT, T_KEYWORD, T_NUMBER, T_STRING, T_CHAR, T_OP, T_PUNCT, T_COMMENT, T_ERROR, T_KINDS };
static const char *const kind_name[T_KINDS] = { "ident", "keyword", "number", "string", "char", "op", "punct", "comment", "error" };

static int is_ident(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9'); }

static int keyword(const char *s, int n)
{
	switch (n) {
	case 2:
		return (s[0] == 'i' && s[1] == 'f') || (s[0] == 'd' && s[1] == 'o');
	case 3:
		switch (s[0]) {
		case 'f': return s[1] == 'o' && s[2] == 'r';
		case 'i': return s[1] == 'n' && s[2] == 't';
		default: return 0;
		}
	case 4:
		switch (s[0]) {
		case 'e': return memcmp(s, "else", 4) == 0;
		case 'c': return memcmp(s, "char", 4) == 0 || memcmp(s, "case", 4) == 0;
		case 'v': return memcmp(s, "void", 4) == 0;
		default: return 0;
		}
	case 5:
		return memcmp(s, "while", 5) == 0 || memcmp(s, "break", 5) == 0;
	case 6:
		return memcmp(s, "return", 6) == 0 || memcmp(s, "switch", 6) == 0;
	default:
		return 0;
	}
}

/* Scans one token at s; returns its length and kind. */
static int scan(const char *s, enum kind *k)
{
	int n = 1;
	switch (*s) {
	case 'a': case 'b': case 'c': case 'd': case 'e': case 'f': case 'g': case 'h': case 'i':
	case 'j': case 'k': case 'l': case 'm': case 'n': case 'o': case 'p': case 'q': case 'r':
	case 's': case 't': case 'u': case 'v': case 'w': case 'x': case 'y': case 'z': case '_':
	case 'A': case 'B': case 'C': case 'D': case 'E': case 'F': case 'G': case 'H': case 'I':
	case 'J': case 'K': case 'L': case 'M': case 'N': case 'O': case 'P': case 'Q': case 'R':
	case 'S': case 'T': case 'U': case 'V': case 'W': case 'X': case 'Y': case 'Z':
		while (is_ident(s[n]))
			n++;
		*k = keyword(s, n) ? T_KEYWORD : T_IDENT;
		return n;
	case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
		if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
			n = 2;
			while ((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'a' && s[n] <= 'f'))
				n++;
		} else {
			while (s[n] >= '0' && s[n] <= '9')
				n++;
		}
		*k = is_ident(s[n]) ? T_ERROR : T_NUMBER;
		while (is_ident(s[n]))
			n++;
		return n;
	case '"':
		while (s[n] && s[n] != '"' && s[n] != '\n')
			n += s[n] == '\\' && s[n + 1] ? 2 : 1;
		*k = s[n] == '"' ? T_STRING : T_ERROR;
		return s[n] == '"' ? n + 1 : n;
	case '\'':
		n = s[1] == '\\' ? 3 : 2;
		*k = s[n] == '\'' ? T_CHAR : T_ERROR;
		return n + 1;
	case '/':
		if (s[1] == '/') {
			while (s[n] && s[n] != '\n')
				n++;
			*k = T_COMMENT;
			return n;
		}
		if (s[1] == '*') {
			n = 2;
			while (s[n] && !(s[n] == '*' && s[n + 1] == '/'))
				n++;
			*k = s[n] ? T_COMMENT : T_ERROR;
			return s[n] ? n + 2 : n;
		}
		/* fall through */
	case '*': case '%': case '^': case '!': case '=':
		*k = T_OP;
		return s[1] == '=' ? 2 : 1;
	case '+': case '-': case '&': case '|': case '<': case '>':
		*k = T_OP;
		return s[1] == s[0] || s[1] == '=' ? 2 : 1;
	case '(': case ')': case '{': case '}': case '[': case ']': case ';': case ',': case '.': case '?': case ':':
		*k = T_PUNCT;
		return 1;
	default:
		*k = T_ERROR;
		return 1;
	}
}

static const char source[] =
	"/* sample */ int main(void) {\n"
	"  int x = 0x1f + 42, y = x << 2;\n"
	"  char c = '\\n', d = 'q';\n"
	"  for (int i = 0; i < 10; i++) { x += i * y; if (x >= 100 && y != 3) break; }\n"
	"  switch (x % 3) { case 0: x--; break; default: x ^= y; }\n"
	"  while (x > 0) x = x >> 1 | x & 1;\n"
	"  return x ? \"yes \\\"quoted\\\"\" : \"no\"; // done\n"
	"  12ab @ $ \"unterminated\n"
	"}\n";

int main(void)
{
	int hist[T_KINDS] = { 0 };
	int total = 0, line = 1;
	u32 h = 0;
	for (const char *s = source; *s;) {
		if (*s == ' ' || *s == '\n') {
			line += *s == '\n';
			s++;
			continue;
		}
		enum kind k;
		int n = scan(s, &k);
		hist[k]++;
		total++;
		for (int i = 0; i < n; i++)
			h = h * 31 + (u8)s[i];
		h = h * 17 + (u32)k;
		if (k == T_ERROR || k == T_STRING) {
			print_int(line);
			print_str(": ");
			print_str(kind_name[k]);
			print_str(" '");
			write(1, s, (size_t)n);
			print_str("'\n");
		}
		s += n;
	}
	for (int k = 0; k < T_KINDS; k++) {
		print_str(kind_name[k]);
		print_char('=');
		print_int(hist[k]);
		print_char(k + 1 < T_KINDS ? ' ' : '\n');
	}
	show_int("tokens", total);
	show_hex("stream", h);
	return hist[T_ERROR] * 16 + hist[T_KEYWORD];
}
