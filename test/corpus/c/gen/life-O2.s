	.file	"life.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	show, @function
show:
.LFB3:
	.cfi_startproc
	cmpw 0,3,4
	bgelr- 0
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	slwi 3,3,2
	slwi 4,4,2
	stw 29,20(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	lis 29,.LANCHOR0@ha
	stw 0,36(1)
	la 29,.LANCHOR0@l(29)
	stw 31,28(1)
	stw 30,24(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	.cfi_offset 30, -8
	add 30,29,3
	add 29,29,4
.L3:
	li 31,31
.L5:
	lwz 9,0(30)
	li 3,46
	srw 9,9,31
	addi 31,31,-1
	andi. 9,9,0x1
	beq- 0,.L4
	li 3,35
.L4:
	rlwinm 3,3,0,0xff
	bl print_char
	cmpwi 0,31,-1
	bne+ 0,.L5
	addi 30,30,4
	bl print_nl
	cmplw 0,30,29
	bne+ 0,.L3
	lwz 0,36(1)
	lwz 29,20(1)
	lwz 30,24(1)
	lwz 31,28(1)
	mtlr 0
	.cfi_restore 65
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE3:
	.size	show,.-show
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"gen "
	.align 2
.LC1:
	.string	" pop "
	.align 2
.LC2:
	.string	"history"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB4:
	.cfi_startproc
	stwu 1,-112(1)
	.cfi_def_cfa_offset 112
	li 3,-1
	mflr 0
	lis 11,0x2000
	lis 5,0x1000
	lis 6,0x7000
	stw 28,96(1)
	.cfi_register 65, 0
	.cfi_offset 28, -16
	lis 28,.LANCHOR0@ha
	la 28,.LANCHOR0@l(28)
	stw 17,52(1)
	lwz 7,20(28)
	li 4,8
	lwz 8,60(28)
	.cfi_offset 17, -60
	lis 17,.LC0@ha
	lwz 10,64(28)
	la 17,.LC0@l(17)
	lwz 9,68(28)
	ori 7,7,0x1c
	stw 18,56(1)
	rlwimi 8,3,15,15,16
	stw 31,108(1)
	ori 10,10,0xc000
	ori 9,9,0x8000
	li 3,0
	.cfi_offset 18, -56
	.cfi_offset 31, -4
	lis 31,0xcccc
	lis 18,.LC1@ha
	stw 0,116(1)
	ori 31,31,0xcccd
	stw 24,80(1)
	la 18,.LC1@l(18)
	stw 26,88(1)
	.cfi_offset 65, 4
	.cfi_offset 24, -32
	.cfi_offset 26, -24
	addi 24,28,-4
	stw 27,92(1)
	li 26,1
	stw 29,100(1)
	.cfi_offset 27, -20
	.cfi_offset 29, -12
	addi 27,28,124
	stw 30,104(1)
	li 29,0
	stw 19,60(1)
	.cfi_offset 30, -8
	.cfi_offset 19, -52
	addi 30,28,252
	stw 20,64(1)
	stw 21,68(1)
	stw 22,72(1)
	stw 23,76(1)
	stw 25,84(1)
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 25, -28
	stw 11,4(28)
	stw 5,8(28)
	stw 6,12(28)
	stw 7,20(28)
	stw 8,60(28)
	stw 10,64(28)
	stw 9,68(28)
	bl show
	bl print_nl
.L15:
	addi 21,28,124
	mr 25,24
	mr 22,21
	mr 23,24
	li 12,0
.L17:
	addi 9,12,31
	addi 12,12,1
	rlwinm 9,9,2,25,29
	rlwinm 10,12,2,25,29
	lwzx 8,28,9
	addi 7,1,4
	lwzx 9,28,10
	li 0,0
	lwzu 11,4(23)
	li 10,0
	rotlwi 20,8,31
	rotlwi 19,8,1
	rotlwi 3,9,1
	rotlwi 4,9,31
	rotlwi 5,11,1
	rotlwi 6,11,31
	stw 20,16(1)
	stw 9,32(1)
	stw 3,28(1)
	stw 4,36(1)
	stw 5,20(1)
	stw 6,24(1)
	stw 19,8(1)
	li 19,4
	stw 8,12(1)
	mtctr 19
	li 8,0
.L16:
	lwz 9,4(7)
	addi 7,7,8
	lwz 4,0(7)
	xor 3,8,9
	and 9,9,8
	xor 5,10,9
	and 6,4,3
	and 9,9,10
	and 10,6,5
	or 0,0,9
	xor 8,3,4
	or 0,0,10
	xor 10,5,6
	bdnz .L16
	or 11,11,8
	cmpwi 0,12,32
	and 11,11,10
	andc 11,11,0
	stwu 11,4(22)
	bne+ 0,.L17
	subf 10,21,30
	mr 9,24
	addi 10,10,-4
	srwi 10,10,2
	addi 10,10,1
	andi. 8,10,0x3
	beq- 0,.L48
	cmpwi 0,8,1
	beq- 0,.L53
	cmpwi 0,8,2
	beq- 0,.L54
	lwzu 8,4(21)
	addi 9,24,4
	stw 8,4(24)
.L54:
	lwzu 8,4(21)
	stwu 8,4(9)
.L53:
	lwzu 8,4(21)
	cmplw 0,21,30
	stwu 8,4(9)
	beq- 0,.L61
.L48:
	srwi 10,10,2
	mtctr 10
.L18:
	lwz 6,4(21)
	lwz 7,8(21)
	lwz 8,12(21)
	lwzu 10,16(21)
	stw 6,4(9)
	stw 7,8(9)
	stw 8,12(9)
	stwu 10,16(9)
	bdnz .L18
.L61:
	mulhwu 23,26,31
	srwi 23,23,3
	mulli 23,23,10
	subf. 23,23,26
	beq- 0,.L66
.L19:
	li 10,8
	mr 9,24
	mtctr 10
.L23:
	lwz 10,4(9)
	rotlwi 29,29,3
	lwz 7,8(9)
	lwz 8,12(9)
	xor 29,29,10
	lwzu 10,16(9)
	rotlwi 29,29,3
	xor 29,29,7
	rotlwi 29,29,3
	xor 29,29,8
	rotlwi 29,29,3
	xor 29,29,10
	bdnz .L23
	addi 26,26,1
	cmpwi 0,26,41
	bne+ 0,.L15
	li 4,20
	li 3,12
	bl show
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	mr 4,29
	bl show_hex
	li 3,0
.L27:
	lwzu 9,4(25)
	cmpwi 0,9,0
	beq- 0,.L25
.L26:
	addi 10,9,-1
	addi 3,3,1
	and. 9,9,10
	bne+ 0,.L26
.L25:
	cmplw 0,27,25
	bne+ 0,.L27
	lwz 0,116(1)
	lwz 17,52(1)
	lwz 18,56(1)
	lwz 19,60(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 20,64(1)
	lwz 21,68(1)
	lwz 22,72(1)
	lwz 23,76(1)
	lwz 24,80(1)
	lwz 25,84(1)
	lwz 26,88(1)
	lwz 27,92(1)
	lwz 28,96(1)
	lwz 29,100(1)
	lwz 30,104(1)
	lwz 31,108(1)
	addi 1,1,112
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 22
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 19
	.cfi_restore 18
	.cfi_restore 17
	.cfi_def_cfa_offset 0
	blr
.L66:
	.cfi_restore_state
	mr 3,17
	bl print_str
	mr 3,26
	bl print_int
	mr 3,18
	bl print_str
	mr 8,24
.L22:
	lwzu 9,4(8)
	cmpwi 0,9,0
	beq- 0,.L20
.L21:
	addi 10,9,-1
	addi 23,23,1
	and. 9,9,10
	bne+ 0,.L21
.L20:
	cmplw 0,8,27
	bne+ 0,.L22
	mr 3,23
	bl print_int
	bl print_nl
	b .L19
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
