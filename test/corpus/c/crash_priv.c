/* Code written for the bare core running as a Linux process: it reads the machine state register
   (mfmsr) and a kernel SPR to decide how to set up interrupts. In user mode these are privileged,
   so Linux (and qemu-ppc) raise SIGILL (exit status 128 + 4). User-level SPRs (USPRG0, the
   time base) work before that. expect-signal: SIGILL */
#include "rt.h"

int main(void)
{
	unsigned v;
	__asm__ volatile("mtspr 256,%1\n\tmfspr %0,256" : "=r"(v) : "r"(0x600dcafe));
	show_hex("usprg0", v);
	unsigned tbu0, tbu1;
	__asm__ volatile("mfspr %0,269\n\tmfspr %1,269" : "=r"(tbu0), "=r"(tbu1));
	show_int("time base upper word steady", tbu1 - tbu0 <= 1);
	print_str("reading the MSR\n");
	unsigned msr;
	__asm__ volatile("mfmsr %0" : "=r"(msr));
	show_hex("msr", msr);
	return 0;
}
