	.file	"crash_priv.c"
	.machine "440"
	.section	".text"
	.section	.rodata
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
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,0x600d
	ori 9,9,0xcafe
#APP
 # 10 "crash_priv.c" 1
	mtspr 256,9
	mfspr 9,256
 # 0 "" 2
#NO_APP
	stw 9,8(31)
	lwz 4,8(31)
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_hex
#APP
 # 13 "crash_priv.c" 1
	mfspr 10,269
	mfspr 9,269
 # 0 "" 2
#NO_APP
	stw 10,12(31)
	stw 9,16(31)
	lwz 10,16(31)
	lwz 9,12(31)
	subf 9,9,10
	subfic 9,9,1
	subfe 9,9,9
	addi 9,9,1
	rlwinm 9,9,0,0xff
	mr 4,9
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl print_str
#APP
 # 17 "crash_priv.c" 1
	mfmsr 9
 # 0 "" 2
#NO_APP
	stw 9,20(31)
	lwz 4,20(31)
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_hex
	li 9,0
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
