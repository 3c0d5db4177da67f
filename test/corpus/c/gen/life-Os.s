	.file	"life.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	population, @function
population:
.LFB2:
	.cfi_startproc
	lis 8,.LANCHOR0@ha
	li 9,0
	li 3,0
	la 8,.LANCHOR0@l(8)
.L4:
	slwi 10,9,2
	lwzx 10,10,8
.L2:
	cmpwi 0,10,0
	bne+ 0,.L3
	addi 9,9,1
	cmpwi 0,9,32
	bne+ 0,.L4
	blr
.L3:
	addi 7,10,-1
	addi 3,3,1
	and 10,10,7
	b .L2
	.cfi_endproc
.LFE2:
	.size	population,.-population
	.align 2
	.type	show, @function
show:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stmw 27,12(1)
	.cfi_offset 65, 4
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 28,.LANCHOR0@ha
	mr 31,3
	mr 29,4
	la 28,.LANCHOR0@l(28)
.L8:
	cmpw 0,31,29
	blt+ 0,.L11
	addi 11,1,32
	b _restgpr_27_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 65
.L11:
	.cfi_restore_state
	slwi 27,31,2
	li 30,31
.L10:
	lwzx 9,27,28
	li 3,46
	srw 9,9,30
	andi. 9,9,0x1
	beq- 0,.L9
	li 3,35
.L9:
	rlwinm 3,3,0,0xff
	addi 30,30,-1
	bl print_char
	cmpwi 0,30,-1
	bne+ 0,.L10
	bl print_nl
	addi 31,31,1
	b .L8
	.cfi_endproc
.LFE3:
	.size	show,.-show
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"gen "
.LC1:
	.string	" pop "
.LC2:
	.string	"history"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB4:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	mflr 0
	lis 9,0x2000
	li 10,-1
	li 4,8
	li 3,0
	stmw 25,52(1)
	.cfi_register 65, 0
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	la 31,.LANCHOR0@l(31)
	stw 0,84(1)
	.cfi_offset 65, 4
	stw 9,4(31)
	lis 9,0x1000
	stw 9,8(31)
	lis 9,0x7000
	stw 9,12(31)
	lis 28,.LC0@ha
	lwz 9,20(31)
	lis 27,.LC1@ha
	li 30,1
	li 29,0
	li 26,10
	la 28,.LC0@l(28)
	ori 9,9,0x1c
	la 27,.LC1@l(27)
	stw 9,20(31)
	lwz 9,60(31)
	rlwimi 9,10,15,15,16
	stw 9,60(31)
	lwz 9,64(31)
	ori 9,9,0xc000
	stw 9,64(31)
	lwz 9,68(31)
	ori 9,9,0x8000
	stw 9,68(31)
	bl show
	bl print_nl
.L17:
	addi 6,31,128
	li 10,0
	mr 25,6
.L19:
	addi 9,10,31
	li 3,8
	rlwinm 9,9,2,25,29
	addi 12,1,4
	lwzx 7,31,9
	slwi 9,10,2
	lwzx 9,31,9
	addi 10,10,1
	rlwinm 8,10,2,25,29
	li 4,0
	lwzx 8,31,8
	rotlwi 5,7,1
	stw 7,12(1)
	rotlwi 7,7,31
	stw 7,16(1)
	rotlwi 7,9,1
	stw 7,20(1)
	rotlwi 7,9,31
	stw 7,24(1)
	rotlwi 7,8,1
	stw 8,32(1)
	rotlwi 8,8,31
	stw 5,8(1)
	mtctr 3
	stw 7,28(1)
	li 5,0
	stw 8,36(1)
	li 7,0
	li 8,8
.L18:
	lwzu 11,4(12)
	addi 8,8,-1
	and 3,11,5
	xor 5,5,11
	and 11,3,7
	xor 7,7,3
	or 4,4,11
	bdnz .L18
	or 9,9,5
	cmpwi 0,10,32
	and 9,9,7
	addi 6,6,4
	andc 9,9,4
	stw 9,-4(6)
	bne+ 0,.L19
	li 9,32
	mtctr 9
.L20:
	lwzx 9,25,8
	stwx 9,31,8
	addi 8,8,4
	bdnz .L20
	divw 9,30,26
	mulli 9,9,10
	cmpw 0,30,9
	bne+ 0,.L21
	mr 3,28
	bl print_str
	mr 3,30
	bl print_int
	mr 3,27
	bl print_str
	bl population
	bl print_int
	bl print_nl
.L21:
	li 10,32
	addi 9,31,-4
	mtctr 10
.L22:
	lwzu 10,4(9)
	rotlwi 29,29,3
	xor 29,29,10
	bdnz .L22
	addi 30,30,1
	cmpwi 0,30,41
	bne+ 0,.L17
	li 4,20
	li 3,12
	bl show
	lis 3,.LC2@ha
	mr 4,29
	la 3,.LC2@l(3)
	bl show_hex
	lwz 0,84(1)
	lwz 25,52(1)
	lwz 26,56(1)
	lwz 27,60(1)
	mtlr 0
	.cfi_restore 65
	lwz 28,64(1)
	lwz 29,68(1)
	lwz 30,72(1)
	lwz 31,76(1)
	addi 1,1,80
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_def_cfa_offset 0
	b population
	.cfi_endproc
.LFE4:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	rows, @object
	.size	rows, 128
rows:
	.zero	128
	.type	next, @object
	.size	next, 128
next:
	.zero	128
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
