	.file	"crash_priv.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"usprg0"
	.align 2
.LC1:
	.string	"time base upper word steady"
	.align 2
.LC2:
	.string	"reading the MSR\n"
	.align 2
.LC3:
	.string	"msr"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB0:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	lis 4,0x600d
	ori 4,4,0xcafe
	stw 0,20(1)
	.cfi_offset 65, 4
#APP
 # 10 "crash_priv.c" 1
	mtspr 256,4
	mfspr 4,256
 # 0 "" 2
#NO_APP
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	bl show_hex
#APP
 # 13 "crash_priv.c" 1
	mfspr 9,269
	mfspr 10,269
 # 0 "" 2
#NO_APP
	subf 9,9,10
	lis 3,.LC1@ha
	subfic 9,9,1
	la 3,.LC1@l(3)
	subfe 4,4,4
	addi 4,4,1
	bl show_int
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl print_str
#APP
 # 17 "crash_priv.c" 1
	mfmsr 4
 # 0 "" 2
#NO_APP
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl show_hex
	lwz 0,20(1)
	li 3,0
	addi 1,1,16
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE0:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
