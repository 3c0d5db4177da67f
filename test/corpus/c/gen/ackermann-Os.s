	.file	"ackermann.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	ack, @function
ack:
.LFB0:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	stmw 30,8(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
.L2:
	lwz 9,.LANCHOR0@l(31)
	cmpwi 0,3,0
	addi 9,9,1
	stw 9,.LANCHOR0@l(31)
	beq- 0,.L7
	cmpwi 0,4,0
	addi 30,3,-1
	beq+ 0,.L5
	addi 4,4,-1
	bl ack
	mr 4,3
	b .L4
.L5:
	li 4,1
.L4:
	mr 3,30
	b .L2
.L7:
	addi 11,1,16
	addi 3,4,1
	b _restgpr_30_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 65
	.cfi_endproc
.LFE0:
	.size	ack,.-ack
	.align 2
	.type	mc91, @function
mc91:
.LFB1:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
.L11:
	lwz 9,.LANCHOR0@l(31)
	cmpwi 0,3,100
	addi 9,9,1
	stw 9,.LANCHOR0@l(31)
	bgt- 0,.L13
	addi 3,3,11
	bl mc91
	b .L11
.L13:
	addi 11,1,16
	addi 3,3,-10
	b _restgpr_31_x
	.cfi_restore 31
	.cfi_restore 65
	.cfi_endproc
.LFE1:
	.size	mc91,.-mc91
	.align 2
	.type	tak, @function
tak:
.LFB2:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stmw 26,8(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 30,3
	mr 29,4
	mr 31,5
	lis 26,.LANCHOR0@ha
.L17:
	lwz 9,.LANCHOR0@l(26)
	cmpw 0,29,30
	addi 9,9,1
	stw 9,.LANCHOR0@l(26)
	bge- 0,.L15
	mr 5,31
	mr 4,29
	addi 3,30,-1
	bl tak
	mr 5,30
	mr 4,31
	mr 28,3
	addi 3,29,-1
	bl tak
	mr 5,29
	mr 27,3
	mr 4,30
	addi 3,31,-1
	mr 29,27
	bl tak
	mr 30,28
	mr 31,3
	b .L17
.L15:
	addi 11,1,32
	mr 3,31
	b _restgpr_26_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 65
	.cfi_endproc
.LFE2:
	.size	tak,.-tak
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"ack("
.LC1:
	.string	")="
.LC2:
	.string	" calls="
.LC3:
	.string	"mc91 sum"
.LC4:
	.string	"mc91 calls"
.LC5:
	.string	"tak(12,8,4)"
.LC6:
	.string	"tak calls"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB3:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stmw 22,8(1)
	.cfi_offset 65, 4
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 26,.LC0@ha
	lis 25,.LC1@ha
	lis 24,.LC2@ha
	li 29,0
	li 27,0
	lis 31,.LANCHOR0@ha
	li 22,0
	la 26,.LC0@l(26)
	la 25,.LC1@l(25)
	la 24,.LC2@l(24)
.L20:
	li 30,0
	la 23,.LANCHOR0@l(31)
.L21:
	mr 4,30
	mr 3,29
	stw 22,0(23)
	bl ack
	mr 28,3
	mr 3,26
	bl print_str
	mr 3,29
	bl print_uint
	li 3,44
	bl print_char
	mr 3,30
	bl print_uint
	mr 3,25
	bl print_str
	mr 3,28
	bl print_uint
	mr 3,24
	bl print_str
	lwz 3,0(23)
	addi 30,30,1
	add 27,27,28
	bl print_uint
	bl print_nl
	cmplwi 0,30,5
	bne+ 0,.L21
	addi 29,29,1
	cmplwi 0,29,4
	bne+ 0,.L20
	li 9,0
	li 30,0
	stw 9,.LANCHOR0@l(31)
	li 29,0
.L23:
	mr 3,30
	addi 30,30,7
	bl mc91
	cmpwi 0,30,126
	add 29,29,3
	bne+ 0,.L23
	lis 3,.LC3@ha
	mr 4,29
	la 3,.LC3@l(3)
	bl show_int
	lwz 4,.LANCHOR0@l(31)
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl show_int
	li 9,0
	li 5,4
	li 4,8
	li 3,12
	stw 9,.LANCHOR0@l(31)
	bl tak
	mr 4,3
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
	lwz 4,.LANCHOR0@l(31)
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl show_int
	addi 11,1,48
	rlwinm 3,27,0,0xff
	b _restgpr_22_x
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
	.cfi_restore 65
	.cfi_endproc
.LFE3:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	calls, @object
	.size	calls, 4
calls:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
