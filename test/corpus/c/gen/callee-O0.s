	.file	"callee.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	scramble, @function
scramble:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	srwi 9,9,15
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	lwz 10,8(31)
	lis 9,0x2c1b
	ori 9,9,0x3c6d
	mullw 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 9,9,12
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	scramble,.-scramble
	.align 2
	.type	many, @function
many:
.LFB1:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	stw 0,100(1)
	stw 31,92(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,72(31)
	stw 4,76(31)
	stw 5,80(31)
	stw 6,84(31)
	lwz 3,72(31)
	bl scramble
	stw 3,8(31)
	lwz 3,76(31)
	bl scramble
	stw 3,12(31)
	lwz 3,80(31)
	bl scramble
	stw 3,16(31)
	lwz 3,84(31)
	bl scramble
	stw 3,20(31)
	lwz 10,8(31)
	lwz 9,12(31)
	xor 9,10,9
	mr 3,9
	bl scramble
	stw 3,24(31)
	lwz 10,16(31)
	lwz 9,20(31)
	add 9,10,9
	mr 3,9
	bl scramble
	stw 3,28(31)
	lwz 10,24(31)
	lwz 9,28(31)
	subf 9,9,10
	mr 3,9
	bl scramble
	stw 3,32(31)
	lwz 9,32(31)
	ori 9,9,0x1
	mr 3,9
	bl scramble
	stw 3,36(31)
	lwz 10,36(31)
	lwz 9,72(31)
	add 9,10,9
	mr 3,9
	bl scramble
	stw 3,40(31)
	lwz 10,40(31)
	lwz 9,76(31)
	xor 9,10,9
	mr 3,9
	bl scramble
	stw 3,44(31)
	lwz 10,44(31)
	lwz 9,80(31)
	add 9,10,9
	mr 3,9
	bl scramble
	stw 3,48(31)
	lwz 10,48(31)
	lwz 9,84(31)
	xor 9,10,9
	mr 3,9
	bl scramble
	stw 3,52(31)
	lwz 3,52(31)
	bl scramble
	stw 3,56(31)
	lwz 10,56(31)
	lwz 9,8(31)
	add 9,10,9
	mr 3,9
	bl scramble
	stw 3,60(31)
	lwz 10,60(31)
	lwz 9,12(31)
	add 9,10,9
	mr 3,9
	bl scramble
	stw 3,64(31)
	lwz 10,64(31)
	lwz 9,16(31)
	add 9,10,9
	mr 3,9
	bl scramble
	stw 3,68(31)
	lwz 9,12(31)
	mulli 10,9,3
	lwz 9,16(31)
	mulli 9,9,5
	add 10,10,9
	lwz 9,8(31)
	add 10,10,9
	lwz 9,24(31)
	mulli 8,9,11
	lwz 9,20(31)
	mulli 9,9,7
	add 9,8,9
	add 10,10,9
	lwz 9,32(31)
	mulli 8,9,17
	lwz 9,28(31)
	mulli 9,9,13
	add 9,8,9
	add 10,10,9
	lwz 9,40(31)
	mulli 8,9,23
	lwz 9,36(31)
	mulli 9,9,19
	add 9,8,9
	add 10,10,9
	lwz 9,48(31)
	mulli 8,9,31
	lwz 9,44(31)
	mulli 9,9,29
	add 9,8,9
	add 10,10,9
	lwz 9,56(31)
	mulli 8,9,41
	lwz 9,52(31)
	mulli 9,9,37
	add 9,8,9
	add 10,10,9
	lwz 9,64(31)
	mulli 8,9,47
	lwz 9,60(31)
	mulli 9,9,43
	add 9,8,9
	add 10,10,9
	lwz 9,68(31)
	mulli 9,9,53
	add 9,10,9
	mr 3,9
	addi 11,31,96
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
	.size	many,.-many
	.align 2
	.type	flags, @function
flags:
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
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 10,24(31)
	lwz 9,28(31)
	srwi 7,9,31
	srawi 8,10,31
	subfc 9,9,10
	adde 9,7,8
	xori 9,9,0x1
	rlwinm 9,9,0,0xff
	stw 9,12(31)
	lwz 9,28(31)
	lwz 10,32(31)
	srwi 7,9,31
	srawi 8,10,31
	subfc 9,9,10
	adde 9,7,8
	xori 9,9,0x1
	rlwinm 9,9,0,0xff
	stw 9,16(31)
	lwz 10,24(31)
	lwz 9,32(31)
	xor 9,10,9
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	stw 9,20(31)
	lwz 9,24(31)
	mr 3,9
	bl scramble
	stw 3,8(31)
	lwz 9,12(31)
	cmpwi 0,9,0
	beq 0,.L6
	lwz 9,8(31)
	addi 9,9,1
	mr 3,9
	bl scramble
	stw 3,8(31)
.L6:
	lwz 9,16(31)
	cmpwi 0,9,0
	beq 0,.L7
	lwz 9,8(31)
	addi 9,9,2
	mr 3,9
	bl scramble
	stw 3,8(31)
.L7:
	lwz 9,20(31)
	cmpwi 0,9,0
	beq 0,.L8
	lwz 9,8(31)
	addi 9,9,3
	mr 3,9
	bl scramble
	stw 3,8(31)
.L8:
	lwz 9,12(31)
	cmpwi 0,9,0
	beq 0,.L9
	lwz 9,16(31)
	cmpwi 0,9,0
	beq 0,.L9
	lwz 9,8(31)
	xori 9,9,0x1000
	stw 9,8(31)
.L9:
	lwz 9,20(31)
	cmpwi 0,9,0
	bne 0,.L10
	lwz 9,16(31)
	cmpwi 0,9,0
	beq 0,.L11
.L10:
	lwz 9,8(31)
	xori 9,9,0x2000
	stw 9,8(31)
.L11:
	lwz 9,8(31)
	rlwinm 9,9,0,1,31
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
	.size	flags,.-flags
	.align 2
	.type	depth_sum, @function
depth_sum:
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
	stw 3,24(31)
	stw 4,28(31)
	lwz 9,24(31)
	cmpwi 0,9,0
	bne 0,.L14
	lwz 9,28(31)
	rlwinm 9,9,0,16,31
	b .L15
.L14:
	lwz 3,28(31)
	bl scramble
	stw 3,8(31)
	lwz 3,8(31)
	bl scramble
	stw 3,12(31)
	lwz 3,12(31)
	bl scramble
	stw 3,16(31)
	lwz 9,24(31)
	addi 8,9,-1
	lwz 10,8(31)
	lwz 9,12(31)
	xor 10,10,9
	lwz 9,16(31)
	xor 9,10,9
	mr 4,9
	mr 3,8
	bl depth_sum
	stw 3,20(31)
	lwz 10,8(31)
	lwz 9,12(31)
	add 10,10,9
	lwz 9,16(31)
	add 9,10,9
	rlwinm 10,9,0,28,31
	lwz 9,20(31)
	add 9,10,9
.L15:
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
	.size	depth_sum,.-depth_sum
	.section	.rodata
	.align 2
.LC0:
	.string	"many"
	.align 2
.LC1:
	.string	"flags"
	.align 2
.LC2:
	.string	"depth"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB4:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 30,40(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L17
.L18:
	lwz 9,8(31)
	mulli 30,9,3
	lwz 9,12(31)
	mulli 10,9,7
	lwz 9,12(31)
	mulli 8,9,13
	lwz 9,12(31)
	not 9,9
	mr 6,9
	mr 5,8
	mr 4,10
	lwz 3,12(31)
	bl many
	mr 9,3
	add 9,30,9
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L17:
	lwz 9,12(31)
	cmplwi 0,9,39
	ble 0,.L18
	lwz 4,8(31)
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_hex
	li 9,0
	stw 9,16(31)
	li 9,-3
	stw 9,20(31)
	b .L19
.L24:
	li 9,-3
	stw 9,24(31)
	b .L20
.L23:
	li 9,-3
	stw 9,28(31)
	b .L21
.L22:
	lwz 5,28(31)
	lwz 4,24(31)
	lwz 3,20(31)
	bl flags
	mr 10,3
	lwz 9,20(31)
	mulli 9,9,49
	add 10,10,9
	lwz 9,24(31)
	mulli 9,9,7
	add 10,10,9
	lwz 9,28(31)
	add 9,10,9
	lwz 10,16(31)
	xor 9,10,9
	stw 9,16(31)
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L21:
	lwz 9,28(31)
	cmpwi 0,9,3
	ble 0,.L22
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L20:
	lwz 9,24(31)
	cmpwi 0,9,3
	ble 0,.L23
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L19:
	lwz 9,20(31)
	cmpwi 0,9,3
	ble 0,.L24
	lwz 9,16(31)
	mr 4,9
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_hex
	li 4,12345
	li 3,60
	bl depth_sum
	stw 3,32(31)
	lwz 4,32(31)
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_int
	lwz 9,8(31)
	rlwinm 9,9,0,26,31
	addi 9,9,64
	mr 3,9
	addi 11,31,48
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
.LFE4:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
