/* Atomics and memory ordering as GCC emits them for the 440: fetch-and-add, compare-and-swap,
   exchange and a test-and-set spinlock (lwarx/stwcx. loops with msync, lwsync and isync
   barriers), a lock-free stack of indices, prefetch hints (dcbt/dcbtst) while summing an array,
   cache maintenance of a buffer (dcbst, dcbf, icbi, dcba, icbt, mbar through inline assembly;
   no-ops for memory without caches) and the time base read as the 64-bit counter it is. */
#include "rt.h"

static int counter;
static unsigned lock;
static u32 top = 0xffffffffu; /* lock-free stack: index of the top node, all ones when empty */
static u32 next_of[16];
static int data[256];

static void spin_lock(unsigned *l)
{
	while (__sync_lock_test_and_set(l, 1))
		;
}

static void spin_unlock(unsigned *l) { __sync_lock_release(l); }

static void push(u32 i)
{
	u32 old = __atomic_load_n(&top, __ATOMIC_ACQUIRE);
	do
		next_of[i] = old;
	while (!__atomic_compare_exchange_n(&top, &old, i, 1, __ATOMIC_RELEASE, __ATOMIC_ACQUIRE));
}

static u32 pop(void)
{
	u32 old = __atomic_load_n(&top, __ATOMIC_ACQUIRE);
	while (old != 0xffffffffu && !__atomic_compare_exchange_n(&top, &old, next_of[old], 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
		;
	return old;
}

static void cache_maintenance(void *p, size_t n)
{
	for (char *a = p; a < (char *)p + n; a += 32)
		__asm__ volatile("dcbst 0,%0\n\tdcbf 0,%0\n\ticbi 0,%0\n\ticbt 0,0,%0" : : "r"(a) : "memory");
	__asm__ volatile("msync\n\tmbar\n\tisync" : : : "memory");
}

int main(void)
{
	int before = 0;
	for (int i = 1; i <= 100; i++)
		before += __atomic_fetch_add(&counter, i, __ATOMIC_SEQ_CST);
	show_int("counter", counter);
	show_int("sum of previous values", before);
	int expect = 5050;
	int ok1 = __atomic_compare_exchange_n(&counter, &expect, -1, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	expect = 5050;
	int ok2 = __atomic_compare_exchange_n(&counter, &expect, -2, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	show_int("cas ok", ok1);
	show_int("cas stale", ok2);
	show_int("cas saw", expect);
	show_int("exchange", __atomic_exchange_n(&counter, 77, __ATOMIC_ACQ_REL));
	show_int("or-fetch", __atomic_or_fetch(&counter, 0x100, __ATOMIC_RELAXED));
	show_int("and-fetch", __atomic_and_fetch(&counter, 0x1f0, __ATOMIC_RELAXED));
	__sync_synchronize();

	int in_lock = 0;
	for (int i = 0; i < 10; i++) {
		spin_lock(&lock);
		in_lock += (int)lock;
		spin_unlock(&lock);
	}
	show_int("lock held each time", in_lock);
	show_int("lock free at end", lock == 0);

	for (u32 i = 0; i < 16; i++)
		push(i * 7 % 16);
	print_str("popped:");
	for (u32 v; (v = pop()) != 0xffffffffu;) {
		print_char(' ');
		print_uint(v);
	}
	print_nl();

	for (int i = 0; i < 256; i++)
		data[i] = i * i - 1000;
	s64 sum = 0;
	for (int i = 0; i < 256; i++) {
		__builtin_prefetch(&data[i + 16], 0, 3);
		__builtin_prefetch(&data[i + 8], 1, 1);
		sum += data[i];
	}
	show_i64("sum", sum);
	cache_maintenance(data, sizeof data);
	__asm__ volatile("dcba 0,%0" : : "r"(&data[64]) : "memory");
	show_int("data kept", data[255]);

	u64 t1 = __builtin_ppc_get_timebase();
	for (volatile int i = 0; i < 100; i++)
		;
	u64 t2 = __builtin_ppc_get_timebase();
	show_int("time base runs forward", t2 > t1);
	return counter + 3;
}
