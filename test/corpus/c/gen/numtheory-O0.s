	.file	"numtheory.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	gcd, @function
gcd:
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
	b .L2
.L3:
	lwz 9,24(31)
	lwz 10,28(31)
	divwu 8,9,10
	lwz 10,28(31)
	mullw 10,8,10
	subf 9,10,9
	stw 9,8(31)
	lwz 9,28(31)
	stw 9,24(31)
	lwz 9,8(31)
	stw 9,28(31)
.L2:
	lwz 9,28(31)
	cmpwi 0,9,0
	bne 0,.L3
	lwz 9,24(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	gcd,.-gcd
	.align 2
	.type	lcm, @function
lcm:
.LFB1:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 24,16(1)
	stw 25,20(1)
	stw 26,24(1)
	stw 27,28(1)
	stw 28,32(1)
	stw 29,36(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 4,12(31)
	lwz 3,8(31)
	bl gcd
	mr 10,3
	lwz 9,8(31)
	divwu 9,9,10
	mr 27,9
	li 26,0
	lwz 9,12(31)
	mr 29,9
	li 28,0
	mullw 10,26,29
	mullw 9,28,27
	add 9,10,9
	mullw 8,27,29
	mulhwu 10,27,29
	mr 25,8
	mr 24,10
	add 9,9,24
	mr 24,9
	mr 10,24
	mr 11,25
	mr 3,10
	mr 4,11
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
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
.LFE1:
	.size	lcm,.-lcm
	.globl __moddi3
	.globl __divdi3
	.align 2
	.type	egcd, @function
egcd:
.LFB2:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	stw 0,100(1)
	stw 24,64(1)
	stw 25,68(1)
	stw 26,72(1)
	stw 27,76(1)
	stw 28,80(1)
	stw 29,84(1)
	stw 31,92(1)
	.cfi_offset 65, 4
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
	stw 6,52(31)
	stw 7,56(31)
	stw 8,60(31)
	lwz 9,48(31)
	lwz 10,52(31)
	or 9,9,10
	cmpwi 0,9,0
	bne 0,.L8
	lwz 9,56(31)
	li 10,0
	li 11,1
	stw 10,0(9)
	stw 11,4(9)
	lwz 9,60(31)
	li 10,0
	li 11,0
	stw 10,0(9)
	stw 11,4(9)
	lwz 10,40(31)
	lwz 11,44(31)
	b .L10
.L8:
	lwz 10,40(31)
	lwz 11,44(31)
	lwz 5,48(31)
	lwz 6,52(31)
	mr 3,10
	mr 4,11
	bl __moddi3
	mr 11,4
	mr 10,3
	addi 8,31,24
	addi 9,31,16
	mr 7,9
	mr 5,10
	mr 6,11
	lwz 3,48(31)
	lwz 4,52(31)
	bl egcd
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,24(31)
	lwz 11,28(31)
	lwz 9,56(31)
	stw 10,0(9)
	stw 11,4(9)
	lwz 28,16(31)
	lwz 29,20(31)
	lwz 5,48(31)
	lwz 6,52(31)
	lwz 3,40(31)
	lwz 4,44(31)
	bl __divdi3
	mr 11,4
	mr 10,3
	mr 8,10
	mr 9,11
	lwz 10,24(31)
	lwz 11,28(31)
	mullw 6,8,11
	mullw 7,10,9
	add 7,6,7
	mullw 6,9,11
	mulhwu 9,9,11
	mr 27,6
	mr 26,9
	add 9,7,26
	mr 26,9
	subfc 25,27,29
	subfe 24,26,28
	lwz 9,60(31)
	stw 24,0(9)
	stw 25,4(9)
	lwz 10,8(31)
	lwz 11,12(31)
.L10:
	mr 3,10
	mr 4,11
	addi 11,31,96
	lwz 0,4(11)
	mtlr 0
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
	.size	egcd,.-egcd
	.align 2
	.type	inverse, @function
inverse:
.LFB3:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	mflr 0
	stw 0,84(1)
	stw 20,32(1)
	stw 21,36(1)
	stw 22,40(1)
	stw 23,44(1)
	stw 24,48(1)
	stw 25,52(1)
	stw 26,56(1)
	stw 27,60(1)
	stw 28,64(1)
	stw 29,68(1)
	stw 31,76(1)
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
	stw 3,24(31)
	stw 4,28(31)
	lwz 9,24(31)
	mr 11,9
	li 10,0
	lwz 9,28(31)
	mr 21,9
	li 20,0
	addi 9,31,16
	mr 8,9
	addi 9,31,8
	mr 7,9
	mr 5,20
	mr 6,21
	mr 3,10
	mr 4,11
	bl egcd
	mr 11,4
	mr 10,3
	cmpwi 0,10,0
	bne 0,.L16
	cmplwi 0,11,1
	beq 0,.L17
.L16:
	li 9,0
	b .L15
.L17:
	lwz 10,8(31)
	lwz 11,12(31)
	lwz 9,28(31)
	mr 23,9
	li 22,0
	mr 5,22
	mr 6,23
	mr 3,10
	mr 4,11
	bl __moddi3
	mr 11,4
	mr 10,3
	lwz 9,28(31)
	mr 29,9
	li 28,0
	addc 27,11,29
	adde 26,10,28
	lwz 9,28(31)
	mr 25,9
	li 24,0
	mr 5,24
	mr 6,25
	mr 3,26
	mr 4,27
	bl __moddi3
	mr 11,4
	mr 10,3
	mr 9,11
.L15:
	mr 3,9
	addi 11,31,80
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
.LFE3:
	.size	inverse,.-inverse
	.globl __umoddi3
	.align 2
	.type	mulmod, @function
mulmod:
.LFB4:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 28,32(1)
	stw 29,36(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	lwz 5,8(31)
	mr 9,5
	li 8,0
	lwz 5,12(31)
	mr 11,5
	li 10,0
	mullw 4,8,11
	mullw 5,10,9
	add 5,4,5
	mullw 4,9,11
	mulhwu 9,9,11
	mr 29,4
	mr 28,9
	add 9,5,28
	mr 28,9
	lwz 9,16(31)
	mr 7,9
	li 6,0
	mr 5,6
	mr 6,7
	mr 3,28
	mr 4,29
	bl __umoddi3
	mr 11,4
	mr 10,3
	mr 9,11
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	mulmod,.-mulmod
	.align 2
	.type	powmod, @function
powmod:
.LFB5:
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
	li 9,1
	lwz 10,32(31)
	divwu 8,9,10
	lwz 10,32(31)
	mullw 10,8,10
	subf 9,10,9
	stw 9,8(31)
	lwz 9,24(31)
	lwz 10,32(31)
	divwu 8,9,10
	lwz 10,32(31)
	mullw 10,8,10
	subf 9,10,9
	stw 9,24(31)
	b .L21
.L23:
	lwz 9,28(31)
	rlwinm 9,9,0,31,31
	cmpwi 0,9,0
	beq 0,.L22
	lwz 5,32(31)
	lwz 4,24(31)
	lwz 3,8(31)
	bl mulmod
	stw 3,8(31)
.L22:
	lwz 5,32(31)
	lwz 4,24(31)
	lwz 3,24(31)
	bl mulmod
	stw 3,24(31)
	lwz 9,28(31)
	srwi 9,9,1
	stw 9,28(31)
.L21:
	lwz 9,28(31)
	cmpwi 0,9,0
	bne 0,.L23
	lwz 9,8(31)
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
.LFE5:
	.size	powmod,.-powmod
	.align 2
	.type	is_prime, @function
is_prime:
.LFB6:
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
	lwz 9,40(31)
	cmplwi 0,9,1
	bgt 0,.L26
	li 9,0
	b .L27
.L26:
	li 9,0
	stw 9,8(31)
	b .L28
.L30:
	lis 9,small.2@ha
	la 10,small.2@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,40(31)
	divwu 8,9,10
	mullw 10,8,10
	subf 9,10,9
	cmpwi 0,9,0
	bne 0,.L29
	lis 9,small.2@ha
	la 10,small.2@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 10,40(31)
	xor 9,10,9
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	b .L27
.L29:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L28:
	lwz 9,8(31)
	cmpwi 0,9,3
	ble 0,.L30
	lwz 9,40(31)
	addi 9,9,-1
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	b .L31
.L32:
	lwz 9,12(31)
	srwi 9,9,1
	stw 9,12(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L31:
	lwz 9,12(31)
	rlwinm 9,9,0,31,31
	cmpwi 0,9,0
	beq 0,.L32
	li 9,0
	stw 9,20(31)
	b .L33
.L41:
	lis 9,bases.1@ha
	la 10,bases.1@l(9)
	lwz 9,20(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lwz 10,40(31)
	divwu 8,9,10
	lwz 10,40(31)
	mullw 10,8,10
	subf 9,10,9
	stw 9,36(31)
	lwz 9,36(31)
	cmpwi 0,9,0
	beq 0,.L42
	lwz 5,40(31)
	lwz 4,12(31)
	lwz 3,36(31)
	bl powmod
	stw 3,24(31)
	lwz 9,24(31)
	cmpwi 0,9,1
	beq 0,.L43
	lwz 9,40(31)
	addi 9,9,-1
	lwz 10,24(31)
	cmpw 0,10,9
	beq 0,.L43
	li 9,1
	stw 9,28(31)
	li 9,1
	stw 9,32(31)
	b .L38
.L40:
	lwz 5,40(31)
	lwz 4,24(31)
	lwz 3,24(31)
	bl mulmod
	stw 3,24(31)
	lwz 9,40(31)
	addi 9,9,-1
	lwz 10,24(31)
	xor 9,10,9
	addic 10,9,-1
	subfe 9,10,9
	rlwinm 9,9,0,0xff
	stw 9,28(31)
	lwz 9,32(31)
	addi 9,9,1
	stw 9,32(31)
.L38:
	lwz 10,32(31)
	lwz 9,16(31)
	cmpw 0,10,9
	bge 0,.L39
	lwz 9,28(31)
	cmpwi 0,9,0
	bne 0,.L40
.L39:
	lwz 9,28(31)
	cmpwi 0,9,0
	beq 0,.L35
	li 9,0
	b .L27
.L42:
	nop
	b .L35
.L43:
	nop
.L35:
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L33:
	lwz 9,20(31)
	cmpwi 0,9,2
	ble 0,.L41
	li 9,1
.L27:
	mr 3,9
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
.LFE6:
	.size	is_prime,.-is_prime
	.align 2
	.type	rho, @function
rho:
.LFB7:
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
	lwz 9,24(31)
	rlwinm 9,9,0,31,31
	cmpwi 0,9,0
	bne 0,.L45
	li 9,2
	b .L46
.L45:
	li 9,1
	stw 9,8(31)
.L52:
	li 9,2
	stw 9,12(31)
	li 9,2
	stw 9,16(31)
	li 9,1
	stw 9,20(31)
	b .L47
.L50:
	lwz 5,24(31)
	lwz 4,12(31)
	lwz 3,12(31)
	bl mulmod
	mr 10,3
	lwz 9,8(31)
	add 9,10,9
	lwz 10,24(31)
	divwu 8,9,10
	lwz 10,24(31)
	mullw 10,8,10
	subf 9,10,9
	stw 9,12(31)
	lwz 5,24(31)
	lwz 4,16(31)
	lwz 3,16(31)
	bl mulmod
	mr 10,3
	lwz 9,8(31)
	add 9,10,9
	lwz 10,24(31)
	divwu 8,9,10
	lwz 10,24(31)
	mullw 10,8,10
	subf 9,10,9
	stw 9,16(31)
	lwz 5,24(31)
	lwz 4,16(31)
	lwz 3,16(31)
	bl mulmod
	mr 10,3
	lwz 9,8(31)
	add 9,10,9
	lwz 10,24(31)
	divwu 8,9,10
	lwz 10,24(31)
	mullw 10,8,10
	subf 9,10,9
	stw 9,16(31)
	lwz 10,12(31)
	lwz 9,16(31)
	cmplw 0,10,9
	ble 0,.L48
	lwz 10,12(31)
	lwz 9,16(31)
	subf 9,9,10
	b .L49
.L48:
	lwz 10,16(31)
	lwz 9,12(31)
	subf 9,9,10
.L49:
	lwz 4,24(31)
	mr 3,9
	bl gcd
	stw 3,20(31)
.L47:
	lwz 9,20(31)
	cmpwi 0,9,1
	beq 0,.L50
	lwz 10,20(31)
	lwz 9,24(31)
	cmpw 0,10,9
	beq 0,.L51
	lwz 9,20(31)
	b .L46
.L51:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
	b .L52
.L46:
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
.LFE7:
	.size	rho,.-rho
	.align 2
	.type	factor, @function
factor:
.LFB8:
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
	lwz 9,24(31)
	cmpwi 0,9,1
	beq 0,.L57
	lwz 3,24(31)
	bl is_prime
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L56
	li 3,32
	bl print_char
	lwz 3,24(31)
	bl print_uint
	b .L53
.L56:
	lwz 3,24(31)
	bl rho
	stw 3,8(31)
	lwz 3,8(31)
	bl factor
	lwz 10,24(31)
	lwz 9,8(31)
	divwu 9,10,9
	mr 3,9
	bl factor
	b .L53
.L57:
	nop
.L53:
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
.LFE8:
	.size	factor,.-factor
	.align 2
	.type	totient, @function
totient:
.LFB9:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	lwz 9,24(31)
	stw 9,8(31)
	li 9,2
	stw 9,12(31)
	b .L59
.L63:
	lwz 9,24(31)
	lwz 10,12(31)
	divwu 8,9,10
	lwz 10,12(31)
	mullw 10,8,10
	subf 9,10,9
	cmpwi 0,9,0
	bne 0,.L60
	b .L61
.L62:
	lwz 10,24(31)
	lwz 9,12(31)
	divwu 9,10,9
	stw 9,24(31)
.L61:
	lwz 9,24(31)
	lwz 10,12(31)
	divwu 8,9,10
	lwz 10,12(31)
	mullw 10,8,10
	subf 9,10,9
	cmpwi 0,9,0
	beq 0,.L62
	lwz 10,8(31)
	lwz 9,12(31)
	divwu 9,10,9
	lwz 10,8(31)
	subf 9,9,10
	stw 9,8(31)
.L60:
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L59:
	lwz 9,12(31)
	mullw 9,9,9
	lwz 10,24(31)
	cmplw 0,10,9
	bge 0,.L63
	lwz 9,24(31)
	cmplwi 0,9,1
	ble 0,.L64
	lwz 10,8(31)
	lwz 9,24(31)
	divwu 9,10,9
	lwz 10,8(31)
	subf 9,9,10
	stw 9,8(31)
.L64:
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
.LFE9:
	.size	totient,.-totient
	.section	.rodata
	.align 2
.LC2:
	.string	"gcd"
	.align 2
.LC3:
	.string	"lcm="
	.align 2
.LC4:
	.string	"egcd(240,46)="
	.align 2
.LC5:
	.string	"inverse 17 mod 3120"
	.align 2
.LC6:
	.string	"2^1000000 mod 1e9+7"
	.align 2
.LC7:
	.string	"fermat"
	.align 2
.LC8:
	.string	"primes near 2^32"
	.align 2
.LC9:
	.string	"phi(36)"
	.align 2
.LC10:
	.string	"phi(1000000)"
	.align 2
.LC11:
	.string	"crt"
	.align 2
.LC0:
	.long	3
	.long	5
	.long	7
	.align 2
.LC1:
	.long	2
	.long	3
	.long	2
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB10:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	stw 0,100(1)
	stw 30,88(1)
	stw 31,92(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 4,462
	li 3,1071
	bl gcd
	mr 9,3
	mr 4,9
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_int
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl print_str
	li 4,-17
	li 3,-5
	bl lcm
	mr 11,4
	mr 10,3
	mr 3,10
	mr 4,11
	bl print_u64
	bl print_nl
	addi 10,31,56
	addi 9,31,48
	mr 8,10
	mr 7,9
	li 5,0
	li 6,46
	li 3,0
	li 4,240
	bl egcd
	stw 3,32(31)
	stw 4,36(31)
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl print_str
	lwz 3,32(31)
	lwz 4,36(31)
	bl print_i64
	li 3,32
	bl print_char
	lwz 10,48(31)
	lwz 11,52(31)
	mr 3,10
	mr 4,11
	bl print_i64
	li 3,32
	bl print_char
	lwz 10,56(31)
	lwz 11,60(31)
	mr 3,10
	mr 4,11
	bl print_i64
	bl print_nl
	li 4,3120
	li 3,17
	bl inverse
	mr 9,3
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	lis 9,0x3b9a
	ori 5,9,0xca07
	lis 9,0xf
	ori 4,9,0x4240
	li 3,2
	bl powmod
	mr 9,3
	mr 4,9
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_int
	li 5,-5
	li 4,-6
	li 3,3
	bl powmod
	mr 9,3
	mr 4,9
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_int
	li 9,0
	stw 9,8(31)
	li 9,-296
	stw 9,12(31)
	b .L67
.L68:
	lwz 3,12(31)
	bl is_prime
	mr 10,3
	lwz 9,8(31)
	add 9,9,10
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L67:
	lwz 10,12(31)
	li 9,-1
	cmpw 0,10,9
	bne 0,.L68
	lwz 4,8(31)
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_int
	li 9,0
	stw 9,16(31)
	b .L69
.L70:
	lis 9,nums.0@ha
	la 10,nums.0@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 3,9
	bl print_uint
	li 3,58
	bl print_char
	lis 9,nums.0@ha
	la 10,nums.0@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 3,9
	bl factor
	bl print_nl
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L69:
	lwz 9,16(31)
	cmpwi 0,9,4
	ble 0,.L70
	li 3,36
	bl totient
	mr 9,3
	mr 4,9
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl show_int
	lis 9,0xf
	ori 3,9,0x4240
	bl totient
	mr 9,3
	mr 4,9
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl show_int
	lis 9,.LC0@ha
	la 9,.LC0@l(9)
	lwz 8,0(9)
	lwz 10,4(9)
	lwz 9,8(9)
	stw 8,64(31)
	stw 10,68(31)
	stw 9,72(31)
	lis 9,.LC1@ha
	la 9,.LC1@l(9)
	lwz 8,0(9)
	lwz 10,4(9)
	lwz 9,8(9)
	stw 8,76(31)
	stw 10,80(31)
	stw 9,84(31)
	li 9,105
	stw 9,40(31)
	li 9,0
	stw 9,20(31)
	li 9,0
	stw 9,24(31)
	b .L71
.L72:
	lwz 9,24(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,56
	lwz 9,0(9)
	lwz 10,40(31)
	divwu 9,10,9
	stw 9,44(31)
	lwz 9,24(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,68
	lwz 10,0(9)
	lwz 9,44(31)
	mullw 9,10,9
	lwz 10,40(31)
	divwu 8,9,10
	lwz 10,40(31)
	mullw 10,8,10
	subf 30,10,9
	lwz 9,24(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,56
	lwz 10,0(9)
	lwz 9,44(31)
	divwu 8,9,10
	mullw 10,8,10
	subf 8,10,9
	lwz 9,24(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,56
	lwz 9,0(9)
	mr 4,9
	mr 3,8
	bl inverse
	mr 9,3
	mullw 10,30,9
	lwz 9,20(31)
	add 9,10,9
	lwz 10,40(31)
	divwu 8,9,10
	lwz 10,40(31)
	mullw 10,8,10
	subf 9,10,9
	stw 9,20(31)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L71:
	lwz 9,24(31)
	cmpwi 0,9,2
	ble 0,.L72
	lwz 9,20(31)
	mr 4,9
	lis 9,.LC11@ha
	la 3,.LC11@l(9)
	bl show_int
	lwz 10,20(31)
	lwz 9,8(31)
	add 9,10,9
	mr 3,9
	addi 11,31,96
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
.LFE10:
	.size	main,.-main
	.section	.rodata
	.align 2
	.type	small.2, @object
	.size	small.2, 16
small.2:
	.long	2
	.long	3
	.long	5
	.long	7
	.align 2
	.type	bases.1, @object
	.size	bases.1, 12
bases.1:
	.long	2
	.long	7
	.long	61
	.align 2
	.type	nums.0, @object
	.size	nums.0, 20
nums.0:
	.long	600851475
	.long	-1
	.long	2147483647
	.long	-1294967485
	.long	-1079935545
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
