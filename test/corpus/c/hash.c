/* Hashes and checksums: CRC-32 bit by bit and by table, CRC-16/CCITT, Adler-32, FNV-1a in 32
   and 64 bits, djb2, MurmurHash3's 32-bit finaliser, and a small open-addressing hash table. */
#include "rt.h"

static u32 crc32_bitwise(const u8 *p, size_t n)
{
	u32 c = 0xffffffffu;
	while (n--) {
		c ^= *p++;
		for (int k = 0; k < 8; k++)
			c = c & 1 ? (c >> 1) ^ 0xedb88320u : c >> 1;
	}
	return ~c;
}

static u32 table[256];

static u32 crc32_table(const u8 *p, size_t n)
{
	if (!table[1])
		for (u32 i = 0; i < 256; i++) {
			u32 c = i;
			for (int k = 0; k < 8; k++)
				c = c & 1 ? (c >> 1) ^ 0xedb88320u : c >> 1;
			table[i] = c;
		}
	u32 c = 0xffffffffu;
	while (n--)
		c = table[(c ^ *p++) & 255] ^ (c >> 8);
	return ~c;
}

static u16 crc16(const u8 *p, size_t n)
{
	u16 c = 0xffff;
	while (n--) {
		c ^= (u16)(*p++ << 8);
		for (int k = 0; k < 8; k++)
			c = (u16)(c & 0x8000 ? (c << 1) ^ 0x1021 : c << 1);
	}
	return c;
}

static u32 adler32(const u8 *p, size_t n)
{
	u32 a = 1, b = 0;
	while (n--) {
		a = (a + *p++) % 65521;
		b = (b + a) % 65521;
	}
	return b << 16 | a;
}

static u32 fnv1a32(const u8 *p, size_t n) { u32 h = 2166136261u; while (n--) h = (h ^ *p++) * 16777619u; return h; }
static u64 fnv1a64(const u8 *p, size_t n) { u64 h = 14695981039346656037ULL; while (n--) h = (h ^ *p++) * 1099511628211ULL; return h; }
static u32 djb2(const char *s) { u32 h = 5381; while (*s) h = h * 33 + (u8)*s++; return h; }
static u32 fmix32(u32 h) { h ^= h >> 16; h *= 0x85ebca6bu; h ^= h >> 13; h *= 0xc2b2ae35u; h ^= h >> 16; return h; }

#define SLOTS 64
static const char *keys[SLOTS];
static int vals[SLOTS];

static int streq(const char *a, const char *b) { while (*a && *a == *b) a++, b++; return *a == *b; }

static int put(const char *k, int v)
{
	u32 i = djb2(k) % SLOTS;
	int probes = 1;
	while (keys[i] && !streq(keys[i], k)) {
		i = (i + 1) % SLOTS;
		probes++;
	}
	keys[i] = k;
	vals[i] += v;
	return probes;
}

static int get(const char *k)
{
	for (u32 i = djb2(k) % SLOTS; keys[i]; i = (i + 1) % SLOTS)
		if (streq(keys[i], k))
			return vals[i];
	return -1;
}

int main(void)
{
	static const char msg[] = "123456789";
	const u8 *m = (const u8 *)msg;
	show_hex("crc32 bitwise", crc32_bitwise(m, 9));
	show_hex("crc32 table", crc32_table(m, 9));
	show_hex("crc16", crc16(m, 9));
	show_hex("adler32", adler32(m, 9));
	show_hex("fnv1a32", fnv1a32(m, 9));
	show_hex64("fnv1a64", fnv1a64(m, 9));
	show_hex("djb2", djb2(msg));
	show_hex("fmix32", fmix32(0xdeadbeefu));

	static u8 block[1024];
	for (int i = 0; i < 1024; i++)
		block[i] = (u8)(i * 7 + (i >> 3));
	u32 a = crc32_bitwise(block, sizeof block), b = crc32_table(block, sizeof block);
	show_hex("block crc32", b);
	show_int("crc agree", a == b);
	show_hex("block adler", adler32(block, sizeof block));
	show_hex64("block fnv64", fnv1a64(block, sizeof block));

	static const char *const words[] = { "alpha", "beta", "gamma", "delta", "alpha", "epsilon", "zeta",
					      "eta", "theta", "beta", "iota", "kappa", "alpha", "lambda", "mu" };
	int probes = 0;
	for (unsigned i = 0; i < sizeof words / sizeof words[0]; i++)
		probes += put(words[i], (int)i + 1);
	show_int("probes", probes);
	show_int("alpha", get("alpha"));
	show_int("beta", get("beta"));
	show_int("omega", get("omega"));
	return (int)(b >> 25);
}
