/* Structs by value (passed and returned), arrays of structs, nested structs with unions and
   bit-fields, struct assignment, and a tiny particle simulation over an array of structs. */
#include "rt.h"

struct vec2 { int x, y; };
struct rect { struct vec2 lo, hi; };
struct particle { struct vec2 pos, vel; short mass; u8 alive; char tag; };
struct flags { unsigned kind : 3; unsigned level : 5; signed delta : 6; unsigned on : 1; };
struct big { int a[9]; char name[7]; };
union word { u32 w; u16 h[2]; u8 b[4]; };

static struct vec2 add(struct vec2 a, struct vec2 b) { return (struct vec2){ a.x + b.x, a.y + b.y }; }
static struct vec2 scale(struct vec2 a, int k) { a.x *= k; a.y *= k; return a; }
static int dot(struct vec2 a, struct vec2 b) { return a.x * b.x + a.y * b.y; }

static struct rect bound(const struct particle *p, int n)
{
	struct rect r = { p[0].pos, p[0].pos };
	for (int i = 1; i < n; i++) {
		if (!p[i].alive)
			continue;
		if (p[i].pos.x < r.lo.x) r.lo.x = p[i].pos.x;
		if (p[i].pos.y < r.lo.y) r.lo.y = p[i].pos.y;
		if (p[i].pos.x > r.hi.x) r.hi.x = p[i].pos.x;
		if (p[i].pos.y > r.hi.y) r.hi.y = p[i].pos.y;
	}
	return r;
}

/* A large struct passed and returned by value goes through memory (and memcpy). */
static struct big rev(struct big b)
{
	for (int i = 0; i < 4; i++) {
		int t = b.a[i];
		b.a[i] = b.a[8 - i];
		b.a[8 - i] = t;
	}
	b.name[0] ^= 0x20;
	return b;
}

static void show_vec(const char *label, struct vec2 v)
{
	print_str(label);
	print_str("=(");
	print_int(v.x);
	print_char(',');
	print_int(v.y);
	print_str(")\n");
}

int main(void)
{
	struct vec2 a = { 3, -4 }, b = { -7, 11 };
	show_vec("a+b", add(a, b));
	show_vec("3a", scale(a, 3));
	show_int("a.b", dot(a, b));

	struct particle ps[16];
	for (int i = 0; i < 16; i++) {
		ps[i].pos = (struct vec2){ i * 10 - 80, (i * i) % 23 - 11 };
		ps[i].vel = (struct vec2){ (i % 5) - 2, 3 - (i % 7) };
		ps[i].mass = (short)(100 + i * 37);
		ps[i].alive = 1;
		ps[i].tag = (char)('a' + i);
	}
	for (int step = 0; step < 50; step++) {
		for (int i = 0; i < 16; i++) {
			struct particle *p = &ps[i];
			if (!p->alive)
				continue;
			p->pos = add(p->pos, p->vel);
			if (p->pos.x < -100 || p->pos.x > 100) p->vel.x = -p->vel.x;
			if (p->pos.y < -50 || p->pos.y > 50) p->vel.y = -p->vel.y;
			if (dot(p->pos, p->pos) < 25 && step > 10)
				p->alive = 0;
		}
	}
	struct rect r = bound(ps, 16);
	show_vec("lo", r.lo);
	show_vec("hi", r.hi);
	int alive = 0, mass = 0;
	print_str("alive:");
	for (int i = 0; i < 16; i++) {
		if (ps[i].alive) {
			alive++;
			mass += ps[i].mass;
			print_char(' ');
			print_char(ps[i].tag);
		}
	}
	print_nl();
	show_int("mass", mass);

	struct flags f[8];
	for (int i = 0; i < 8; i++) {
		f[i].kind = (unsigned)i * 3;
		f[i].level = (unsigned)i * 11;
		f[i].delta = i * 9 - 30;
		f[i].on = (unsigned)i & 1;
	}
	int fs = 0;
	for (int i = 0; i < 8; i++)
		fs = fs * 3 + (int)f[i].kind + (int)f[i].level * 8 + f[i].delta * 256 + (int)f[i].on * 65536;
	show_int("bitfields", fs);

	struct big x;
	for (int i = 0; i < 9; i++)
		x.a[i] = i * i;
	memcpy(x.name, "corpus", 7);
	struct big y = rev(x);
	struct big z = y;
	print_str(z.name);
	print_char(' ');
	print_int(z.a[0]);
	print_char(' ');
	print_int(z.a[8]);
	print_nl();

	union word u;
	u.w = 0x11223344u;
	show_hex("halves", (u32)u.h[0] << 16 | u.h[1]);
	show_hex("bytes", (u32)u.b[3] << 24 | (u32)u.b[2] << 16 | (u32)u.b[1] << 8 | u.b[0]);
	return alive * 4 + (x.a[1] != y.a[1]);
}
