	.file	"crash_trap.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	find, @function
find:
.LFB0:
	.cfi_startproc
	lis 10,.LANCHOR0@ha
	mr 6,3
	li 7,63
	li 8,0
	la 10,.LANCHOR0@l(10)
.L6:
	add 3,7,8
	rlwinm 5,3,1,0,29
	srawi. 3,3,1
	lwzx 5,10,5
	beq- 0,.L2
	addi 9,3,-1
	slwi 9,9,2
	lwzx 9,10,9
	cmpw 0,9,5
	ble+ 0,.L2
	trap
.L2:
	cmpw 0,6,5
	beqlr- 0
	ble- 0,.L4
	addi 8,3,1
.L5:
	cmpw 0,7,8
	bge+ 0,.L6
	li 3,-1
	blr
.L4:
	addi 7,3,-1
	b .L5
	.cfi_endproc
.LFE0:
	.size	find,.-find
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"found "
.LC1:
	.string	" at "
.LC2:
	.string	"found"
.LC3:
	.string	"searching the corrupted table\n"
.LC4:
	.string	"find(1000)"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	li 10,64
	li 9,0
	mtctr 10
	stw 0,36(1)
	stmw 26,8(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 30,.LANCHOR0@ha
	la 30,.LANCHOR0@l(30)
.L12:
	addi 10,9,3
	slwi 8,9,2
	mullw 10,10,9
	addi 9,9,1
	stwx 10,8,30
	bdnz .L12
	lis 27,.LC0@ha
	lis 26,.LC1@ha
	li 31,-10
	li 28,0
	la 27,.LC0@l(27)
	la 26,.LC1@l(26)
.L14:
	mr 3,31
	bl find
	mr. 29,3
	blt+ 0,.L13
	mr 3,27
	addi 28,28,1
	bl print_str
	mr 3,31
	bl print_int
	mr 3,26
	bl print_str
	mr 3,29
	bl print_int
	bl print_nl
.L13:
	addi 31,31,7
	cmpwi 0,31,200
	bne+ 0,.L14
	lis 3,.LC2@ha
	mr 4,28
	la 3,.LC2@l(3)
	bl show_int
	lis 3,.LC3@ha
	li 9,-5
	la 3,.LC3@l(3)
	stw 9,124(30)
	bl print_str
	li 3,1000
	bl find
	mr 4,3
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl show_int
	addi 11,1,32
	li 3,1
	b _restgpr_26_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 65
	.cfi_endproc
.LFE1:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	table, @object
	.size	table, 256
table:
	.zero	256
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
