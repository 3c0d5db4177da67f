	.file	"matrix.c"
	.machine "440"
	.section	".text"
	.lcomm	A,576,4
	.type	A, @object
	.lcomm	B,576,4
	.type	B, @object
	.lcomm	C,576,4
	.type	C, @object
	.lcomm	Bt,576,4
	.type	Bt, @object
	.align 2
	.type	matmul, @function
matmul:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	li 9,0
	stw 9,8(31)
	b .L2
.L7:
	li 9,0
	stw 9,12(31)
	b .L3
.L6:
	li 9,0
	stw 9,16(31)
	li 9,0
	stw 9,20(31)
	b .L4
.L5:
	lwz 9,8(31)
	mulli 9,9,48
	lwz 10,28(31)
	add 10,10,9
	lwz 9,20(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,20(31)
	mulli 9,9,48
	lwz 8,32(31)
	add 8,8,9
	lwz 9,12(31)
	slwi 9,9,2
	add 9,8,9
	lwz 9,0(9)
	mullw 9,10,9
	lwz 10,16(31)
	add 9,10,9
	stw 9,16(31)
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L4:
	lwz 9,20(31)
	cmpwi 0,9,11
	ble 0,.L5
	lwz 9,8(31)
	mulli 9,9,48
	lwz 10,24(31)
	add 10,10,9
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,16(31)
	stw 10,0(9)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L3:
	lwz 9,12(31)
	cmpwi 0,9,11
	ble 0,.L6
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L2:
	lwz 9,8(31)
	cmpwi 0,9,11
	ble 0,.L7
	nop
	nop
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	matmul,.-matmul
	.align 2
	.type	digest, @function
digest:
.LFB1:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,0
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L9
.L12:
	li 9,0
	stw 9,16(31)
	b .L10
.L11:
	lwz 9,12(31)
	mulli 9,9,48
	lwz 10,24(31)
	add 10,10,9
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 10,9
	lwz 9,8(31)
	xor 10,10,9
	lis 9,0x100
	ori 9,9,0x193
	mullw 9,10,9
	stw 9,8(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L10:
	lwz 9,16(31)
	cmpwi 0,9,11
	ble 0,.L11
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L9:
	lwz 9,12(31)
	cmpwi 0,9,11
	ble 0,.L12
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	digest,.-digest
	.align 2
	.type	m2mul, @function
m2mul:
.LFB2:
	.cfi_startproc
	stwu 1,-160(1)
	.cfi_def_cfa_offset 160
	stw 14,88(1)
	stw 15,92(1)
	stw 16,96(1)
	stw 17,100(1)
	stw 18,104(1)
	stw 19,108(1)
	stw 20,112(1)
	stw 21,116(1)
	stw 22,120(1)
	stw 23,124(1)
	stw 24,128(1)
	stw 25,132(1)
	stw 26,136(1)
	stw 27,140(1)
	stw 29,148(1)
	stw 30,152(1)
	stw 31,156(1)
	.cfi_offset 14, -72
	.cfi_offset 15, -68
	.cfi_offset 16, -64
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,40(31)
	mr 29,4
	mr 30,5
	lwz 10,0(29)
	lwz 11,4(29)
	lwz 8,0(30)
	lwz 9,4(30)
	mullw 6,10,9
	mullw 7,8,11
	add 7,6,7
	mullw 6,11,9
	mulhwu 9,11,9
	mr 21,6
	mr 20,9
	add 9,7,20
	mr 20,9
	lwz 10,8(29)
	lwz 11,12(29)
	lwz 8,16(30)
	lwz 9,20(30)
	mullw 6,10,9
	mullw 7,8,11
	add 7,6,7
	mullw 6,11,9
	mulhwu 9,11,9
	stw 6,52(31)
	stw 9,48(31)
	lwz 9,48(31)
	add 9,7,9
	stw 9,48(31)
	lwz 9,48(31)
	lwz 10,52(31)
	mr 8,10
	addc 8,21,8
	stw 8,60(31)
	adde 9,20,9
	stw 9,56(31)
	lwz 8,0(29)
	lwz 9,4(29)
	lwz 10,8(30)
	lwz 11,12(30)
	mullw 6,8,11
	mullw 7,10,9
	add 7,6,7
	mullw 6,9,11
	mulhwu 9,9,11
	mr 23,6
	mr 22,9
	add 9,7,22
	mr 22,9
	lwz 8,8(29)
	lwz 9,12(29)
	lwz 10,24(30)
	lwz 11,28(30)
	mullw 6,8,11
	mullw 7,10,9
	add 7,6,7
	mullw 6,9,11
	mulhwu 9,9,11
	mr 15,6
	mr 14,9
	add 9,7,14
	mr 14,9
	addc 9,23,15
	stw 9,68(31)
	adde 9,22,14
	stw 9,64(31)
	lwz 8,16(29)
	lwz 9,20(29)
	lwz 10,0(30)
	lwz 11,4(30)
	mullw 6,8,11
	mullw 7,10,9
	add 7,6,7
	mullw 6,9,11
	mulhwu 9,9,11
	mr 25,6
	mr 24,9
	add 9,7,24
	mr 24,9
	lwz 8,24(29)
	lwz 9,28(29)
	lwz 10,16(30)
	lwz 11,20(30)
	mullw 6,8,11
	mullw 7,10,9
	add 7,6,7
	mullw 6,9,11
	mulhwu 9,9,11
	mr 17,6
	mr 16,9
	add 9,7,16
	mr 16,9
	addc 9,25,17
	stw 9,76(31)
	adde 9,24,16
	stw 9,72(31)
	lwz 8,16(29)
	lwz 9,20(29)
	lwz 10,8(30)
	lwz 11,12(30)
	mullw 6,8,11
	mullw 7,10,9
	add 7,6,7
	mullw 6,9,11
	mulhwu 9,9,11
	mr 27,6
	mr 26,9
	add 9,7,26
	mr 26,9
	lwz 8,24(29)
	lwz 9,28(29)
	lwz 10,24(30)
	lwz 11,28(30)
	mullw 6,8,11
	mullw 7,10,9
	add 7,6,7
	mullw 6,9,11
	mulhwu 9,9,11
	mr 19,6
	mr 18,9
	add 9,7,18
	mr 18,9
	addc 9,27,19
	stw 9,84(31)
	adde 9,26,18
	stw 9,80(31)
	lwz 9,40(31)
	lwz 10,56(31)
	lwz 11,60(31)
	stw 10,0(9)
	stw 11,4(9)
	lwz 9,40(31)
	lwz 10,64(31)
	lwz 11,68(31)
	stw 10,8(9)
	stw 11,12(9)
	lwz 9,40(31)
	lwz 10,72(31)
	lwz 11,76(31)
	stw 10,16(9)
	stw 11,20(9)
	lwz 9,40(31)
	lwz 10,80(31)
	lwz 11,84(31)
	stw 10,24(9)
	stw 11,28(9)
	lwz 3,40(31)
	addi 11,31,160
	lwz 14,-72(11)
	lwz 15,-68(11)
	lwz 16,-64(11)
	lwz 17,-60(11)
	lwz 18,-56(11)
	lwz 19,-52(11)
	lwz 20,-48(11)
	lwz 21,-44(11)
	lwz 22,-40(11)
	lwz 23,-36(11)
	lwz 24,-32(11)
	lwz 25,-28(11)
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 29,-12(11)
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
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
	.cfi_restore 16
	.cfi_restore 15
	.cfi_restore 14
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	m2mul,.-m2mul
	.section	.rodata
	.align 3
.LC0:
	.long	0
	.long	1
	.long	0
	.long	0
	.long	0
	.long	0
	.long	0
	.long	1
	.section	".text"
	.align 2
	.type	m2pow, @function
m2pow:
.LFB3:
	.cfi_startproc
	stwu 1,-128(1)
	.cfi_def_cfa_offset 128
	mflr 0
	stw 0,132(1)
	stw 30,120(1)
	stw 31,124(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,40(31)
	mr 30,4
	stw 5,44(31)
	lis 9,.LC0@ha
	la 9,.LC0@l(9)
	lwz 6,0(9)
	lwz 7,4(9)
	lwz 8,8(9)
	lwz 10,12(9)
	stw 6,8(31)
	stw 7,12(31)
	stw 8,16(31)
	stw 10,20(31)
	lwz 7,16(9)
	lwz 8,20(9)
	lwz 10,24(9)
	lwz 9,28(9)
	stw 7,24(31)
	stw 8,28(31)
	stw 10,32(31)
	stw 9,36(31)
	b .L17
.L19:
	lwz 9,44(31)
	rlwinm 9,9,0,31,31
	cmpwi 0,9,0
	beq 0,.L18
	lwz 7,8(31)
	lwz 8,12(31)
	lwz 10,16(31)
	lwz 9,20(31)
	stw 7,48(31)
	stw 8,52(31)
	stw 10,56(31)
	stw 9,60(31)
	lwz 7,24(31)
	lwz 8,28(31)
	lwz 10,32(31)
	lwz 9,36(31)
	stw 7,64(31)
	stw 8,68(31)
	stw 10,72(31)
	stw 9,76(31)
	lwz 7,0(30)
	lwz 8,4(30)
	lwz 10,8(30)
	lwz 9,12(30)
	stw 7,80(31)
	stw 8,84(31)
	stw 10,88(31)
	stw 9,92(31)
	lwz 7,16(30)
	lwz 8,20(30)
	lwz 10,24(30)
	lwz 9,28(30)
	stw 7,96(31)
	stw 8,100(31)
	stw 10,104(31)
	stw 9,108(31)
	addi 10,31,80
	addi 9,31,48
	mr 5,10
	mr 4,9
	addi 9,31,8
	mr 3,9
	bl m2mul
.L18:
	lwz 7,0(30)
	lwz 8,4(30)
	lwz 10,8(30)
	lwz 9,12(30)
	stw 7,48(31)
	stw 8,52(31)
	stw 10,56(31)
	stw 9,60(31)
	lwz 7,16(30)
	lwz 8,20(30)
	lwz 10,24(30)
	lwz 9,28(30)
	stw 7,64(31)
	stw 8,68(31)
	stw 10,72(31)
	stw 9,76(31)
	lwz 7,0(30)
	lwz 8,4(30)
	lwz 10,8(30)
	lwz 9,12(30)
	stw 7,80(31)
	stw 8,84(31)
	stw 10,88(31)
	stw 9,92(31)
	lwz 7,16(30)
	lwz 8,20(30)
	lwz 10,24(30)
	lwz 9,28(30)
	stw 7,96(31)
	stw 8,100(31)
	stw 10,104(31)
	stw 9,108(31)
	addi 10,31,80
	addi 9,31,48
	mr 5,10
	mr 4,9
	mr 3,30
	bl m2mul
	lwz 9,44(31)
	srwi 9,9,1
	stw 9,44(31)
.L17:
	lwz 9,44(31)
	cmpwi 0,9,0
	bne 0,.L19
	lwz 9,40(31)
	lwz 6,8(31)
	lwz 7,12(31)
	lwz 8,16(31)
	lwz 10,20(31)
	stw 6,0(9)
	stw 7,4(9)
	stw 8,8(9)
	stw 10,12(9)
	lwz 6,24(31)
	lwz 7,28(31)
	lwz 8,32(31)
	lwz 10,36(31)
	stw 6,16(9)
	stw 7,20(9)
	stw 8,24(9)
	stw 10,28(9)
	lwz 3,40(31)
	addi 11,31,128
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
.LFE3:
	.size	m2pow,.-m2pow
	.globl __divdi3
	.align 2
	.type	det, @function
det:
.LFB4:
	.cfi_startproc
	stwu 1,-112(1)
	.cfi_def_cfa_offset 112
	mflr 0
	stw 0,116(1)
	stw 20,64(1)
	stw 21,68(1)
	stw 22,72(1)
	stw 23,76(1)
	stw 24,80(1)
	stw 25,84(1)
	stw 26,88(1)
	stw 27,92(1)
	stw 28,96(1)
	stw 29,100(1)
	stw 30,104(1)
	stw 31,108(1)
	.cfi_offset 65, 4
	.cfi_offset 20, -48
	.cfi_offset 21, -44
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
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,56(31)
	stw 4,60(31)
	li 10,0
	li 11,1
	stw 10,8(31)
	stw 11,12(31)
	li 9,1
	stw 9,16(31)
	li 9,0
	stw 9,20(31)
	b .L22
.L36:
	lwz 9,20(31)
	mulli 9,9,48
	lwz 10,56(31)
	add 10,10,9
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mr 9,10
	or 9,9,11
	cmpwi 0,9,0
	bne 0,.L23
	lwz 9,20(31)
	addi 9,9,1
	stw 9,24(31)
	b .L24
.L26:
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L24:
	lwz 10,24(31)
	lwz 9,60(31)
	cmpw 0,10,9
	bge 0,.L25
	lwz 9,24(31)
	mulli 9,9,48
	lwz 10,56(31)
	add 10,10,9
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mr 9,10
	or 9,9,11
	cmpwi 0,9,0
	beq 0,.L26
.L25:
	lwz 10,24(31)
	lwz 9,60(31)
	cmpw 0,10,9
	bne 0,.L28
	li 22,0
	li 23,0
	b .L29
.L28:
	li 9,0
	stw 9,28(31)
	b .L30
.L31:
	lwz 9,20(31)
	mulli 9,9,48
	lwz 10,56(31)
	add 10,10,9
	lwz 9,28(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	stw 10,40(31)
	stw 11,44(31)
	lwz 9,24(31)
	mulli 9,9,48
	lwz 10,56(31)
	add 10,10,9
	lwz 9,20(31)
	mulli 9,9,48
	lwz 8,56(31)
	add 8,8,9
	lwz 9,28(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	lwz 9,28(31)
	slwi 9,9,3
	add 9,8,9
	stw 10,0(9)
	stw 11,4(9)
	lwz 9,24(31)
	mulli 9,9,48
	lwz 10,56(31)
	add 10,10,9
	lwz 9,28(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,40(31)
	lwz 11,44(31)
	stw 10,0(9)
	stw 11,4(9)
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L30:
	lwz 10,28(31)
	lwz 9,60(31)
	cmpw 0,10,9
	blt 0,.L31
	lwz 9,16(31)
	neg 9,9
	stw 9,16(31)
.L23:
	lwz 9,20(31)
	addi 9,9,1
	stw 9,32(31)
	b .L32
.L35:
	lwz 9,20(31)
	addi 9,9,1
	stw 9,36(31)
	b .L33
.L34:
	lwz 9,32(31)
	mulli 9,9,48
	lwz 10,56(31)
	add 10,10,9
	lwz 9,36(31)
	slwi 9,9,3
	add 9,10,9
	lwz 8,0(9)
	lwz 9,4(9)
	lwz 10,20(31)
	mulli 10,10,48
	lwz 7,56(31)
	add 7,7,10
	lwz 10,20(31)
	slwi 10,10,3
	add 10,7,10
	lwz 11,4(10)
	lwz 10,0(10)
	mullw 6,8,11
	mullw 7,10,9
	add 7,6,7
	mullw 6,9,11
	mulhwu 9,9,11
	mr 27,6
	mr 26,9
	add 9,7,26
	mr 26,9
	lwz 9,32(31)
	mulli 9,9,48
	lwz 10,56(31)
	add 10,10,9
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 8,0(9)
	lwz 9,4(9)
	lwz 10,20(31)
	mulli 10,10,48
	lwz 7,56(31)
	add 7,7,10
	lwz 10,36(31)
	slwi 10,10,3
	add 10,7,10
	lwz 11,4(10)
	lwz 10,0(10)
	mullw 6,8,11
	mullw 7,10,9
	add 7,6,7
	mullw 6,9,11
	mulhwu 9,9,11
	mr 25,6
	mr 24,9
	add 9,7,24
	mr 24,9
	subfc 21,25,27
	subfe 20,24,26
	lwz 9,32(31)
	mulli 9,9,48
	lwz 10,56(31)
	add 30,10,9
	lwz 5,8(31)
	lwz 6,12(31)
	mr 3,20
	mr 4,21
	bl __divdi3
	mr 11,4
	mr 10,3
	lwz 9,36(31)
	slwi 9,9,3
	add 9,30,9
	stw 10,0(9)
	stw 11,4(9)
	lwz 9,36(31)
	addi 9,9,1
	stw 9,36(31)
.L33:
	lwz 10,36(31)
	lwz 9,60(31)
	cmpw 0,10,9
	blt 0,.L34
	lwz 9,32(31)
	addi 9,9,1
	stw 9,32(31)
.L32:
	lwz 10,32(31)
	lwz 9,60(31)
	cmpw 0,10,9
	blt 0,.L35
	lwz 9,20(31)
	mulli 9,9,48
	lwz 10,56(31)
	add 10,10,9
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	stw 10,8(31)
	stw 11,12(31)
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L22:
	lwz 9,60(31)
	addi 9,9,-1
	lwz 10,20(31)
	cmpw 0,10,9
	blt 0,.L36
	lwz 9,16(31)
	mr 29,9
	srawi 9,9,31
	mr 28,9
	lwz 9,60(31)
	mulli 9,9,48
	addi 9,9,-48
	lwz 10,56(31)
	add 10,10,9
	lwz 9,60(31)
	addi 9,9,-1
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mullw 8,28,11
	mullw 9,10,29
	add 9,8,9
	mullw 8,29,11
	mulhwu 10,29,11
	mr 23,8
	mr 22,10
	add 9,9,22
	mr 22,9
.L29:
	mr 10,22
	mr 11,23
	mr 3,10
	mr 4,11
	addi 11,31,112
	lwz 0,4(11)
	mtlr 0
	lwz 20,-48(11)
	lwz 21,-44(11)
	lwz 22,-40(11)
	lwz 23,-36(11)
	lwz 24,-32(11)
	lwz 25,-28(11)
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
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
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	det,.-det
	.section	.rodata
	.align 2
.LC3:
	.string	"A*B"
	.align 2
.LC4:
	.string	"transposed agrees"
	.align 2
.LC5:
	.string	"C[3][7]"
	.align 2
.LC6:
	.string	"trace(C^2)"
	.align 2
.LC7:
	.string	"fib(90)"
	.align 2
.LC8:
	.string	"[[3,2],[1,4]]^13 a"
	.align 2
.LC9:
	.string	"det"
	.align 2
.LC10:
	.string	"det(ones)"
	.align 2
.LC11:
	.string	"vandermonde"
	.align 2
.LC12:
	.string	"x after turn"
	.align 2
.LC13:
	.string	"y after turn"
	.align 3
.LC1:
	.long	0
	.long	1
	.long	0
	.long	1
	.long	0
	.long	1
	.long	0
	.long	0
	.align 3
.LC2:
	.long	0
	.long	3
	.long	0
	.long	2
	.long	0
	.long	1
	.long	0
	.long	4
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	stwu 1,-1328(1)
	.cfi_def_cfa_offset 1328
	mflr 0
	stw 0,1332(1)
	stw 14,1256(1)
	stw 15,1260(1)
	stw 16,1264(1)
	stw 17,1268(1)
	stw 18,1272(1)
	stw 19,1276(1)
	stw 20,1280(1)
	stw 21,1284(1)
	stw 22,1288(1)
	stw 23,1292(1)
	stw 24,1296(1)
	stw 25,1300(1)
	stw 26,1304(1)
	stw 27,1308(1)
	stw 28,1312(1)
	stw 29,1316(1)
	stw 31,1324(1)
	.cfi_offset 65, 4
	.cfi_offset 14, -72
	.cfi_offset 15, -68
	.cfi_offset 16, -64
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L38
.L43:
	li 9,0
	stw 9,12(31)
	b .L39
.L42:
	lwz 9,8(31)
	mulli 10,9,7
	lwz 9,12(31)
	mulli 9,9,3
	add 8,10,9
	lis 9,0x2e8b
	ori 9,9,0xa2e9
	mulhw 9,8,9
	srawi 10,9,1
	srawi 9,8,31
	subf 9,9,10
	mulli 9,9,11
	subf 9,9,8
	addi 7,9,-5
	lis 9,A@ha
	la 8,A@l(9)
	lwz 9,8(31)
	mulli 10,9,12
	lwz 9,12(31)
	add 9,10,9
	slwi 9,9,2
	add 9,8,9
	stw 7,0(9)
	lwz 10,8(31)
	lwz 9,12(31)
	cmpw 0,10,9
	bne 0,.L40
	li 7,2
	b .L41
.L40:
	li 7,0
.L41:
	lwz 9,12(31)
	slwi 10,9,1
	lwz 9,8(31)
	add 8,10,9
	lis 9,0x6666
	ori 9,9,0x6667
	mulhw 9,8,9
	srawi 10,9,1
	srawi 9,8,31
	subf 9,9,10
	mulli 9,9,5
	subf 9,9,8
	add 9,7,9
	addi 7,9,-2
	lis 9,B@ha
	la 8,B@l(9)
	lwz 9,8(31)
	mulli 10,9,12
	lwz 9,12(31)
	add 9,10,9
	slwi 9,9,2
	add 9,8,9
	stw 7,0(9)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L39:
	lwz 9,12(31)
	cmpwi 0,9,11
	ble 0,.L42
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L38:
	lwz 9,8(31)
	cmpwi 0,9,11
	ble 0,.L43
	lis 9,B@ha
	la 5,B@l(9)
	lis 9,A@ha
	la 4,A@l(9)
	lis 9,C@ha
	la 3,C@l(9)
	bl matmul
	lis 9,C@ha
	la 3,C@l(9)
	bl digest
	mr 9,3
	mr 4,9
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_hex
	li 9,0
	stw 9,16(31)
	b .L44
.L47:
	li 9,0
	stw 9,20(31)
	b .L45
.L46:
	lis 9,B@ha
	la 8,B@l(9)
	lwz 9,20(31)
	mulli 10,9,12
	lwz 9,16(31)
	add 9,10,9
	slwi 9,9,2
	add 9,8,9
	lwz 7,0(9)
	lis 9,Bt@ha
	la 8,Bt@l(9)
	lwz 9,16(31)
	mulli 10,9,12
	lwz 9,20(31)
	add 9,10,9
	slwi 9,9,2
	add 9,8,9
	stw 7,0(9)
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L45:
	lwz 9,20(31)
	cmpwi 0,9,11
	ble 0,.L46
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L44:
	lwz 9,16(31)
	cmpwi 0,9,11
	ble 0,.L47
	li 9,1
	stw 9,24(31)
	li 9,0
	stw 9,28(31)
	b .L48
.L53:
	li 9,0
	stw 9,32(31)
	b .L49
.L52:
	li 9,0
	stw 9,36(31)
	li 9,0
	stw 9,40(31)
	b .L50
.L51:
	lis 9,A@ha
	la 8,A@l(9)
	lwz 9,28(31)
	mulli 10,9,12
	lwz 9,40(31)
	add 9,10,9
	slwi 9,9,2
	add 9,8,9
	lwz 7,0(9)
	lis 9,Bt@ha
	la 8,Bt@l(9)
	lwz 9,32(31)
	mulli 10,9,12
	lwz 9,40(31)
	add 9,10,9
	slwi 9,9,2
	add 9,8,9
	lwz 9,0(9)
	mullw 10,7,9
	lwz 9,36(31)
	add 9,9,10
	stw 9,36(31)
	lwz 9,40(31)
	addi 9,9,1
	stw 9,40(31)
.L50:
	lwz 9,40(31)
	cmpwi 0,9,11
	ble 0,.L51
	lis 9,C@ha
	la 8,C@l(9)
	lwz 9,28(31)
	mulli 10,9,12
	lwz 9,32(31)
	add 9,10,9
	slwi 9,9,2
	add 9,8,9
	lwz 10,0(9)
	lwz 9,36(31)
	xor 9,9,10
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 10,9,0,0xff
	lwz 9,24(31)
	and 9,9,10
	stw 9,24(31)
	lwz 9,32(31)
	addi 9,9,1
	stw 9,32(31)
.L49:
	lwz 9,32(31)
	cmpwi 0,9,11
	ble 0,.L52
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L48:
	lwz 9,28(31)
	cmpwi 0,9,11
	ble 0,.L53
	lwz 4,24(31)
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_int
	lis 9,C@ha
	la 9,C@l(9)
	lwz 9,172(9)
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	li 9,0
	stw 9,44(31)
	lis 9,C@ha
	la 5,C@l(9)
	lis 9,C@ha
	la 4,C@l(9)
	lis 9,A@ha
	la 3,A@l(9)
	bl matmul
	li 9,0
	stw 9,48(31)
	b .L54
.L55:
	lis 9,A@ha
	la 10,A@l(9)
	lwz 9,48(31)
	mulli 9,9,52
	add 9,10,9
	lwz 10,0(9)
	lwz 9,44(31)
	add 9,9,10
	stw 9,44(31)
	lwz 9,48(31)
	addi 9,9,1
	stw 9,48(31)
.L54:
	lwz 9,48(31)
	cmpwi 0,9,11
	ble 0,.L55
	lwz 4,44(31)
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_int
	lis 9,.LC1@ha
	la 9,.LC1@l(9)
	lwz 6,0(9)
	lwz 7,4(9)
	lwz 8,8(9)
	lwz 10,12(9)
	stw 6,144(31)
	stw 7,148(31)
	stw 8,152(31)
	stw 10,156(31)
	lwz 7,16(9)
	lwz 8,20(9)
	lwz 10,24(9)
	lwz 9,28(9)
	stw 7,160(31)
	stw 8,164(31)
	stw 10,168(31)
	stw 9,172(31)
	addi 6,31,112
	lwz 7,144(31)
	lwz 8,148(31)
	lwz 10,152(31)
	lwz 9,156(31)
	stw 7,1120(31)
	stw 8,1124(31)
	stw 10,1128(31)
	stw 9,1132(31)
	lwz 7,160(31)
	lwz 8,164(31)
	lwz 10,168(31)
	lwz 9,172(31)
	stw 7,1136(31)
	stw 8,1140(31)
	stw 10,1144(31)
	stw 9,1148(31)
	addi 9,31,1120
	li 5,90
	mr 4,9
	mr 3,6
	bl m2pow
	lwz 10,120(31)
	lwz 11,124(31)
	mr 5,10
	mr 6,11
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_i64
	lis 9,.LC2@ha
	la 9,.LC2@l(9)
	lwz 6,0(9)
	lwz 7,4(9)
	lwz 8,8(9)
	lwz 10,12(9)
	stw 6,208(31)
	stw 7,212(31)
	stw 8,216(31)
	stw 10,220(31)
	lwz 7,16(9)
	lwz 8,20(9)
	lwz 10,24(9)
	lwz 9,28(9)
	stw 7,224(31)
	stw 8,228(31)
	stw 10,232(31)
	stw 9,236(31)
	addi 6,31,176
	lwz 7,208(31)
	lwz 8,212(31)
	lwz 10,216(31)
	lwz 9,220(31)
	stw 7,1120(31)
	stw 8,1124(31)
	stw 10,1128(31)
	stw 9,1132(31)
	lwz 7,224(31)
	lwz 8,228(31)
	lwz 10,232(31)
	lwz 9,236(31)
	stw 7,1136(31)
	stw 8,1140(31)
	stw 10,1144(31)
	stw 9,1148(31)
	addi 9,31,1120
	li 5,13
	mr 4,9
	mr 3,6
	bl m2pow
	lwz 10,176(31)
	lwz 11,180(31)
	mr 5,10
	mr 6,11
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_hex64
	li 9,0
	stw 9,52(31)
	b .L56
.L61:
	li 9,0
	stw 9,56(31)
	b .L57
.L60:
	lwz 9,52(31)
	addi 10,9,1
	lwz 9,56(31)
	addi 9,9,2
	mullw 8,10,9
	lis 9,0x9249
	ori 9,9,0x2493
	mulhw 9,8,9
	add 9,9,8
	srawi 10,9,2
	srawi 9,8,31
	subf 7,9,10
	mulli 9,7,7
	subf 7,9,8
	lwz 10,52(31)
	lwz 9,56(31)
	cmpw 0,10,9
	bne 0,.L58
	li 9,5
	b .L59
.L58:
	li 9,0
.L59:
	add 9,9,7
	addi 9,9,-3
	stw 9,1180(31)
	srawi 9,9,31
	stw 9,1176(31)
	lwz 9,52(31)
	mulli 10,9,6
	lwz 9,56(31)
	add 9,10,9
	slwi 10,9,3
	addi 9,31,8
	add 9,9,10
	addi 9,9,232
	lwz 10,1176(31)
	lwz 11,1180(31)
	stw 10,0(9)
	stw 11,4(9)
	lwz 9,56(31)
	addi 9,9,1
	stw 9,56(31)
.L57:
	lwz 9,56(31)
	cmpwi 0,9,5
	ble 0,.L60
	lwz 9,52(31)
	addi 9,9,1
	stw 9,52(31)
.L56:
	lwz 9,52(31)
	cmpwi 0,9,5
	ble 0,.L61
	addi 9,31,240
	li 4,6
	mr 3,9
	bl det
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl show_i64
	li 9,0
	stw 9,60(31)
	b .L62
.L65:
	li 9,0
	stw 9,64(31)
	b .L63
.L64:
	lwz 9,60(31)
	mulli 10,9,6
	lwz 9,64(31)
	add 9,10,9
	slwi 10,9,3
	addi 9,31,8
	add 9,9,10
	addi 9,9,520
	li 10,0
	li 11,1
	stw 10,0(9)
	stw 11,4(9)
	lwz 9,64(31)
	addi 9,9,1
	stw 9,64(31)
.L63:
	lwz 9,64(31)
	cmpwi 0,9,5
	ble 0,.L64
	lwz 9,60(31)
	addi 9,9,1
	stw 9,60(31)
.L62:
	lwz 9,60(31)
	cmpwi 0,9,5
	ble 0,.L65
	addi 9,31,528
	li 4,6
	mr 3,9
	bl det
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl show_i64
	li 9,0
	stw 9,68(31)
	b .L66
.L69:
	li 10,0
	li 11,1
	stw 10,72(31)
	stw 11,76(31)
	li 9,0
	stw 9,80(31)
	b .L67
.L68:
	lwz 9,68(31)
	mulli 10,9,6
	lwz 9,80(31)
	add 9,10,9
	slwi 10,9,3
	addi 9,31,8
	add 9,9,10
	addi 9,9,808
	lwz 10,72(31)
	lwz 11,76(31)
	stw 10,0(9)
	stw 11,4(9)
	lwz 9,80(31)
	addi 9,9,1
	stw 9,80(31)
	lwz 9,68(31)
	addi 9,9,1
	mr 27,9
	srawi 9,9,31
	mr 26,9
	lwz 9,72(31)
	mullw 10,9,27
	lwz 9,76(31)
	mullw 9,9,26
	add 8,10,9
	lwz 9,76(31)
	mullw 10,9,27
	mulhwu 9,9,27
	mr 29,10
	mr 28,9
	add 9,8,28
	mr 28,9
	stw 28,72(31)
	stw 29,76(31)
	stw 28,72(31)
	stw 29,76(31)
.L67:
	lwz 9,80(31)
	cmpwi 0,9,4
	ble 0,.L68
	lwz 9,68(31)
	addi 9,9,1
	stw 9,68(31)
.L66:
	lwz 9,68(31)
	cmpwi 0,9,4
	ble 0,.L69
	addi 9,31,816
	li 4,5
	mr 3,9
	bl det
	mr 11,4
	mr 10,3
	mr 5,10
	mr 6,11
	lis 9,.LC11@ha
	la 3,.LC11@l(9)
	bl show_i64
	li 9,0
	ori 9,9,0xfec4
	stw 9,96(31)
	li 9,6424
	stw 9,100(31)
	lis 9,0x1
	stw 9,84(31)
	li 9,0
	stw 9,88(31)
	li 9,0
	stw 9,92(31)
	b .L70
.L71:
	lwz 9,84(31)
	stw 9,1188(31)
	srawi 9,9,31
	stw 9,1184(31)
	lwz 9,96(31)
	stw 9,1196(31)
	srawi 9,9,31
	stw 9,1192(31)
	lwz 4,1184(31)
	lwz 5,1188(31)
	mr 9,4
	lwz 6,1192(31)
	lwz 7,1196(31)
	mr 10,7
	mullw 10,9,10
	mr 9,6
	mr 8,5
	mullw 9,9,8
	add 8,10,9
	mr 9,5
	mr 10,7
	mullw 10,9,10
	mr 9,5
	mulhwu 9,9,7
	stw 10,1156(31)
	stw 9,1152(31)
	lwz 9,1152(31)
	add 9,8,9
	stw 9,1152(31)
	lwz 9,88(31)
	stw 9,1204(31)
	srawi 9,9,31
	stw 9,1200(31)
	lwz 9,100(31)
	stw 9,1212(31)
	srawi 9,9,31
	stw 9,1208(31)
	lwz 4,1200(31)
	lwz 5,1204(31)
	mr 9,4
	lwz 6,1208(31)
	lwz 7,1212(31)
	mr 10,7
	mullw 10,9,10
	mr 9,6
	mr 8,5
	mullw 9,9,8
	add 8,10,9
	mr 9,5
	mr 10,7
	mullw 10,9,10
	mr 9,5
	mulhwu 9,9,7
	stw 10,1164(31)
	stw 9,1160(31)
	lwz 9,1160(31)
	add 9,8,9
	stw 9,1160(31)
	lwz 7,1160(31)
	lwz 8,1164(31)
	mr 6,8
	lwz 9,1152(31)
	lwz 10,1156(31)
	mr 5,10
	subfc 19,6,5
	mr 8,7
	subfe 18,8,9
	slwi 9,18,16
	srwi 17,19,16
	or 17,9,17
	srawi 16,18,16
	stw 17,104(31)
	lwz 9,84(31)
	stw 9,1220(31)
	srawi 9,9,31
	stw 9,1216(31)
	lwz 9,100(31)
	stw 9,1228(31)
	srawi 9,9,31
	stw 9,1224(31)
	lwz 4,1216(31)
	lwz 5,1220(31)
	mr 9,4
	lwz 6,1224(31)
	lwz 7,1228(31)
	mr 10,7
	mullw 10,9,10
	mr 9,6
	mr 8,5
	mullw 9,9,8
	add 8,10,9
	mr 9,5
	mr 10,7
	mullw 10,9,10
	mr 9,5
	mulhwu 9,9,7
	mr 21,10
	mr 20,9
	add 9,8,20
	mr 20,9
	lwz 9,88(31)
	stw 9,1236(31)
	srawi 9,9,31
	stw 9,1232(31)
	lwz 9,96(31)
	mr 15,9
	srawi 9,9,31
	mr 14,9
	lwz 6,1232(31)
	lwz 7,1236(31)
	mr 9,6
	mullw 10,9,15
	mr 9,7
	mullw 9,14,9
	add 8,10,9
	mr 9,7
	mullw 10,9,15
	mr 9,7
	mulhwu 9,9,15
	stw 10,1172(31)
	stw 9,1168(31)
	lwz 9,1168(31)
	add 9,8,9
	stw 9,1168(31)
	lwz 9,1168(31)
	lwz 10,1172(31)
	mr 8,10
	addc 25,21,8
	adde 24,20,9
	slwi 9,24,16
	srwi 23,25,16
	or 23,9,23
	srawi 22,24,16
	stw 23,108(31)
	lwz 9,104(31)
	stw 9,84(31)
	lwz 9,108(31)
	stw 9,88(31)
	lwz 9,92(31)
	addi 9,9,1
	stw 9,92(31)
.L70:
	lwz 9,92(31)
	cmpwi 0,9,63
	ble 0,.L71
	lwz 4,84(31)
	lis 9,.LC12@ha
	la 3,.LC12@l(9)
	bl show_int
	lwz 4,88(31)
	lis 9,.LC13@ha
	la 3,.LC13@l(9)
	bl show_int
	lis 9,C@ha
	la 3,C@l(9)
	bl digest
	mr 9,3
	lis 10,0x51d0
	ori 10,10,0x7eaf
	mulhwu 10,9,10
	subf 8,10,9
	srwi 8,8,1
	add 10,10,8
	srwi 10,10,6
	mulli 10,10,97
	subf 10,10,9
	mr 9,10
	mr 3,9
	addi 11,31,1328
	lwz 0,4(11)
	mtlr 0
	lwz 14,-72(11)
	lwz 15,-68(11)
	lwz 16,-64(11)
	lwz 17,-60(11)
	lwz 18,-56(11)
	lwz 19,-52(11)
	lwz 20,-48(11)
	lwz 21,-44(11)
	lwz 22,-40(11)
	lwz 23,-36(11)
	lwz 24,-32(11)
	lwz 25,-28(11)
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
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
	.cfi_restore 16
	.cfi_restore 15
	.cfi_restore 14
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
