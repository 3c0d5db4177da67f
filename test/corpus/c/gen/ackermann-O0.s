	.file	"ackermann.c"
	.machine "440"
	.section	".text"
	.lcomm	calls,4,4
	.type	calls, @object
	.align 2
	.type	ack, @function
ack:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 30,24(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lis 9,calls@ha
	lwz 9,calls@l(9)
	addi 10,9,1
	lis 9,calls@ha
	stw 10,calls@l(9)
	lwz 9,8(31)
	cmpwi 0,9,0
	bne 0,.L2
	lwz 9,12(31)
	addi 9,9,1
	b .L3
.L2:
	lwz 9,12(31)
	cmpwi 0,9,0
	bne 0,.L4
	lwz 9,8(31)
	addi 9,9,-1
	li 4,1
	mr 3,9
	bl ack
	mr 9,3
	b .L3
.L4:
	lwz 9,8(31)
	addi 30,9,-1
	lwz 9,12(31)
	addi 9,9,-1
	mr 4,9
	lwz 3,8(31)
	bl ack
	mr 9,3
	mr 4,9
	mr 3,30
	bl ack
	mr 9,3
.L3:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	ack,.-ack
	.align 2
	.type	mc91, @function
mc91:
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
	lis 9,calls@ha
	lwz 9,calls@l(9)
	addi 10,9,1
	lis 9,calls@ha
	stw 10,calls@l(9)
	lwz 9,8(31)
	cmpwi 0,9,100
	ble 0,.L6
	lwz 9,8(31)
	addi 9,9,-10
	b .L8
.L6:
	lwz 9,8(31)
	addi 9,9,11
	mr 3,9
	bl mc91
	mr 9,3
	mr 3,9
	bl mc91
	mr 9,3
.L8:
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
	.size	mc91,.-mc91
	.align 2
	.type	tak, @function
tak:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 29,36(1)
	stw 30,40(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	lis 9,calls@ha
	lwz 9,calls@l(9)
	addi 10,9,1
	lis 9,calls@ha
	stw 10,calls@l(9)
	lwz 10,12(31)
	lwz 9,8(31)
	cmpw 0,10,9
	bge 0,.L10
	lwz 9,8(31)
	addi 9,9,-1
	lwz 5,16(31)
	lwz 4,12(31)
	mr 3,9
	bl tak
	mr 30,3
	lwz 9,12(31)
	addi 9,9,-1
	lwz 5,8(31)
	lwz 4,16(31)
	mr 3,9
	bl tak
	mr 29,3
	lwz 9,16(31)
	addi 9,9,-1
	lwz 5,12(31)
	lwz 4,8(31)
	mr 3,9
	bl tak
	mr 9,3
	mr 5,9
	mr 4,29
	mr 3,30
	bl tak
	mr 9,3
	b .L11
.L10:
	lwz 9,16(31)
.L11:
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 29,-12(11)
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	tak,.-tak
	.section	.rodata
	.align 2
.LC0:
	.string	"ack("
	.align 2
.LC1:
	.string	")="
	.align 2
.LC2:
	.string	" calls="
	.align 2
.LC3:
	.string	"mc91 sum"
	.align 2
.LC4:
	.string	"mc91 calls"
	.align 2
.LC5:
	.string	"tak(12,8,4)"
	.align 2
.LC6:
	.string	"tak calls"
	.section	".text"
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
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L13
.L16:
	li 9,0
	stw 9,16(31)
	b .L14
.L15:
	lis 9,calls@ha
	li 10,0
	stw 10,calls@l(9)
	lwz 4,16(31)
	lwz 3,12(31)
	bl ack
	stw 3,28(31)
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl print_str
	lwz 3,12(31)
	bl print_uint
	li 3,44
	bl print_char
	lwz 3,16(31)
	bl print_uint
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl print_str
	lwz 3,28(31)
	bl print_uint
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl print_str
	lis 9,calls@ha
	lwz 9,calls@l(9)
	mr 3,9
	bl print_uint
	bl print_nl
	lwz 10,8(31)
	lwz 9,28(31)
	add 9,10,9
	stw 9,8(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L14:
	lwz 9,16(31)
	cmplwi 0,9,4
	ble 0,.L15
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L13:
	lwz 9,12(31)
	cmplwi 0,9,3
	ble 0,.L16
	lis 9,calls@ha
	li 10,0
	stw 10,calls@l(9)
	li 9,0
	stw 9,20(31)
	li 9,0
	stw 9,24(31)
	b .L17
.L18:
	lwz 3,24(31)
	bl mc91
	mr 10,3
	lwz 9,20(31)
	add 9,9,10
	stw 9,20(31)
	lwz 9,24(31)
	addi 9,9,7
	stw 9,24(31)
.L17:
	lwz 9,24(31)
	cmpwi 0,9,119
	ble 0,.L18
	lwz 4,20(31)
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_int
	lis 9,calls@ha
	lwz 9,calls@l(9)
	mr 4,9
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_int
	lis 9,calls@ha
	li 10,0
	stw 10,calls@l(9)
	li 5,4
	li 4,8
	li 3,12
	bl tak
	mr 9,3
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	lis 9,calls@ha
	lwz 9,calls@l(9)
	mr 4,9
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_int
	lwz 9,8(31)
	rlwinm 9,9,0,24,31
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
.LFE3:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
