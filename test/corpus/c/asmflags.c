/* Instructions and flag effects that compiled C code rarely shows, driven through inline
   assembly over a grid of operands: the overflow (o) and record (.) forms of every XO-form
   arithmetic instruction with XER[SO,OV,CA] going in set and clear, carry-in forms, shifts that
   set CA, rotates under mask, CR logical instructions, mcrf, mcrxr, mtcrf/mfcr, compares with SO,
   byte-reversed and misaligned loads and stores, lmw/stmw, dcbz, dlmzb, the unsigned saturating
   multiply-accumulate forms and system call errors.
   Each instruction prints a hash of (result, XER, CR) over all operand pairs. */
#include "rt.h"

static const u32 V[] = {
	0, 1, 0x7fffffff, 0x80000000u, 0x80000001u, 0xffffffffu,
	0x0000ffffu, 0x12345678u, 0xdeadbeefu, 0x0000001fu, 0x00000020u, 0xffff8000u,
};
#define NV (sizeof V / sizeof V[0])
/* XER values going in: nothing, CA, SO|OV, SO|OV|CA */
static const u32 XIN[] = { 0, 0x20000000u, 0xc0000000u, 0xe0000000u };

static u32 hash;
static void mix(u32 v) { hash = (hash ^ v) * 0x01000193u; }

static void report(const char *name)
{
	print_str(name);
	print_char(' ');
	print_hex(hash);
	print_nl();
	hash = 0x811c9dc5u;
}

/* Two-operand instruction: CR is cleared, XER set from the table, then result, XER, CR read. */
#define OP2(fn, insn)                                                                   \
	static void fn(void)                                                             \
	{                                                                                \
		for (unsigned x = 0; x < 4; x++)                                         \
			for (unsigned i = 0; i < NV; i++)                                \
				for (unsigned j = 0; j < NV; j++) {                      \
					u32 r, xer, cr;                                  \
					__asm__ volatile("mtcrf 255,%6\n\tmtxer %5\n\t" insn " %0,%3,%4\n\tmfxer %1\n\tmfcr %2" \
							 : "=&r"(r), "=&r"(xer), "=&r"(cr) \
							 : "r"(V[i]), "r"(V[j]), "r"(XIN[x]), "r"(0) \
							 : "cr0", "xer");                  \
					mix(r);                                          \
					mix(xer);                                        \
					mix(cr);                                         \
				}                                                        \
		report(insn);                                                            \
	}

#define OP1(fn, insn)                                                                   \
	static void fn(void)                                                             \
	{                                                                                \
		for (unsigned x = 0; x < 4; x++)                                         \
			for (unsigned i = 0; i < NV; i++) {                              \
				u32 r, xer, cr;                                          \
				__asm__ volatile("mtcrf 255,%5\n\tmtxer %4\n\t" insn " %0,%3\n\tmfxer %1\n\tmfcr %2" \
						 : "=&r"(r), "=&r"(xer), "=&r"(cr)       \
						 : "r"(V[i]), "r"(XIN[x]), "r"(0)        \
						 : "cr0", "xer");                          \
				mix(r);                                                  \
				mix(xer);                                                \
				mix(cr);                                                 \
			}                                                                \
		report(insn);                                                            \
	}

/* Immediate forms (the immediate is part of the instruction text). */
#define OPI(fn, insn, imm)                                                              \
	static void fn(void)                                                             \
	{                                                                                \
		for (unsigned x = 0; x < 4; x++)                                         \
			for (unsigned i = 0; i < NV; i++) {                              \
				u32 r = 0x5a5a5a5au, xer, cr;                            \
				__asm__ volatile("mtcrf 255,%5\n\tmtxer %4\n\t" insn " %0,%3," imm "\n\tmfxer %1\n\tmfcr %2" \
						 : "+&r"(r), "=&r"(xer), "=&r"(cr)       \
						 : "r"(V[i]), "r"(XIN[x]), "r"(0)        \
						 : "cr0", "xer");                          \
				mix(r);                                                  \
				mix(xer);                                                \
				mix(cr);                                                 \
			}                                                                \
		report(insn " " imm);                                                    \
	}

OP2(t_add, "add") OP2(t_addo, "addo") OP2(t_add_, "add.") OP2(t_addo_, "addo.")
OP2(t_addc, "addc") OP2(t_addco_, "addco.") OP2(t_adde, "adde") OP2(t_addeo_, "addeo.")
OP2(t_subf, "subf") OP2(t_subfo_, "subfo.") OP2(t_subfc, "subfc") OP2(t_subfco_, "subfco.")
OP2(t_subfe, "subfe") OP2(t_subfeo_, "subfeo.")
OP2(t_mullw, "mullw") OP2(t_mullwo_, "mullwo.") OP2(t_mulhw_, "mulhw.") OP2(t_mulhwu_, "mulhwu.")
OP2(t_divw, "divwo.") OP2(t_divwu, "divwuo.") OP2(t_divw2, "divw") OP2(t_divwu2, "divwu")
OP2(t_and_, "and.") OP2(t_andc_, "andc.") OP2(t_or_, "or.") OP2(t_orc_, "orc.") OP2(t_xor_, "xor.")
OP2(t_nand_, "nand.") OP2(t_nor_, "nor.") OP2(t_eqv_, "eqv.")
OP2(t_slw_, "slw.") OP2(t_srw_, "srw.") OP2(t_sraw, "sraw") OP2(t_sraw_, "sraw.")
OP2(t_mulhhw_, "mulhhw.") OP2(t_mullhwu_, "mullhwu.") OP2(t_mulchw_, "mulchw.")
OP1(t_addme, "addmeo.") OP1(t_addze, "addzeo.") OP1(t_subfme, "subfmeo.") OP1(t_subfze, "subfzeo.")
OP1(t_addme2, "addme") OP1(t_addze2, "addze") OP1(t_subfme2, "subfme") OP1(t_subfze2, "subfze")
OP1(t_neg, "nego.") OP1(t_neg2, "neg") OP1(t_extsb, "extsb.") OP1(t_extsh, "extsh.") OP1(t_cntlzw, "cntlzw.")
OPI(t_addic, "addic", "-1") OPI(t_addic_, "addic.", "32767") OPI(t_subfic, "subfic", "-5") OPI(t_subfic0, "subfic", "0")
OPI(t_srawi0, "srawi", "0") OPI(t_srawi1, "srawi.", "1") OPI(t_srawi31, "srawi.", "31")
OPI(t_andi, "andi.", "0x8001") OPI(t_andis, "andis.", "0x8001") OPI(t_mulli, "mulli", "-300")
OPI(t_rlwinm, "rlwinm.", "5,27,3") OPI(t_rlwinm2, "rlwinm.", "0,31,31") OPI(t_rlwimi, "rlwimi.", "12,4,19")
OPI(t_rlwimi2, "rlwimi", "31,30,1")

/* The 440's unsigned saturating multiply-accumulate forms, which qemu-ppc implements correctly
   (the other mac forms it does not: see README.md). RT goes in from a table too. */
static const u32 ACC[] = { 0, 1, 0xffff0000u, 0xffffffffu };
#define MAC(fn, insn)                                                                   \
	static void fn(void)                                                             \
	{                                                                                \
		for (unsigned x = 0; x < 4; x += 2)                                      \
			for (unsigned k = 0; k < 4; k++)                                 \
				for (unsigned i = 0; i < NV; i++)                        \
					for (unsigned j = 0; j < NV; j++) {              \
						u32 r = ACC[k], xer, cr;                 \
						__asm__ volatile("mtcrf 255,%6\n\tmtxer %5\n\t" insn " %0,%3,%4\n\tmfxer %1\n\tmfcr %2" \
								 : "+&r"(r), "=&r"(xer), "=&r"(cr) \
								 : "r"(V[i]), "r"(V[j]), "r"(XIN[x]), "r"(0) \
								 : "cr0", "xer");          \
						mix(r);                                  \
						mix(xer);                                \
						mix(cr);                                 \
					}                                                \
		report(insn);                                                            \
	}

MAC(t_machhwsu, "machhwsu") MAC(t_macchwsuo_, "macchwsuo.") MAC(t_maclhwsu, "maclhwsu")
MAC(t_machhwuo_, "machhwuo.") MAC(t_maclhwuo, "maclhwuo")

static void t_rlwnm(void)
{
	for (unsigned i = 0; i < NV; i++)
		for (unsigned j = 0; j < NV; j++) {
			u32 r, r2, cr;
			__asm__ volatile("mtcrf 255,%5\n\trlwnm. %0,%3,%4,8,23\n\trlwnm %1,%3,%4,28,3\n\tmfcr %2"
					 : "=&r"(r), "=&r"(r2), "=&r"(cr)
					 : "r"(V[i]), "r"(V[j]), "r"(0)
					 : "cr0");
			mix(r);
			mix(r2);
			mix(cr);
		}
	report("rlwnm");
}

/* CR logical: every pair of bits of a scrambled CR image, through all eight operations. */
static void t_crlogic(void)
{
	static const u32 crs[] = { 0x00000000u, 0xffffffffu, 0x8a3c5f01u, 0x1234abcdu };
	for (unsigned k = 0; k < 4; k++) {
		u32 out[8];
		__asm__ volatile(
			"mtcrf 255,%8\n\t"
			"crand 0,1,2\n\tmfcr %0\n\t"
			"cror 5,4,31\n\tmfcr %1\n\t"
			"crxor 9,10,11\n\tmfcr %2\n\t"
			"crnand 13,14,0\n\tmfcr %3\n\t"
			"crnor 17,18,9\n\tmfcr %4\n\t"
			"creqv 21,22,5\n\tmfcr %5\n\t"
			"crandc 25,26,13\n\tmfcr %6\n\t"
			"crorc 29,30,17\n\tmfcr %7\n\t"
			: "=&r"(out[0]), "=&r"(out[1]), "=&r"(out[2]), "=&r"(out[3]), "=&r"(out[4]), "=&r"(out[5]), "=&r"(out[6]), "=&r"(out[7])
			: "r"(crs[k])
			: "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7");
		for (int i = 0; i < 8; i++)
			mix(out[i]);
		print_str("cr ");
		print_hex(crs[k]);
		print_str(" -> ");
		print_hex(out[7]);
		print_nl();
	}
	report("crlogic");
}

static void t_crmove(void)
{
	static const u32 crs[] = { 0x13579bdfu, 0xfdb97531u };
	for (unsigned k = 0; k < 2; k++) {
		u32 a, b, c, d, xer;
		__asm__ volatile(
			"mtcrf 255,%5\n\t"
			"mcrf 0,7\n\tmcrf 5,2\n\tmfcr %0\n\t"
			"mtcrf 0x81,%6\n\tmfcr %1\n\t"
			"mtcrf 0x24,%6\n\tmfcr %2\n\t"
			"mtxer %7\n\tmcrxr 3\n\tmfcr %3\n\tmfxer %4"
			: "=&r"(a), "=&r"(b), "=&r"(c), "=&r"(d), "=&r"(xer)
			: "r"(crs[k]), "r"(0xa5a5a5a5u), "r"(k ? 0xe0000000u : 0x40000000u)
			: "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "xer");
		show_hex("mcrf", a);
		show_hex("mtcrf 0x81", b);
		show_hex("mtcrf 0x24", c);
		show_hex("mcrxr", d);
		show_hex("xer after mcrxr", xer);
	}
}

/* Compares copy XER[SO] into the CR field. */
static void t_compare(void)
{
	for (unsigned x = 0; x < 4; x++)
		for (unsigned i = 0; i < NV; i++)
			for (unsigned j = 0; j < NV; j++) {
				u32 cr;
				__asm__ volatile("mtcrf 255,%4\n\tmtxer %3\n\tcmpw 1,%1,%2\n\tcmplw 6,%1,%2\n\tcmpwi 3,%1,-2\n\tcmplwi 4,%2,0x8000\n\tmfcr %0"
						 : "=&r"(cr)
						 : "r"(V[i]), "r"(V[j]), "r"(XIN[x]), "r"(0)
						 : "cr1", "cr3", "cr4", "cr6", "xer");
				mix(cr);
			}
	report("compare");
}

static void t_memory(void)
{
	static u8 buf[64] __attribute__((aligned(32)));
	for (int i = 0; i < 64; i++)
		buf[i] = (u8)(i * 37 + 11);
	u32 a, b, c, d;
	__asm__ volatile("lwbrx %0,0,%4\n\tlhbrx %1,%4,%5\n\tlwzx %2,%4,%6\n\tlhzx %3,%4,%7"
			 : "=&r"(a), "=&r"(b), "=&r"(c), "=&r"(d)
			 : "b"(buf), "r"(6), "r"(3), "r"(9)
			 : "memory");
	show_hex("lwbrx", a);
	show_hex("lhbrx", b);
	show_hex("lwz misaligned", c);
	show_hex("lhz misaligned", d);
	__asm__ volatile("stwbrx %0,0,%2\n\tsthbrx %0,%2,%3\n\tstwx %1,%2,%4\n\tsthx %1,%2,%5"
			 :
			 : "r"(0x11223344u), "r"(0xa1b2c3d4u), "b"(buf), "r"(4), "r"(13), "r"(19)
			 : "memory");
	u32 h = 0;
	for (int i = 0; i < 24; i++)
		h = h * 31 + buf[i];
	show_hex("after stores", h);
	u32 lha;
	__asm__ volatile("lhax %0,%1,%2" : "=r"(lha) : "b"(buf), "r"(5) : "memory");
	show_hex("lhax misaligned", lha);

	/* stmw/lmw of r25..r31 through a buffer, with the values checked after the round trip.
	   r31 may be the frame pointer, so the asm saves and restores it itself (slot 7). */
	u32 regs[8] = { 0 };
	register u32 *rp __asm__("r9") = regs;
	register u32 sum __asm__("r10");
	__asm__ volatile(
		"stw 31,28(9)\n\t"
		"li 25,1\n\tli 26,2\n\tlis 27,0x8000\n\tli 28,-1\n\tli 29,5\n\tli 30,6\n\tli 31,7\n\t"
		"stmw 25,0(9)\n\t"
		"li 25,0\n\tli 26,0\n\tli 27,0\n\tli 28,0\n\tli 29,0\n\tli 30,0\n\tli 31,0\n\t"
		"lmw 26,4(9)\n\t"
		"add 10,26,27\n\tadd 10,10,28\n\tadd 10,10,29\n\tadd 10,10,30\n\tadd 10,10,31\n\tadd 10,10,25\n\t"
		"lwz 31,28(9)"
		: "=r"(sum)
		: "r"(rp)
		: "r25", "r26", "r27", "r28", "r29", "r30", "memory");
	show_hex("stmw/lmw", sum);
	show_hex("stmw slot 2", regs[2]);

	/* The same at a misaligned address: the core would raise an alignment interrupt, Linux
	   (and qemu-ppc) emulate the access. */
	rp = (u32 *)((u8 *)regs + 2);
	__asm__ volatile(
		"stw 31,24(9)\n\t"
		"li 25,11\n\tli 26,-22\n\tli 27,33\n\tli 28,-44\n\tli 29,55\n\tli 30,-66\n\tli 31,77\n\t"
		"stmw 29,0(9)\n\t"
		"li 29,0\n\tli 30,0\n\tli 31,0\n\t"
		"lmw 30,4(9)\n\t"
		"add 10,30,31\n\tadd 10,10,29\n\t"
		"lwz 31,24(9)"
		: "=r"(sum)
		: "r"(rp)
		: "r25", "r26", "r27", "r28", "r29", "r30", "memory");
	show_hex("misaligned stmw/lmw", sum);
	h = 0;
	for (int i = 0; i < 24; i++) /* bytes 26..29 hold the saved r31, maybe a stack address */
		h = h * 31 + ((u8 *)regs)[i];
	show_hex("misaligned stmw image", h);

	/* misaligned byte-reversed and update forms */
	u8 *mp = buf + 33;
	u32 e1, e2, e3, e4;
	__asm__ volatile("lwbrx %0,0,%4\n\tlhbrx %1,%4,%5\n\tstwbrx %0,%4,%6\n\tsthbrx %1,%4,%7\n\tlwzu %2,3(%4)\n\tlhau %3,-7(%4)"
			 : "=&r"(e1), "=&r"(e2), "=&r"(e3), "=&r"(e4), "+b"(mp)
			 : "r"(1), "r"(5), "r"(12)
			 : "memory");
	show_hex("lwbrx misaligned", e1);
	show_hex("lhbrx misaligned", e2);
	show_hex("lwzu misaligned", e3);
	show_hex("lhau misaligned", e4);
	show_int("update address", (int)(mp - buf));
	h = 0;
	for (int i = 32; i < 64; i++)
		h = h * 31 + buf[i];
	show_hex("after misaligned stores", h);

	/* update-indexed forms: each access moves the base register by the index */
	u8 *up = buf + 8;
	u32 x1, x2, x3, x4;
	__asm__ volatile("lwzux %0,%4,%5\n\tlbzux %1,%4,%6\n\tlhzux %2,%4,%7\n\tlhaux %3,%4,%6\n\t"
			 "stwux %0,%4,%5\n\tstbux %1,%4,%7\n\tsthux %3,%4,%6"
			 : "=&r"(x1), "=&r"(x2), "=&r"(x3), "=&r"(x4), "+b"(up)
			 : "r"(4), "r"(-3), "r"(6)
			 : "memory");
	show_hex("lwzux", x1);
	show_hex("lbzux", x2);
	show_hex("lhzux", x3);
	show_hex("lhaux", x4);
	show_int("indexed update address", (int)(up - buf));
	h = 0;
	for (int i = 0; i < 32; i++)
		h = h * 31 + buf[i];
	show_hex("after indexed updates", h);

	/* trap instructions whose conditions do not hold fall through */
	int traps = 0;
	for (unsigned i = 0; i < NV; i++) {
		/* equal to a different value; unsigned above all ones or below zero; < or > itself */
		__asm__ volatile("twi 4,%0,0x1234\n\ttw 4,%0,%1\n\ttwi 1,%0,-1\n\ttwi 2,%0,0\n\ttw 24,%0,%0"
				 : : "r"(V[i]), "r"(V[i] ^ 1));
		traps++;
	}
	show_int("traps not taken", traps);

	/* dcbz clears the 32-byte block holding the address */
	__asm__ volatile("dcbz %0,%1" : : "b"(buf), "r"(37) : "memory");
	h = 0;
	for (int i = 0; i < 64; i++)
		h = h * 31 + buf[i];
	show_hex("after dcbz", h);
	show_int("dcbz zeroed", buf[32] == 0 && buf[63] == 0 && buf[31] != 0);
}

static void t_dlmzb(void)
{
	static const u32 pairs[][2] = {
		{ 0x41424344u, 0x45464748u }, { 0x00414243u, 0x41424344u }, { 0x41004243u, 0 },
		{ 0x41424300u, 0x1u }, { 0x41424344u, 0x00454647u }, { 0x41424344u, 0x45464700u },
	};
	for (unsigned k = 0; k < 6; k++) {
		u32 r, xer, cr;
		__asm__ volatile("mtcrf 255,%6\n\tmtxer %5\n\tdlmzb. %0,%3,%4\n\tmfxer %1\n\tmfcr %2"
				 : "=&r"(r), "=&r"(xer), "=&r"(cr)
				 : "r"(pairs[k][0]), "r"(pairs[k][1]), "r"(k & 1 ? 0x80000000u : 0), "r"(0)
				 : "cr0", "xer");
		print_str("dlmzb ");
		print_uint(r);
		print_char(' ');
		print_hex(xer);
		print_char(' ');
		print_hex(cr);
		print_nl();
	}
}

static long raw_syscall(long nr, long a, long b, long c, u32 *cr)
{
	register long r0 __asm__("r0") = nr;
	register long r3 __asm__("r3") = a;
	register long r4 __asm__("r4") = b;
	register long r5 __asm__("r5") = c;
	u32 crv;
	__asm__ volatile("sc\n\tmfcr %4"
			 : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "=r"(crv)
			 :
			 : "r6", "r7", "r8", "r9", "r10", "r11", "r12", "cr0", "ctr", "memory");
	*cr = crv >> 28;
	return r3;
}

static void t_syscalls(void)
{
	u32 cr;
	long r = raw_syscall(4, 1, (long)"via sc\n", 7, &cr);
	print_str("write ok: ");
	print_int((int)r);
	print_char(' ');
	print_uint(cr & 1);
	print_nl();
	r = raw_syscall(4, 1, (long)"", 0, &cr);
	print_str("write empty: ");
	print_int((int)r);
	print_char(' ');
	print_uint(cr & 1);
	print_nl();
	r = raw_syscall(4, 77, (long)"x", 1, &cr);
	print_str("write bad fd: ");
	print_int((int)r);
	print_char(' ');
	print_uint(cr & 1);
	print_nl();
}

int main(void)
{
	hash = 0x811c9dc5u;
	t_add(); t_addo(); t_add_(); t_addo_(); t_addc(); t_addco_(); t_adde(); t_addeo_();
	t_subf(); t_subfo_(); t_subfc(); t_subfco_(); t_subfe(); t_subfeo_();
	t_mullw(); t_mullwo_(); t_mulhw_(); t_mulhwu_(); t_divw(); t_divwu(); t_divw2(); t_divwu2();
	t_and_(); t_andc_(); t_or_(); t_orc_(); t_xor_(); t_nand_(); t_nor_(); t_eqv_();
	t_slw_(); t_srw_(); t_sraw(); t_sraw_(); t_mulhhw_(); t_mullhwu_(); t_mulchw_();
	t_addme(); t_addze(); t_subfme(); t_subfze(); t_addme2(); t_addze2(); t_subfme2(); t_subfze2();
	t_neg(); t_neg2(); t_extsb(); t_extsh(); t_cntlzw();
	t_addic(); t_addic_(); t_subfic(); t_subfic0(); t_srawi0(); t_srawi1(); t_srawi31();
	t_andi(); t_andis(); t_mulli(); t_rlwinm(); t_rlwinm2(); t_rlwimi(); t_rlwimi2(); t_rlwnm();
	t_machhwsu(); t_macchwsuo_(); t_maclhwsu(); t_machhwuo_(); t_maclhwuo();
	t_crlogic();
	t_crmove();
	t_compare();
	t_memory();
	t_dlmzb();
	t_syscalls();
	return 77;
}
