	.file	"bignum.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	norm, @function
norm:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	b .L2
.L4:
	lwz 9,8(31)
	lwz 9,96(9)
	addi 10,9,-1
	lwz 9,8(31)
	stw 10,96(9)
.L2:
	lwz 9,8(31)
	lwz 9,96(9)
	cmpwi 0,9,0
	ble 0,.L5
	lwz 9,8(31)
	lwz 9,96(9)
	addi 9,9,-1
	lwz 10,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	cmpwi 0,9,0
	beq 0,.L4
.L5:
	nop
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	norm,.-norm
	.align 2
	.type	set, @function
set:
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
	li 5,100
	li 4,0
	lwz 3,8(31)
	bl memset
	lwz 9,8(31)
	lwz 10,12(31)
	stw 10,0(9)
	lwz 9,12(31)
	addic 10,9,-1
	subfe 9,10,9
	rlwinm 10,9,0,0xff
	lwz 9,8(31)
	stw 10,96(9)
	nop
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
	.size	set,.-set
	.align 2
	.type	add, @function
add:
.LFB2:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	stw 24,64(1)
	stw 25,68(1)
	stw 26,72(1)
	stw 27,76(1)
	stw 28,80(1)
	stw 29,84(1)
	stw 31,92(1)
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,40(31)
	stw 4,44(31)
	stw 5,48(31)
	li 5,0
	stw 5,8(31)
	lwz 5,48(31)
	lwz 3,96(5)
	lwz 5,44(31)
	lwz 4,96(5)
	mr 5,3
	cmpw 0,5,4
	bge 0,.L8
	mr 5,4
.L8:
	stw 5,16(31)
	li 5,0
	stw 5,12(31)
	b .L9
.L14:
	lwz 5,44(31)
	lwz 5,96(5)
	lwz 4,12(31)
	cmpw 0,4,5
	bge 0,.L10
	lwz 4,44(31)
	lwz 5,12(31)
	slwi 5,5,2
	add 5,4,5
	lwz 5,0(5)
	mr 11,5
	li 10,0
	b .L11
.L10:
	li 10,0
	li 11,0
.L11:
	lwz 5,48(31)
	lwz 5,96(5)
	lwz 4,12(31)
	cmpw 0,4,5
	bge 0,.L12
	lwz 4,48(31)
	lwz 5,12(31)
	slwi 5,5,2
	add 5,4,5
	lwz 5,0(5)
	mr 9,5
	li 8,0
	b .L13
.L12:
	li 8,0
	li 9,0
.L13:
	addc 7,11,9
	adde 6,10,8
	lwz 5,8(31)
	mr 29,5
	li 28,0
	addc 27,7,29
	adde 26,6,28
	stw 26,24(31)
	stw 27,28(31)
	lwz 4,28(31)
	lwz 3,40(31)
	lwz 5,12(31)
	slwi 5,5,2
	add 5,3,5
	stw 4,0(5)
	lwz 5,24(31)
	srwi 25,5,0
	li 24,0
	stw 25,8(31)
	lwz 5,12(31)
	addi 5,5,1
	stw 5,12(31)
.L9:
	lwz 4,12(31)
	lwz 5,16(31)
	cmpw 0,4,5
	blt 0,.L14
	lwz 9,40(31)
	lwz 10,16(31)
	stw 10,96(9)
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L16
	lwz 9,40(31)
	lwz 9,96(9)
	addi 8,9,1
	lwz 10,40(31)
	stw 8,96(10)
	lwz 10,40(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,8(31)
	stw 10,0(9)
.L16:
	nop
	addi 11,31,96
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
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	add,.-add
	.align 2
	.type	sub, @function
sub:
.LFB3:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	stw 31,60(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,40(31)
	stw 4,44(31)
	stw 5,48(31)
	li 9,0
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L18
.L24:
	lwz 10,44(31)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,16(31)
	lwz 9,48(31)
	lwz 9,96(9)
	lwz 10,12(31)
	cmpw 0,10,9
	bge 0,.L19
	lwz 10,48(31)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	b .L20
.L19:
	li 9,0
.L20:
	stw 9,20(31)
	lwz 10,16(31)
	lwz 9,20(31)
	subf 10,9,10
	lwz 9,8(31)
	subf 9,9,10
	stw 9,24(31)
	lwz 10,16(31)
	lwz 9,20(31)
	cmplw 0,10,9
	blt 0,.L21
	lwz 10,16(31)
	lwz 9,20(31)
	cmpw 0,10,9
	bne 0,.L22
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L22
.L21:
	li 9,1
	b .L23
.L22:
	li 9,0
.L23:
	stw 9,8(31)
	lwz 10,40(31)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,24(31)
	stw 10,0(9)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L18:
	lwz 9,44(31)
	lwz 9,96(9)
	lwz 10,12(31)
	cmpw 0,10,9
	blt 0,.L24
	lwz 9,44(31)
	lwz 10,96(9)
	lwz 9,40(31)
	stw 10,96(9)
	lwz 3,40(31)
	bl norm
	nop
	addi 11,31,64
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
	.size	sub,.-sub
	.align 2
	.type	mul, @function
mul:
.LFB4:
	.cfi_startproc
	stwu 1,-224(1)
	.cfi_def_cfa_offset 224
	mflr 0
	stw 0,228(1)
	stw 14,152(1)
	stw 15,156(1)
	stw 16,160(1)
	stw 17,164(1)
	stw 18,168(1)
	stw 19,172(1)
	stw 20,176(1)
	stw 21,180(1)
	stw 22,184(1)
	stw 23,188(1)
	stw 24,192(1)
	stw 25,196(1)
	stw 26,200(1)
	stw 27,204(1)
	stw 28,208(1)
	stw 29,212(1)
	stw 31,220(1)
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
	stw 3,136(31)
	stw 4,140(31)
	stw 5,144(31)
	addi 9,31,32
	li 5,100
	li 4,0
	mr 3,9
	bl memset
	li 9,0
	stw 9,8(31)
	b .L26
.L31:
	li 9,0
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	b .L27
.L29:
	lwz 10,140(31)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 29,9
	li 28,0
	lwz 10,144(31)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 27,9
	li 26,0
	mullw 10,28,27
	mullw 9,26,29
	add 9,10,9
	mullw 8,29,27
	mulhwu 10,29,27
	mr 25,8
	mr 24,10
	add 9,9,24
	mr 24,9
	lwz 10,8(31)
	lwz 9,16(31)
	add 9,10,9
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,24
	lwz 9,0(9)
	mr 21,9
	li 20,0
	addc 23,25,21
	adde 22,24,20
	lwz 9,12(31)
	mr 19,9
	li 18,0
	addc 17,23,19
	adde 16,22,18
	stw 16,24(31)
	stw 17,28(31)
	lwz 10,8(31)
	lwz 9,16(31)
	add 9,10,9
	lwz 10,28(31)
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,24
	stw 10,0(9)
	lwz 9,24(31)
	srwi 15,9,0
	li 14,0
	stw 15,12(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L27:
	lwz 9,144(31)
	lwz 9,96(9)
	lwz 10,16(31)
	cmpw 0,10,9
	bge 0,.L28
	lwz 10,8(31)
	lwz 9,16(31)
	add 9,10,9
	cmpwi 0,9,23
	ble 0,.L29
.L28:
	lwz 9,144(31)
	lwz 10,96(9)
	lwz 9,8(31)
	add 9,10,9
	cmpwi 0,9,23
	bgt 0,.L30
	lwz 9,144(31)
	lwz 10,96(9)
	lwz 9,8(31)
	add 9,10,9
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,24
	lwz 10,12(31)
	stw 10,0(9)
.L30:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L26:
	lwz 9,140(31)
	lwz 9,96(9)
	lwz 10,8(31)
	cmpw 0,10,9
	blt 0,.L31
	lwz 9,140(31)
	lwz 10,96(9)
	lwz 9,144(31)
	lwz 9,96(9)
	add 9,10,9
	cmpwi 0,9,24
	ble 0,.L32
	li 9,24
.L32:
	stw 9,128(31)
	addi 9,31,32
	mr 3,9
	bl norm
	lwz 9,136(31)
	mr 8,9
	addi 9,31,32
	li 10,100
	mr 5,10
	mr 4,9
	mr 3,8
	bl memcpy
	nop
	addi 11,31,224
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
.LFE4:
	.size	mul,.-mul
	.align 2
	.type	mul_small, @function
mul_small:
.LFB5:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	stw 24,32(1)
	stw 25,36(1)
	stw 26,40(1)
	stw 27,44(1)
	stw 28,48(1)
	stw 29,52(1)
	stw 31,60(1)
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	li 5,0
	stw 5,8(31)
	li 5,0
	stw 5,12(31)
	b .L34
.L35:
	lwz 4,24(31)
	lwz 5,12(31)
	slwi 5,5,2
	add 5,4,5
	lwz 5,0(5)
	mr 11,5
	li 10,0
	lwz 5,28(31)
	mr 9,5
	li 8,0
	mullw 4,10,9
	mullw 5,8,11
	add 5,4,5
	mullw 3,11,9
	mulhwu 4,11,9
	mr 7,3
	mr 6,4
	add 5,5,6
	mr 6,5
	lwz 5,8(31)
	mr 29,5
	li 28,0
	addc 27,7,29
	adde 26,6,28
	stw 26,16(31)
	stw 27,20(31)
	lwz 4,20(31)
	lwz 3,24(31)
	lwz 5,12(31)
	slwi 5,5,2
	add 5,3,5
	stw 4,0(5)
	lwz 5,16(31)
	srwi 25,5,0
	li 24,0
	stw 25,8(31)
	lwz 5,12(31)
	addi 5,5,1
	stw 5,12(31)
.L34:
	lwz 5,24(31)
	lwz 5,96(5)
	lwz 4,12(31)
	cmpw 0,4,5
	blt 0,.L35
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L37
	lwz 9,24(31)
	lwz 9,96(9)
	addi 8,9,1
	lwz 10,24(31)
	stw 8,96(10)
	lwz 10,24(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,8(31)
	stw 10,0(9)
.L37:
	nop
	addi 11,31,64
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
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	mul_small,.-mul_small
	.globl __udivdi3
	.globl __umoddi3
	.align 2
	.type	div_small, @function
div_small:
.LFB6:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	stw 0,100(1)
	stw 20,48(1)
	stw 21,52(1)
	stw 22,56(1)
	stw 23,60(1)
	stw 24,64(1)
	stw 25,68(1)
	stw 26,72(1)
	stw 27,76(1)
	stw 28,80(1)
	stw 29,84(1)
	stw 31,92(1)
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
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,40(31)
	stw 4,44(31)
	li 10,0
	li 11,0
	stw 10,8(31)
	stw 11,12(31)
	lwz 9,40(31)
	lwz 9,96(9)
	addi 9,9,-1
	stw 9,16(31)
	b .L39
.L40:
	lwz 9,12(31)
	slwi 28,9,0
	li 29,0
	lwz 10,40(31)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 27,9
	li 26,0
	or 24,28,26
	or 25,29,27
	stw 24,24(31)
	stw 25,28(31)
	lwz 9,44(31)
	mr 23,9
	li 22,0
	mr 5,22
	mr 6,23
	lwz 3,24(31)
	lwz 4,28(31)
	bl __udivdi3
	mr 11,4
	mr 10,3
	mr 8,11
	lwz 10,40(31)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	stw 8,0(9)
	lwz 9,44(31)
	mr 21,9
	li 20,0
	lwz 10,24(31)
	lwz 11,28(31)
	mr 5,20
	mr 6,21
	mr 3,10
	mr 4,11
	bl __umoddi3
	mr 11,4
	mr 10,3
	stw 10,8(31)
	stw 11,12(31)
	lwz 9,16(31)
	addi 9,9,-1
	stw 9,16(31)
.L39:
	lwz 9,16(31)
	cmpwi 0,9,0
	bge 0,.L40
	lwz 3,40(31)
	bl norm
	lwz 9,12(31)
	mr 3,9
	addi 11,31,96
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
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	div_small,.-div_small
	.align 2
	.type	cmp, @function
cmp:
.LFB7:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lwz 9,24(31)
	lwz 10,96(9)
	lwz 9,28(31)
	lwz 9,96(9)
	cmpw 0,10,9
	beq 0,.L43
	lwz 9,24(31)
	lwz 10,96(9)
	lwz 9,28(31)
	lwz 9,96(9)
	cmpw 0,10,9
	bge 0,.L44
	li 9,-1
	b .L46
.L44:
	li 9,1
	b .L46
.L43:
	lwz 9,24(31)
	lwz 9,96(9)
	addi 9,9,-1
	stw 9,8(31)
	b .L47
.L51:
	lwz 10,24(31)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 8,28(31)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 9,0(9)
	cmplw 0,10,9
	beq 0,.L48
	lwz 10,24(31)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 8,28(31)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 9,0(9)
	cmplw 0,10,9
	bge 0,.L49
	li 9,-1
	b .L46
.L49:
	li 9,1
	b .L46
.L48:
	lwz 9,8(31)
	addi 9,9,-1
	stw 9,8(31)
.L47:
	lwz 9,8(31)
	cmpwi 0,9,0
	bge 0,.L51
	li 9,0
.L46:
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	cmp,.-cmp
	.align 2
	.type	print_big, @function
print_big:
.LFB8:
	.cfi_startproc
	stwu 1,-400(1)
	.cfi_def_cfa_offset 400
	mflr 0
	stw 0,404(1)
	stw 31,396(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,376(31)
	stw 4,380(31)
	lwz 10,380(31)
	addi 9,31,264
	mr 8,10
	li 10,100
	mr 5,10
	mr 4,8
	mr 3,9
	bl memcpy
	li 9,0
	stw 9,8(31)
.L55:
	addi 10,31,264
	lis 9,0x3b9a
	ori 4,9,0xca00
	mr 3,10
	bl div_small
	stw 3,12(31)
	li 9,0
	stw 9,16(31)
	b .L53
.L54:
	lwz 10,12(31)
	lis 9,0xcccc
	ori 9,9,0xcccd
	mulhwu 9,10,9
	srwi 9,9,3
	mulli 9,9,10
	subf 9,9,10
	mr 8,9
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	addi 10,8,48
	mr 8,10
	addi 10,31,8
	add 9,10,9
	stb 8,12(9)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
	lwz 10,12(31)
	lis 9,0xcccc
	ori 9,9,0xcccd
	mulhwu 9,10,9
	srwi 9,9,3
	stw 9,12(31)
.L53:
	lwz 9,16(31)
	cmpwi 0,9,8
	ble 0,.L54
	lwz 9,360(31)
	cmpwi 0,9,0
	bne 0,.L55
	b .L56
.L58:
	lwz 9,8(31)
	addi 9,9,-1
	stw 9,8(31)
.L56:
	lwz 9,8(31)
	cmpwi 0,9,1
	ble 0,.L57
	lwz 9,8(31)
	addi 9,9,-1
	addi 10,31,8
	add 9,10,9
	lbz 9,12(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,48
	beq 0,.L58
.L57:
	lwz 3,376(31)
	bl print_str
	li 3,61
	bl print_char
	b .L59
.L60:
	lwz 9,8(31)
	addi 9,9,-1
	stw 9,8(31)
	addi 10,31,20
	lwz 9,8(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
.L59:
	lwz 9,8(31)
	cmpwi 0,9,0
	bne 0,.L60
	bl print_nl
	nop
	addi 11,31,400
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	print_big,.-print_big
	.section	.rodata
	.align 2
.LC0:
	.string	"100!"
	.align 2
.LC1:
	.string	"100! limbs"
	.align 2
.LC2:
	.string	"2^256"
	.align 2
.LC3:
	.string	"fib(300)"
	.align 2
.LC4:
	.string	"(a*b)/b == a"
	.align 2
.LC5:
	.string	"2^256-fib(300)"
	.align 2
.LC6:
	.string	"round trip"
	.align 2
.LC7:
	.string	"100! mod 1000003"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB9:
	.cfi_startproc
	stwu 1,-848(1)
	.cfi_def_cfa_offset 848
	mflr 0
	stw 0,852(1)
	stw 31,844(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	addi 9,31,28
	li 4,1
	mr 3,9
	bl set
	li 9,2
	stw 9,8(31)
	b .L62
.L63:
	addi 9,31,28
	lwz 4,8(31)
	mr 3,9
	bl mul_small
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L62:
	lwz 9,8(31)
	cmplwi 0,9,100
	ble 0,.L63
	addi 9,31,28
	mr 4,9
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl print_big
	lwz 9,124(31)
	mr 4,9
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
	addi 9,31,128
	li 4,2
	mr 3,9
	bl set
	li 9,0
	stw 9,12(31)
	b .L64
.L65:
	addi 8,31,128
	addi 10,31,128
	addi 9,31,128
	mr 5,8
	mr 4,10
	mr 3,9
	bl mul
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L64:
	lwz 9,12(31)
	cmpwi 0,9,7
	ble 0,.L65
	addi 9,31,128
	mr 4,9
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl print_big
	addi 9,31,228
	li 4,0
	mr 3,9
	bl set
	addi 9,31,328
	li 4,1
	mr 3,9
	bl set
	li 9,0
	stw 9,16(31)
	b .L66
.L67:
	addi 8,31,328
	addi 10,31,228
	addi 9,31,428
	mr 5,8
	mr 4,10
	mr 3,9
	bl add
	addi 9,31,228
	addi 10,31,328
	li 8,100
	mr 5,8
	mr 4,10
	mr 3,9
	bl memcpy
	addi 9,31,328
	addi 10,31,428
	li 8,100
	mr 5,8
	mr 4,10
	mr 3,9
	bl memcpy
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L66:
	lwz 9,16(31)
	cmpwi 0,9,299
	ble 0,.L67
	addi 9,31,228
	mr 4,9
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl print_big
	addi 8,31,228
	addi 10,31,28
	addi 9,31,628
	mr 5,8
	mr 4,10
	mr 3,9
	bl mul
	addi 9,31,528
	addi 10,31,628
	li 8,100
	mr 5,8
	mr 4,10
	mr 3,9
	bl memcpy
	li 9,2
	stw 9,20(31)
	b .L68
.L69:
	addi 9,31,528
	lwz 4,20(31)
	mr 3,9
	bl div_small
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L68:
	lwz 9,20(31)
	cmplwi 0,9,100
	ble 0,.L69
	addi 10,31,228
	addi 9,31,528
	mr 4,10
	mr 3,9
	bl cmp
	mr 9,3
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	mr 4,9
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_int
	addi 8,31,228
	addi 10,31,128
	addi 9,31,728
	mr 5,8
	mr 4,10
	mr 3,9
	bl sub
	addi 9,31,728
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl print_big
	addi 8,31,228
	addi 10,31,728
	addi 9,31,728
	mr 5,8
	mr 4,10
	mr 3,9
	bl add
	addi 10,31,128
	addi 9,31,728
	mr 4,10
	mr 3,9
	bl cmp
	mr 9,3
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	mr 4,9
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_int
	addi 10,31,28
	lis 9,0xf
	ori 4,9,0x4243
	mr 3,10
	bl div_small
	stw 3,24(31)
	lwz 9,24(31)
	mr 4,9
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_int
	lwz 10,24(31)
	lis 9,0x51eb
	ori 9,9,0x851f
	mulhwu 9,10,9
	srwi 9,9,6
	mulli 9,9,200
	subf 9,9,10
	mr 3,9
	addi 11,31,848
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE9:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
