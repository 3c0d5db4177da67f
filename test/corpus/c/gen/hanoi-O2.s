	.file	"hanoi.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"illegal move\n"
	.align 2
.LC1:
	.string	"move disk "
	.align 2
.LC2:
	.string	" from "
	.align 2
.LC3:
	.string	" to "
	.section	".text"
	.align 2
	.type	hanoi, @function
hanoi:
.LFB1:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	stw 21,20(1)
	.cfi_offset 21, -44
	mr. 21,3
	beq- 0,.L1
	mflr 0
	.cfi_register 65, 0
	stw 29,52(1)
	.cfi_offset 29, -12
	stw 31,60(1)
	.cfi_offset 31, -4
	mulli 29,5,10
	lis 31,.LANCHOR0@ha
	stw 0,68(1)
	.cfi_offset 65, 4
	stw 26,40(1)
	.cfi_offset 26, -24
	la 31,.LANCHOR0@l(31)
	stw 23,28(1)
	.cfi_offset 23, -36
	lis 23,.LC1@ha
	stw 24,32(1)
	.cfi_offset 24, -32
	lis 24,.LC2@ha
	stw 25,36(1)
	.cfi_offset 25, -28
	lis 25,.LC3@ha
	stw 27,44(1)
	.cfi_offset 27, -20
	addi 27,5,65
	stw 20,16(1)
	.cfi_offset 20, -48
	add 29,31,29
	stw 22,24(1)
	.cfi_offset 22, -40
	mr 20,5
	stw 28,48(1)
	.cfi_offset 28, -16
	mr 22,6
	stw 30,56(1)
	.cfi_offset 30, -8
	la 23,.LC1@l(23)
	mr 30,4
	la 24,.LC2@l(24)
	la 25,.LC3@l(25)
	rlwinm 27,27,0,0xff
	slwi 28,5,2
.L3:
	addi 21,21,-1
	mr 5,22
	mr 6,20
	mr 3,21
	mr 4,30
	bl hanoi
	slwi 8,30,2
	lwzx 10,31,8
	mulli 9,30,10
	add 9,31,9
	addi 10,10,-1
	stwx 10,31,8
	add 9,9,10
	lbz 5,12(9)
	lwzx 10,31,28
	rlwinm 26,5,0,0xff
	cmpwi 0,10,0
	bne- 0,.L16
.L4:
	lwz 9,48(31)
	mulli 7,30,3
	lwz 8,44(31)
	addi 6,10,1
	add 10,29,10
	stwx 6,31,28
	mulli 9,9,7
	stb 5,12(10)
	addi 8,8,1
	add 9,9,20
	cmplwi 0,8,7
	add 9,9,7
	stw 8,44(31)
	stw 9,48(31)
	ble- 0,.L17
	cmpwi 0,21,0
	mr 9,22
	mr 22,30
	beq- 0,.L14
.L18:
	mr 30,9
	b .L3
.L16:
	add 9,29,10
	lbz 9,11(9)
	cmplw 0,26,9
	ble+ 0,.L4
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	bl print_str
	li 3,99
	bl exit
.L17:
	mr 3,23
	bl print_str
	mr 3,26
	bl print_int
	mr 3,24
	bl print_str
	addi 3,30,65
	rlwinm 3,3,0,0xff
	bl print_char
	mr 3,25
	bl print_str
	mr 3,27
	bl print_char
	bl print_nl
	mr 9,22
	cmpwi 0,21,0
	mr 22,30
	bne+ 0,.L18
.L14:
	lwz 0,68(1)
	lwz 20,16(1)
	.cfi_restore 20
	lwz 22,24(1)
	.cfi_restore 22
	lwz 23,28(1)
	.cfi_restore 23
	mtlr 0
	.cfi_restore 65
	lwz 24,32(1)
	.cfi_restore 24
	lwz 25,36(1)
	.cfi_restore 25
	lwz 26,40(1)
	.cfi_restore 26
	lwz 27,44(1)
	.cfi_restore 27
	lwz 28,48(1)
	.cfi_restore 28
	lwz 29,52(1)
	.cfi_restore 29
	lwz 30,56(1)
	.cfi_restore 30
	lwz 31,60(1)
	.cfi_restore 31
.L1:
	lwz 21,20(1)
	addi 1,1,64
	.cfi_restore 21
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE1:
	.size	hanoi,.-hanoi
	.section	.rodata.str1.4
	.align 2
.LC4:
	.string	"moves"
	.align 2
.LC5:
	.string	"on C"
	.align 2
.LC6:
	.string	"recursive signature"
	.align 2
.LC7:
	.string	"iterative signature"
	.align 2
.LC8:
	.string	"agree"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB2:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	lis 8,.LANCHOR0@ha
	lis 10,0xa09
	lis 9,0x605
	ori 9,9,0x403
	li 7,513
	stw 30,8(1)
	mflr 0
	.cfi_offset 30, -8
	.cfi_register 65, 0
	la 30,.LANCHOR0@l(8)
	li 11,10
	ori 10,10,0x807
	li 5,2
	li 6,1
	li 4,0
	li 3,10
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	li 31,0
	stw 9,16(30)
	sth 7,20(30)
	stw 11,.LANCHOR0@l(8)
	stw 10,12(30)
	bl hanoi
	lwz 4,44(30)
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl show_int
	lwz 4,8(30)
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
	lwz 4,48(30)
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl show_hex
	lis 5,0xaaaa
	li 9,1023
	ori 5,5,0xaaab
	li 7,1
	mtctr 9
.L22:
	addi 8,7,-1
	mulli 31,31,7
	and 6,8,7
	or 8,8,7
	addi 8,8,1
	mulhwu 9,6,5
	mulhwu 10,8,5
	addi 7,7,1
	srwi 9,9,1
	mulli 9,9,3
	srwi 10,10,1
	mulli 10,10,3
	subf. 9,9,6
	subf 10,10,8
	cmpwi 7,10,0
	subfic 8,9,3
	beq- 0,.L20
	mulli 9,8,3
.L20:
	beq- 7,.L21
	subfic 10,10,3
.L21:
	add 9,9,10
	add 31,9,31
	bdnz .L22
	lis 3,.LC7@ha
	mr 4,31
	la 3,.LC7@l(3)
	bl show_hex
	lwz 9,48(30)
	lis 3,.LC8@ha
	la 3,.LC8@l(3)
	xor 9,9,31
	cntlzw 4,9
	srwi 4,4,5
	bl show_int
	lwz 9,48(30)
	lwz 3,8(30)
	lwz 0,20(1)
	xor 9,9,31
	lwz 30,8(1)
	subfic 9,9,0
	lwz 31,12(1)
	subfe 9,9,9
	mtlr 0
	.cfi_restore 65
	andi. 9,9,0x64
	addi 1,1,16
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	add 3,3,9
	blr
	.cfi_endproc
.LFE2:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	height, @object
	.size	height, 12
height:
	.zero	12
	.type	peg, @object
	.size	peg, 30
peg:
	.zero	30
	.zero	2
	.type	moves, @object
	.size	moves, 4
moves:
	.zero	4
	.type	rec_sig, @object
	.size	rec_sig, 4
rec_sig:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
