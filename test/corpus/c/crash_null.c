/* A program with a bug: it builds a linked list of records, prints a report over them, and then
   follows a next pointer past the end of the list, dereferencing NULL. Linux (and qemu-ppc) kill
   it with SIGSEGV; everything it wrote before must still come out, and the exit status is
   128 + 11. expect-signal: SIGSEGV */
#include "rt.h"

struct rec { int id, score; struct rec *next; };
static struct rec recs[12];

__attribute__((noinline)) static int score_after(const struct rec *r, int steps)
{
	while (steps--)
		r = r->next; /* no check for the end of the list: the bug */
	return r->score;
}

int main(void)
{
	for (int i = 0; i < 12; i++) {
		recs[i].id = 100 + i;
		recs[i].score = (i * 37) % 50;
		recs[i].next = i + 1 < 12 ? &recs[i + 1] : 0;
	}
	int total = 0;
	for (const struct rec *r = recs; r; r = r->next) {
		total += r->score;
		print_int(r->id);
		print_char(':');
		print_int(r->score);
		print_char(r->next ? ' ' : '\n');
	}
	show_int("total", total);
	/* "the score three records after each one" runs off the end at record 9 */
	for (int i = 0; i < 12; i++) {
		print_int(recs[i].id);
		print_str(" +3 -> ");
		print_int(score_after(&recs[i], 3));
		print_nl();
	}
	return 0;
}
