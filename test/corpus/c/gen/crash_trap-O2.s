	.file	"crash_trap.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	find, @function
find:
.LFB0:
	.cfi_startproc
	lis 6,.LANCHOR0@ha
	mr 5,3
	la 6,.LANCHOR0@l(6)
	li 8,63
	li 10,0
	b .L6
.L14:
	addi 10,3,1
	cmpw 0,8,10
	blt- 0,.L12
.L6:
	add 9,8,10
	srawi. 3,9,1
	rlwinm 9,9,1,0,29
	lwzx 9,6,9
	beq- 0,.L2
	addi 7,3,-1
	slwi 7,7,2
	lwzx 7,6,7
	cmpw 0,7,9
	bgt- 0,.L13
.L2:
	cmpw 0,5,9
	beqlr- 0
	bgt- 0,.L14
	addi 8,3,-1
	cmpw 0,8,10
	bge+ 0,.L6
.L12:
	li 3,-1
	blr
.L13:
	trap
	.cfi_endproc
.LFE0:
	.size	find,.-find
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	li 8,32
	li 10,0
	li 9,0
	mtctr 8
	stw 29,20(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	lis 29,.LANCHOR0@ha
	stw 0,36(1)
	la 29,.LANCHOR0@l(29)
	stw 26,8(1)
	addi 4,29,-4
	stw 27,12(1)
	stw 28,16(1)
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 30, -8
	.cfi_offset 31, -4
.L16:
	addi 5,9,1
	mullw 7,9,9
	mullw 8,5,5
	addi 6,10,3
	addi 9,5,1
	addi 4,4,8
	add 7,7,10
	addi 10,10,6
	add 8,8,6
	stw 7,-4(4)
	stw 8,0(4)
	bdnz .L16
	lis 28,.LC0@ha
	lis 26,.LC1@ha
	la 28,.LC0@l(28)
	la 26,.LC1@l(26)
	li 31,-10
	li 27,0
.L18:
	mr 3,31
	bl find
	mr 30,3
	mr 3,28
	cmpwi 0,30,0
	blt+ 0,.L17
	bl print_str
	mr 3,31
	bl print_int
	mr 3,26
	bl print_str
	mr 3,30
	addi 27,27,1
	bl print_int
	bl print_nl
.L17:
	addi 31,31,7
	cmpwi 0,31,200
	bne+ 0,.L18
	lis 3,.LC2@ha
	mr 4,27
	la 3,.LC2@l(3)
	bl show_int
	lis 3,.LC3@ha
	li 9,-5
	la 3,.LC3@l(3)
	stw 9,124(29)
	bl print_str
	li 3,1000
	bl find
	mr 4,3
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl show_int
	lwz 0,36(1)
	lwz 26,8(1)
	li 3,1
	lwz 27,12(1)
	lwz 28,16(1)
	mtlr 0
	.cfi_restore 65
	lwz 29,20(1)
	lwz 30,24(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_def_cfa_offset 0
	blr
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
