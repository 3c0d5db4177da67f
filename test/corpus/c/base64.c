/* Encodings: base64 encode and decode (with padding and invalid input), hexadecimal dump,
   run-length encoding of bytes, and UTF-8 encoding and decoding of code points. */
#include "rt.h"

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static size_t b64enc(const u8 *in, size_t n, char *out)
{
	size_t o = 0;
	for (size_t i = 0; i < n; i += 3) {
		u32 v = (u32)in[i] << 16 | (i + 1 < n ? (u32)in[i + 1] << 8 : 0) | (i + 2 < n ? in[i + 2] : 0);
		out[o++] = B64[v >> 18 & 63];
		out[o++] = B64[v >> 12 & 63];
		out[o++] = i + 1 < n ? B64[v >> 6 & 63] : '=';
		out[o++] = i + 2 < n ? B64[v & 63] : '=';
	}
	out[o] = 0;
	return o;
}

static int b64val(char c)
{
	if (c >= 'A' && c <= 'Z') return c - 'A';
	if (c >= 'a' && c <= 'z') return c - 'a' + 26;
	if (c >= '0' && c <= '9') return c - '0' + 52;
	if (c == '+') return 62;
	if (c == '/') return 63;
	return -1;
}

/* Returns the decoded length, or -1 for invalid input. */
static int b64dec(const char *in, u8 *out)
{
	int o = 0;
	for (;;) {
		if (!in[0])
			return o;
		if (!in[1] || !in[2] || !in[3])
			return -1;
		int a = b64val(in[0]), b = b64val(in[1]);
		int c = in[2] == '=' ? 0 : b64val(in[2]), d = in[3] == '=' ? 0 : b64val(in[3]);
		if (a < 0 || b < 0 || c < 0 || d < 0)
			return -1;
		u32 v = (u32)a << 18 | (u32)b << 12 | (u32)c << 6 | (u32)d;
		out[o++] = (u8)(v >> 16);
		if (in[2] != '=')
			out[o++] = (u8)(v >> 8);
		if (in[3] != '=')
			out[o++] = (u8)v;
		in += 4;
	}
}

static void hexdump(const u8 *p, size_t n)
{
	static const char hx[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i += 8) {
		print_hex((u32)i);
		print_char(':');
		for (size_t j = i; j < i + 8 && j < n; j++) {
			print_char(' ');
			print_char(hx[p[j] >> 4]);
			print_char(hx[p[j] & 15]);
		}
		print_nl();
	}
}

static size_t rle(const u8 *in, size_t n, u8 *out)
{
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		size_t run = 1;
		while (i + run < n && in[i + run] == in[i] && run < 255)
			run++;
		out[o++] = (u8)run;
		out[o++] = in[i];
		i += run;
	}
	return o;
}

static int utf8enc(u32 cp, u8 *o)
{
	if (cp < 0x80) { o[0] = (u8)cp; return 1; }
	if (cp < 0x800) { o[0] = (u8)(0xc0 | cp >> 6); o[1] = (u8)(0x80 | (cp & 63)); return 2; }
	if (cp < 0x10000) { o[0] = (u8)(0xe0 | cp >> 12); o[1] = (u8)(0x80 | (cp >> 6 & 63)); o[2] = (u8)(0x80 | (cp & 63)); return 3; }
	o[0] = (u8)(0xf0 | cp >> 18); o[1] = (u8)(0x80 | (cp >> 12 & 63)); o[2] = (u8)(0x80 | (cp >> 6 & 63)); o[3] = (u8)(0x80 | (cp & 63));
	return 4;
}

static u32 utf8dec(const u8 **pp)
{
	const u8 *p = *pp;
	u32 c = *p++;
	int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
	if (extra)
		c &= 0x3f >> extra;
	while (extra--)
		c = c << 6 | (*p++ & 63);
	*pp = p;
	return c;
}

int main(void)
{
	static const char *const msgs[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work." };
	char enc[64];
	u8 dec[64];
	int good = 0;
	for (int i = 0; i < 8; i++) {
		size_t n = 0;
		while (msgs[i][n])
			n++;
		b64enc((const u8 *)msgs[i], n, enc);
		print_char('"');
		print_str(enc);
		print_str("\"\n");
		int m = b64dec(enc, dec);
		good += m == (int)n && memcmp(dec, msgs[i], n) == 0;
	}
	show_int("round trips", good);
	show_int("invalid", b64dec("ab$d", dec));
	show_int("short", b64dec("abc", dec));

	u8 bin[20];
	for (int i = 0; i < 20; i++)
		bin[i] = (u8)(i * i * 13 + 7);
	hexdump(bin, 20);

	static const u8 runs[] = { 1, 1, 1, 1, 2, 3, 3, 0, 0, 0, 0, 0, 0, 9, 9, 1 };
	u8 packed[40];
	size_t pn = rle(runs, sizeof runs, packed);
	print_str("rle:");
	for (size_t i = 0; i < pn; i++) {
		print_char(' ');
		print_uint(packed[i]);
	}
	print_nl();

	static const u32 cps[] = { 0x41, 0xe9, 0x3b1, 0x20ac, 0x1f600, 0x10ffff, 0x7ff, 0x800 };
	u8 text[40];
	int tn = 0;
	for (int i = 0; i < 8; i++)
		tn += utf8enc(cps[i], text + tn);
	hexdump(text, (size_t)tn);
	const u8 *p = text;
	int same = 0;
	for (int i = 0; i < 8; i++)
		same += utf8dec(&p) == cps[i];
	show_int("utf8 decoded", same);
	return good + same + tn;
}
