	.file	"hanoi.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"illegal move\n"
.LC1:
	.string	"move disk "
.LC2:
	.string	" from "
.LC3:
	.string	" to "
	.section	".text"
	.align 2
	.type	hanoi, @function
hanoi:
.LFB1:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stmw 23,12(1)
	.cfi_offset 65, 4
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 24,.LC1@ha
	lis 25,.LC2@ha
	lis 26,.LC3@ha
	addi 27,5,65
	mr 29,3
	mr 31,4
	mr 30,5
	mr 28,6
	la 24,.LC1@l(24)
	la 25,.LC2@l(25)
	la 26,.LC3@l(26)
	rlwinm 27,27,0,0xff
.L2:
	cmpwi 0,29,0
	beq- 0,.L9
	addi 29,29,-1
	mr 6,30
	mr 5,28
	mr 4,31
	mr 3,29
	bl hanoi
	lis 9,.LANCHOR0@ha
	la 9,.LANCHOR0@l(9)
	slwi 10,31,2
	lwzx 8,9,10
	slwi 5,30,2
	addi 8,8,-1
	stwx 8,9,10
	mulli 10,31,10
	add 10,9,10
	add 10,10,8
	lwzx 8,9,5
	lbz 6,12(10)
	mulli 10,30,10
	cmpwi 0,8,0
	rlwinm 23,6,0,0xff
	beq- 0,.L4
	add 7,9,10
	add 7,7,8
	lbz 7,11(7)
	cmplw 0,23,7
	ble+ 0,.L4
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	bl print_str
	li 3,99
	bl exit
.L4:
	add 10,9,10
	addi 7,8,1
	add 10,10,8
	lwz 8,44(9)
	stb 6,12(10)
	lwz 10,48(9)
	addi 8,8,1
	stwx 7,9,5
	mulli 7,31,3
	stw 8,44(9)
	mulli 10,10,7
	cmplwi 0,8,7
	add 10,10,30
	add 10,10,7
	stw 10,48(9)
	bgt+ 0,.L5
	mr 3,24
	bl print_str
	mr 3,23
	bl print_int
	mr 3,25
	bl print_str
	addi 3,31,65
	rlwinm 3,3,0,0xff
	bl print_char
	mr 3,26
	bl print_str
	mr 3,27
	bl print_char
	bl print_nl
.L5:
	mr 9,31
	mr 31,28
	mr 28,9
	b .L2
.L9:
	addi 11,1,48
	b _restgpr_23_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 65
	.cfi_endproc
.LFE1:
	.size	hanoi,.-hanoi
	.section	.rodata.str1.1
.LC4:
	.string	"moves"
.LC5:
	.string	"on C"
.LC6:
	.string	"recursive signature"
.LC7:
	.string	"iterative signature"
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
	lis 9,.LANCHOR0@ha
	lis 10,0xa09
	mflr 0
	ori 10,10,0x807
	li 5,2
	stmw 30,8(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	la 31,.LANCHOR0@l(9)
	stw 0,20(1)
	.cfi_offset 65, 4
	li 6,1
	stw 10,12(31)
	lis 10,0x605
	ori 10,10,0x403
	li 4,0
	stw 10,16(31)
	li 10,513
	sth 10,20(31)
	li 3,10
	li 10,10
	li 30,0
	stw 10,.LANCHOR0@l(9)
	bl hanoi
	lwz 4,44(31)
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl show_int
	lwz 4,8(31)
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
	lwz 4,48(31)
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl show_hex
	li 9,1023
	li 7,1
	li 5,3
	mtctr 9
.L14:
	addi 9,7,-1
	and 6,9,7
	or 9,9,7
	divwu 8,6,5
	addi 9,9,1
	divwu 10,9,5
	mulli 8,8,3
	mulli 10,10,3
	subf. 8,8,6
	subf 10,10,9
	li 9,0
	beq- 0,.L12
	subfic 9,8,3
.L12:
	cmpwi 0,10,0
	li 8,0
	beq- 0,.L13
	subfic 8,10,3
.L13:
	mulli 9,9,3
	addi 7,7,1
	mulli 30,30,7
	add 9,9,8
	add 30,9,30
	bdnz .L14
	lis 3,.LC7@ha
	mr 4,30
	la 3,.LC7@l(3)
	bl show_hex
	lwz 4,48(31)
	lis 3,.LC8@ha
	la 3,.LC8@l(3)
	xor 4,4,30
	cntlzw 4,4
	srwi 4,4,5
	bl show_int
	lwz 10,48(31)
	lwz 3,8(31)
	li 9,100
	cmpw 0,10,30
	bne+ 0,.L15
	li 9,0
.L15:
	addi 11,1,16
	add 3,3,9
	b _restgpr_30_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 65
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
