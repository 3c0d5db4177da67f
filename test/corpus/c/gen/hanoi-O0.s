	.file	"hanoi.c"
	.machine "440"
	.section	".text"
	.lcomm	peg,30,1
	.type	peg, @object
	.lcomm	height,12,4
	.type	height, @object
	.lcomm	moves,4,4
	.type	moves, @object
	.lcomm	rec_sig,4,4
	.type	rec_sig, @object
	.section	.rodata
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
	.type	move, @function
move:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lis 9,height@ha
	la 10,height@l(9)
	lwz 9,24(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	addi 10,9,-1
	lis 9,height@ha
	la 8,height@l(9)
	lwz 9,24(31)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lis 9,height@ha
	la 10,height@l(9)
	lwz 9,24(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,peg@ha
	la 8,peg@l(10)
	lwz 10,24(31)
	mulli 10,10,10
	add 10,8,10
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	stw 9,8(31)
	lis 9,height@ha
	la 10,height@l(9)
	lwz 9,28(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	cmpwi 0,9,0
	beq 0,.L2
	lis 9,height@ha
	la 10,height@l(9)
	lwz 9,28(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	addi 9,9,-1
	lis 10,peg@ha
	la 8,peg@l(10)
	lwz 10,28(31)
	mulli 10,10,10
	add 10,8,10
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	lwz 10,8(31)
	cmpw 0,10,9
	ble 0,.L2
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl print_str
	li 3,99
	bl exit
.L2:
	lis 9,height@ha
	la 10,height@l(9)
	lwz 9,28(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	addi 8,9,1
	lis 10,height@ha
	la 7,height@l(10)
	lwz 10,28(31)
	slwi 10,10,2
	add 10,7,10
	stw 8,0(10)
	lwz 10,8(31)
	mr 7,10
	lis 10,peg@ha
	la 8,peg@l(10)
	lwz 10,28(31)
	mulli 10,10,10
	add 10,8,10
	add 9,10,9
	stb 7,0(9)
	lis 9,moves@ha
	lwz 9,moves@l(9)
	addi 10,9,1
	lis 9,moves@ha
	stw 10,moves@l(9)
	lwz 9,24(31)
	mulli 9,9,3
	mr 10,9
	lis 9,rec_sig@ha
	lwz 9,rec_sig@l(9)
	mulli 9,9,7
	add 10,10,9
	lwz 9,28(31)
	add 10,10,9
	lis 9,rec_sig@ha
	stw 10,rec_sig@l(9)
	lis 9,moves@ha
	lwz 9,moves@l(9)
	cmplwi 0,9,7
	bgt 0,.L4
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl print_str
	lwz 3,8(31)
	bl print_int
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl print_str
	lwz 9,24(31)
	addi 9,9,65
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl print_str
	lwz 9,28(31)
	addi 9,9,65
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	bl print_nl
.L4:
	nop
	addi 11,31,48
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
	.size	move,.-move
	.align 2
	.type	hanoi, @function
hanoi:
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
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	stw 6,20(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L8
	lwz 9,8(31)
	addi 9,9,-1
	lwz 6,16(31)
	lwz 5,20(31)
	lwz 4,12(31)
	mr 3,9
	bl hanoi
	lwz 4,16(31)
	lwz 3,12(31)
	bl move
	lwz 9,8(31)
	addi 9,9,-1
	lwz 6,12(31)
	lwz 5,16(31)
	lwz 4,20(31)
	mr 3,9
	bl hanoi
	b .L5
.L8:
	nop
.L5:
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
	.size	hanoi,.-hanoi
	.section	.rodata
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
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L10
.L11:
	lwz 9,8(31)
	subfic 9,9,10
	mr 8,9
	lis 9,peg@ha
	la 10,peg@l(9)
	lwz 9,8(31)
	stbx 8,10,9
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L10:
	lwz 9,8(31)
	cmpwi 0,9,9
	ble 0,.L11
	lis 9,height@ha
	la 9,height@l(9)
	li 10,10
	stw 10,0(9)
	li 6,1
	li 5,2
	li 4,0
	li 3,10
	bl hanoi
	lis 9,moves@ha
	lwz 9,moves@l(9)
	mr 4,9
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_int
	lis 9,height@ha
	la 9,height@l(9)
	lwz 9,8(9)
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	lis 9,rec_sig@ha
	lwz 9,rec_sig@l(9)
	mr 4,9
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_hex
	li 9,0
	stw 9,12(31)
	li 9,1
	stw 9,16(31)
	b .L12
.L17:
	lwz 9,16(31)
	addi 10,9,-1
	lwz 9,16(31)
	and 10,10,9
	lis 9,0xaaaa
	ori 9,9,0xaaab
	mulhwu 9,10,9
	srwi 9,9,1
	mulli 9,9,3
	subf 9,9,10
	stw 9,20(31)
	lwz 9,16(31)
	addi 10,9,-1
	lwz 9,16(31)
	or 9,10,9
	addi 10,9,1
	lis 9,0xaaaa
	ori 9,9,0xaaab
	mulhwu 9,10,9
	srwi 9,9,1
	mulli 9,9,3
	subf 9,9,10
	stw 9,24(31)
	lwz 9,20(31)
	cmpwi 0,9,0
	beq 0,.L13
	lwz 9,20(31)
	subfic 9,9,3
	b .L14
.L13:
	li 9,0
.L14:
	stw 9,20(31)
	lwz 9,24(31)
	cmpwi 0,9,0
	beq 0,.L15
	lwz 9,24(31)
	subfic 9,9,3
	b .L16
.L15:
	li 9,0
.L16:
	stw 9,24(31)
	lwz 9,20(31)
	mulli 9,9,3
	mr 10,9
	lwz 9,12(31)
	mulli 9,9,7
	add 10,10,9
	lwz 9,24(31)
	add 9,10,9
	stw 9,12(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L12:
	lwz 9,16(31)
	cmplwi 0,9,1023
	ble 0,.L17
	lwz 4,12(31)
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_hex
	lis 9,rec_sig@ha
	lwz 9,rec_sig@l(9)
	lwz 10,12(31)
	xor 9,10,9
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	mr 4,9
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_int
	lis 9,height@ha
	la 9,height@l(9)
	lwz 10,8(9)
	lis 9,rec_sig@ha
	lwz 9,rec_sig@l(9)
	lwz 8,12(31)
	cmpw 0,8,9
	bne 0,.L18
	li 9,0
	b .L19
.L18:
	li 9,100
.L19:
	add 9,9,10
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
