/* Pointer structures from a static node pool: a singly linked list (build, reverse, merge
   sort), a binary search tree (insert, search, in-order walk, height, delete) and an LRU cache
   built from a doubly linked list with a small index. */
#include "rt.h"

struct node { int key; struct node *next; };
static struct node pool[256];
static int used;

static struct node *cons(int key, struct node *next)
{
	struct node *n = &pool[used++];
	n->key = key;
	n->next = next;
	return n;
}

static struct node *reverse(struct node *l)
{
	struct node *r = 0;
	while (l) {
		struct node *n = l->next;
		l->next = r;
		r = l;
		l = n;
	}
	return r;
}

static struct node *merge(struct node *a, struct node *b)
{
	struct node head, *t = &head;
	while (a && b) {
		if (a->key <= b->key) { t->next = a; a = a->next; }
		else { t->next = b; b = b->next; }
		t = t->next;
	}
	t->next = a ? a : b;
	return head.next;
}

static struct node *msort(struct node *l)
{
	if (!l || !l->next)
		return l;
	struct node *slow = l, *fast = l->next;
	while (fast && fast->next) {
		slow = slow->next;
		fast = fast->next->next;
	}
	struct node *b = slow->next;
	slow->next = 0;
	return merge(msort(l), msort(b));
}

static void print_list(const char *label, const struct node *l)
{
	print_str(label);
	print_char(':');
	for (; l; l = l->next) {
		print_char(' ');
		print_int(l->key);
	}
	print_nl();
}

struct tree { int key; struct tree *l, *r; };
static struct tree tpool[128];
static int tused;

static struct tree *insert(struct tree *t, int key)
{
	if (!t) {
		struct tree *n = &tpool[tused++];
		n->key = key;
		n->l = n->r = 0;
		return n;
	}
	if (key < t->key) t->l = insert(t->l, key);
	else if (key > t->key) t->r = insert(t->r, key);
	return t;
}

static struct tree *delete(struct tree *t, int key)
{
	if (!t) return 0;
	if (key < t->key) t->l = delete(t->l, key);
	else if (key > t->key) t->r = delete(t->r, key);
	else if (!t->l) return t->r;
	else if (!t->r) return t->l;
	else {
		struct tree *m = t->r;
		while (m->l) m = m->l;
		t->key = m->key;
		t->r = delete(t->r, m->key);
	}
	return t;
}

static int height(const struct tree *t)
{
	if (!t) return 0;
	int a = height(t->l), b = height(t->r);
	return 1 + (a > b ? a : b);
}

static int contains(const struct tree *t, int key)
{
	while (t && t->key != key)
		t = key < t->key ? t->l : t->r;
	return t != 0;
}

static void walk(const struct tree *t, u32 *h, int *n)
{
	if (!t) return;
	walk(t->l, h, n);
	*h = *h * 31 + (u32)t->key;
	(*n)++;
	walk(t->r, h, n);
}

/* LRU cache of 4 entries keyed by small integers */
struct entry { int key, val; struct entry *prev, *next; };
static struct entry slots[4], lru_head;
static struct entry *index_[64];
static int hits, misses;

static void unlink_e(struct entry *e) { e->prev->next = e->next; e->next->prev = e->prev; }
static void push_front(struct entry *e) { e->next = lru_head.next; e->prev = &lru_head; lru_head.next->prev = e; lru_head.next = e; }

static int lookup(int key)
{
	struct entry *e = index_[key];
	if (e) {
		hits++;
		unlink_e(e);
		push_front(e);
		return e->val;
	}
	misses++;
	e = lru_head.prev; /* least recently used */
	if (e->key >= 0)
		index_[e->key] = 0;
	unlink_e(e);
	e->key = key;
	e->val = key * key;
	index_[key] = e;
	push_front(e);
	return e->val;
}

int main(void)
{
	struct node *l = 0;
	u32 s = 99;
	for (int i = 0; i < 20; i++) {
		s = s * 1103515245u + 12345u;
		l = cons((int)(s >> 16) % 100, l);
	}
	print_list("list", l);
	l = reverse(l);
	print_list("reversed", l);
	l = msort(l);
	print_list("sorted", l);

	struct tree *t = 0;
	for (int i = 0; i < 60; i++) {
		s = s * 1103515245u + 12345u;
		t = insert(t, (int)(s >> 16) % 200);
	}
	u32 h = 0;
	int n = 0;
	walk(t, &h, &n);
	show_int("tree nodes", n);
	show_int("tree height", height(t));
	show_hex("in-order", h);
	int found = 0;
	for (int k = 0; k < 200; k++)
		found += contains(t, k);
	show_int("found", found);
	for (int k = 0; k < 200; k += 3)
		t = delete(t, k);
	h = 0;
	n = 0;
	walk(t, &h, &n);
	show_int("after delete", n);
	show_hex("in-order", h);

	lru_head.next = lru_head.prev = &lru_head;
	for (int i = 0; i < 4; i++) {
		slots[i].key = -1;
		push_front(&slots[i]);
	}
	int sum = 0;
	static const u8 refs[] = { 1, 2, 3, 1, 4, 5, 1, 2, 6, 1, 7, 1, 2, 3, 4, 1, 3, 5, 1, 63 };
	for (unsigned i = 0; i < sizeof refs; i++)
		sum += lookup(refs[i]);
	show_int("lru sum", sum);
	show_int("hits", hits);
	show_int("misses", misses);
	return hits * 10 + misses;
}
