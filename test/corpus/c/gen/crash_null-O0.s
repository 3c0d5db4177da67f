	.file	"crash_null.c"
	.machine "440"
	.section	".text"
	.lcomm	recs,144,4
	.type	recs, @object
	.align 2
	.type	score_after, @function
score_after:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	b .L2
.L3:
	lwz 9,8(31)
	lwz 9,8(9)
	stw 9,8(31)
.L2:
	lwz 9,12(31)
	addi 10,9,-1
	stw 10,12(31)
	cmpwi 0,9,0
	bne 0,.L3
	lwz 9,8(31)
	lwz 9,4(9)
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	score_after,.-score_after
	.section	.rodata
	.align 2
.LC0:
	.string	"total"
	.align 2
.LC1:
	.string	" +3 -> "
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB1:
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
	li 9,0
	stw 9,8(31)
	b .L6
.L9:
	lwz 9,8(31)
	addi 10,9,100
	lis 9,recs@ha
	la 8,recs@l(9)
	lwz 9,8(31)
	mulli 9,9,12
	add 9,8,9
	stw 10,0(9)
	lwz 9,8(31)
	mulli 10,9,37
	lis 9,0x51eb
	ori 9,9,0x851f
	mulhw 9,10,9
	srawi 8,9,4
	srawi 9,10,31
	subf 9,9,8
	mulli 9,9,50
	subf 9,9,10
	lis 10,recs@ha
	la 8,recs@l(10)
	lwz 10,8(31)
	mulli 10,10,12
	add 10,8,10
	addi 10,10,4
	stw 9,0(10)
	lwz 9,8(31)
	cmpwi 0,9,10
	bgt 0,.L7
	lwz 9,8(31)
	addi 9,9,1
	mulli 10,9,12
	lis 9,recs@ha
	la 9,recs@l(9)
	add 9,10,9
	b .L8
.L7:
	li 9,0
.L8:
	lis 10,recs@ha
	la 8,recs@l(10)
	lwz 10,8(31)
	mulli 10,10,12
	add 10,8,10
	addi 10,10,8
	stw 9,0(10)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L6:
	lwz 9,8(31)
	cmpwi 0,9,11
	ble 0,.L9
	li 9,0
	stw 9,12(31)
	lis 9,recs@ha
	la 9,recs@l(9)
	stw 9,16(31)
	b .L10
.L13:
	lwz 9,16(31)
	lwz 9,4(9)
	lwz 10,12(31)
	add 9,10,9
	stw 9,12(31)
	lwz 9,16(31)
	lwz 9,0(9)
	mr 3,9
	bl print_int
	li 3,58
	bl print_char
	lwz 9,16(31)
	lwz 9,4(9)
	mr 3,9
	bl print_int
	lwz 9,16(31)
	lwz 9,8(9)
	cmpwi 0,9,0
	beq 0,.L11
	li 9,32
	b .L12
.L11:
	li 9,10
.L12:
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	lwz 9,16(31)
	lwz 9,8(9)
	stw 9,16(31)
.L10:
	lwz 9,16(31)
	cmpwi 0,9,0
	bne 0,.L13
	lwz 4,12(31)
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_int
	li 9,0
	stw 9,20(31)
	b .L14
.L15:
	lis 9,recs@ha
	la 10,recs@l(9)
	lwz 9,20(31)
	mulli 9,9,12
	add 9,10,9
	lwz 9,0(9)
	mr 3,9
	bl print_int
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl print_str
	lwz 9,20(31)
	mulli 10,9,12
	lis 9,recs@ha
	la 9,recs@l(9)
	add 9,10,9
	li 4,3
	mr 3,9
	bl score_after
	mr 9,3
	mr 3,9
	bl print_int
	bl print_nl
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L14:
	lwz 9,20(31)
	cmpwi 0,9,11
	ble 0,.L15
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
.LFE1:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
