	.file	"crash_trap.c"
	.machine "440"
	.section	".text"
	.lcomm	table,256,4
	.type	table, @object
	.align 2
	.type	find, @function
find:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,0
	stw 9,8(31)
	li 9,63
	stw 9,12(31)
	b .L2
.L7:
	lwz 10,8(31)
	lwz 9,12(31)
	add 9,10,9
	srawi 9,9,1
	addze 9,9
	stw 9,16(31)
	lwz 9,16(31)
	cmpwi 0,9,0
	beq 0,.L3
	lwz 9,16(31)
	addi 9,9,-1
	lis 10,table@ha
	la 10,table@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,table@ha
	la 8,table@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,8,9
	lwz 9,0(9)
	cmpw 0,10,9
	ble 0,.L3
	trap
.L3:
	lis 9,table@ha
	la 10,table@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 10,24(31)
	cmpw 0,10,9
	bne 0,.L4
	lwz 9,16(31)
	b .L5
.L4:
	lis 9,table@ha
	la 10,table@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 10,24(31)
	cmpw 0,10,9
	ble 0,.L6
	lwz 9,16(31)
	addi 9,9,1
	stw 9,8(31)
	b .L2
.L6:
	lwz 9,16(31)
	addi 9,9,-1
	stw 9,12(31)
.L2:
	lwz 10,8(31)
	lwz 9,12(31)
	cmpw 0,10,9
	ble 0,.L7
	li 9,-1
.L5:
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	find,.-find
	.section	.rodata
	.align 2
.LC0:
	.string	"found "
	.align 2
.LC1:
	.string	" at "
	.align 2
.LC2:
	.string	"found"
	.align 2
.LC3:
	.string	"searching the corrupted table\n"
	.align 2
.LC4:
	.string	"find(1000)"
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
	b .L9
.L10:
	lwz 9,8(31)
	mullw 10,9,9
	lwz 9,8(31)
	mulli 9,9,3
	add 10,10,9
	lis 9,table@ha
	la 8,table@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L9:
	lwz 9,8(31)
	cmpwi 0,9,63
	ble 0,.L10
	li 9,0
	stw 9,12(31)
	li 9,-10
	stw 9,16(31)
	b .L11
.L13:
	lwz 3,16(31)
	bl find
	stw 3,20(31)
	lwz 9,20(31)
	cmpwi 0,9,0
	blt 0,.L12
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl print_str
	lwz 3,16(31)
	bl print_int
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl print_str
	lwz 3,20(31)
	bl print_int
	bl print_nl
.L12:
	lwz 9,16(31)
	addi 9,9,7
	stw 9,16(31)
.L11:
	lwz 9,16(31)
	cmpwi 0,9,199
	ble 0,.L13
	lwz 4,12(31)
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_int
	lis 9,table@ha
	la 9,table@l(9)
	li 10,-5
	stw 10,124(9)
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl print_str
	li 3,1000
	bl find
	mr 9,3
	mr 4,9
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_int
	li 9,1
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
