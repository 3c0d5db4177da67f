	.file	"matrix.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	matmul, @function
matmul:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	addi 0,5,48
	stw 28,16(1)
	.cfi_offset 28, -16
	mr 28,5
	stw 29,20(1)
	.cfi_offset 29, -12
	addi 29,4,572
	stw 30,24(1)
	.cfi_offset 30, -8
	addi 30,3,-4
	stw 31,28(1)
	.cfi_offset 31, -4
	addi 31,4,-4
.L2:
	mr 11,28
	mr 12,30
.L6:
	li 10,6
	mr 9,11
	mr 7,31
	li 6,0
	li 5,0
	mtctr 10
.L3:
	addi 10,7,4
	lwz 8,4(7)
	lwz 3,0(9)
	addi 7,7,8
	lwz 4,48(9)
	addi 9,9,96
	lwz 10,4(10)
	mullw 8,8,3
	mullw 10,10,4
	add 6,6,8
	add 5,5,10
	bdnz .L3
	addi 11,11,4
	add 6,6,5
	cmplw 0,11,0
	stwu 6,4(12)
	bne+ 0,.L6
	addi 31,31,48
	addi 30,30,48
	cmplw 0,31,29
	bne+ 0,.L2
	lwz 28,16(1)
	lwz 29,20(1)
	lwz 30,24(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE0:
	.size	matmul,.-matmul
	.globl __divdi3
	.align 2
	.type	det, @function
det:
.LFB4:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	xori 9,4,0x5
	mflr 0
	stw 20,32(1)
	.cfi_register 65, 0
	.cfi_offset 20, -48
	mulli 20,4,48
	stw 23,44(1)
	.cfi_offset 23, -36
	addic 23,9,-1
	stw 0,84(1)
	subfe 23,23,9
	stw 16,16(1)
	add 20,3,20
	stw 18,24(1)
	addi 23,23,4
	stw 19,28(1)
	stw 31,76(1)
	stw 17,20(1)
	.cfi_offset 65, 4
	.cfi_offset 16, -64
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 31, -4
	.cfi_offset 17, -60
	mr 17,3
	stw 21,36(1)
	.cfi_offset 21, -44
	mr 21,3
	stw 22,40(1)
	.cfi_offset 22, -40
	li 22,1
	stw 24,48(1)
	.cfi_offset 24, -32
	addi 24,3,-8
	stw 25,52(1)
	.cfi_offset 25, -28
	mr 25,4
	stw 26,56(1)
	.cfi_offset 26, -24
	li 26,0
	stw 27,60(1)
	.cfi_offset 27, -20
	mr 27,20
	stw 28,64(1)
	.cfi_offset 28, -16
	li 28,0
	stw 29,68(1)
	.cfi_offset 29, -12
	li 29,1
	stw 30,72(1)
	.cfi_offset 30, -8
	addi 30,4,-1
.L26:
	lwz 11,0(17)
	addi 26,26,1
	lwz 5,4(17)
	cmpw 7,25,26
	or. 9,11,5
	beq- 0,.L50
	beq- 7,.L29
.L51:
	addi 18,17,48
.L23:
	mr 16,17
	mr 19,18
	mr 31,30
.L24:
	lwzu 3,8(19)
	mr 5,28
	lwz 7,4(17)
	mr 6,29
	lwz 11,12(16)
	addi 16,16,8
	lwz 4,4(18)
	lwz 10,4(19)
	mullw 3,3,7
	lwz 9,0(18)
	lwz 8,0(17)
	mulhwu 12,4,11
	lwz 0,0(16)
	mullw 9,9,11
	mullw 8,8,10
	mullw 0,0,4
	mullw 4,4,11
	mullw 11,10,7
	add 3,3,8
	mulhwu 10,10,7
	add 9,9,0
	add 9,9,12
	subfc 4,4,11
	add 3,3,10
	subfe 3,9,3
	bl __divdi3
	addic. 31,31,-1
	stw 3,0(19)
	stw 4,4(19)
	bne+ 0,.L24
	addi 18,18,48
	cmplw 0,18,27
	bne+ 0,.L23
	cmpw 0,23,26
	lwz 28,0(17)
	lwz 29,4(17)
	addi 27,27,8
	addi 30,30,-1
	addi 24,24,48
	addi 17,17,56
	bne+ 0,.L26
.L22:
	slwi 26,26,3
	srawi 3,22,31
	add 20,20,26
	lwz 4,-44(20)
	lwz 9,-48(20)
	mullw 3,4,3
	mullw 9,9,22
	mulhwu 10,4,22
	mullw 4,4,22
	add 3,3,9
	add 3,3,10
.L12:
	lwz 0,84(1)
	lwz 16,16(1)
	lwz 17,20(1)
	lwz 18,24(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 19,28(1)
	lwz 20,32(1)
	lwz 21,36(1)
	lwz 22,40(1)
	lwz 23,44(1)
	lwz 24,48(1)
	lwz 25,52(1)
	lwz 26,56(1)
	lwz 27,60(1)
	lwz 28,64(1)
	lwz 29,68(1)
	lwz 30,72(1)
	lwz 31,76(1)
	addi 1,1,80
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
	.cfi_restore 16
	.cfi_def_cfa_offset 0
	blr
.L50:
	.cfi_restore_state
	mr 10,17
	mr 9,26
	ble- 7,.L45
	subf 8,26,25
	andi. 8,8,0x1
	beq- 0,.L16
	lwz 3,48(17)
	lwz 4,52(17)
	or. 10,3,4
	bne- 0,.L17
	addi 9,26,1
	addi 10,17,48
	cmpw 0,25,9
	bne+ 0,.L16
	b .L12
.L19:
	lwz 3,48(7)
	addi 9,9,1
	lwz 4,52(7)
	or. 8,3,4
	bne- 0,.L17
	addi 9,9,1
	cmpw 0,25,9
	beq- 0,.L12
.L16:
	lwz 8,48(10)
	addi 7,10,48
	lwz 6,52(10)
	addi 10,10,96
	or. 8,8,6
	beq+ 0,.L19
.L17:
	cmpw 0,25,9
	beq- 0,.L28
	mulli 7,9,48
	mr 4,24
	andi. 9,25,0x1
	mr 3,25
	addi 7,7,-8
	addi 9,25,-1
	add 7,21,7
	beq- 0,.L21
	lwz 10,8(24)
	mr. 3,9
	lwz 11,12(24)
	addi 7,7,8
	lwz 8,0(7)
	addi 4,24,8
	lwz 9,4(7)
	stw 8,8(24)
	stw 9,12(24)
	stw 10,0(7)
	stw 11,4(7)
	beq- 0,.L48
.L21:
	lwz 8,8(4)
	addi 5,4,8
	lwz 9,12(4)
	addi 6,7,8
	lwz 10,8(7)
	addic. 3,3,-2
	lwz 11,12(7)
	addi 4,4,16
	addi 7,7,16
	stw 10,-8(4)
	stw 11,-4(4)
	stw 8,-8(7)
	stw 9,-4(7)
	lwz 8,8(5)
	lwz 9,12(5)
	lwz 10,8(6)
	lwz 11,12(6)
	stw 10,8(5)
	stw 11,12(5)
	stw 8,8(6)
	stw 9,12(6)
	bne+ 0,.L21
.L48:
	neg 22,22
	bne+ 7,.L51
.L29:
	li 26,4
	b .L22
.L45:
	li 9,5
	b .L17
.L28:
	mr 3,11
	mr 4,5
	b .L12
	.cfi_endproc
.LFE4:
	.size	det,.-det
	.align 2
	.type	digest.constprop.0, @function
digest.constprop.0:
.LFB6:
	.cfi_startproc
	lis 5,.LANCHOR0@ha
	lis 10,0x100
	la 5,.LANCHOR0@l(5)
	ori 10,10,0x193
	addi 6,5,-4
	li 3,0
	addi 5,5,572
.L53:
	li 8,6
	mr 9,6
	mtctr 8
.L54:
	lwz 7,4(9)
	addi 9,9,8
	lwz 8,0(9)
	xor 3,3,7
	mullw 3,3,10
	xor 3,3,8
	mullw 3,3,10
	bdnz .L54
	addi 6,6,48
	cmplw 0,6,5
	bne+ 0,.L53
	blr
	.cfi_endproc
.LFE6:
	.size	digest.constprop.0,.-digest.constprop.0
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	stwu 1,-944(1)
	.cfi_def_cfa_offset 944
	mflr 0
	li 11,0
	stw 31,940(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	la 31,.LANCHOR0@l(31)
	stw 14,872(1)
	stw 15,876(1)
	stw 16,880(1)
	stw 17,884(1)
	stw 18,888(1)
	stw 19,892(1)
	stw 20,896(1)
	stw 21,900(1)
	stw 22,904(1)
	stw 23,908(1)
	stw 24,912(1)
	stw 25,916(1)
	stw 0,948(1)
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
	.cfi_offset 65, 4
	lis 0,0xcccc
	stw 29,932(1)
	.cfi_offset 29, -12
	lis 29,0xba2e
	stw 30,936(1)
	.cfi_offset 30, -8
	addi 30,31,572
	stw 26,920(1)
	ori 29,29,0x8ba3
	stw 27,924(1)
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	addi 26,31,1148
	stw 28,928(1)
	.cfi_offset 28, -16
	mr 27,30
	ori 0,0,0xcccd
	li 28,0
.L60:
	li 9,12
	mr 6,11
	mr 3,26
	mr 4,27
	mr 7,28
	li 5,12
	mtctr 9
.L61:
	mulhwu 8,6,0
	subfic 9,5,12
	mulhwu 10,7,29
	xor 9,9,11
	cntlzw 9,9
	addi 5,5,-1
	srwi 8,8,2
	srwi 9,9,5
	mulli 8,8,5
	srwi 10,10,3
	mulli 10,10,11
	slwi 9,9,1
	subf 8,8,6
	addi 6,6,2
	subf 10,10,7
	add 9,9,8
	addi 9,9,-2
	addi 10,10,-5
	stwu 9,4(3)
	addi 7,7,3
	stwu 10,4(4)
	bdnz .L61
	addi 11,11,1
	addi 28,28,7
	cmpwi 0,11,12
	addi 27,27,48
	addi 26,26,48
	bne+ 0,.L60
	addi 28,31,1152
	addi 29,31,576
	mr 5,28
	mr 4,29
	mr 3,31
	addi 26,31,1724
	bl matmul
	addi 27,31,2300
	bl digest.constprop.0
	mr 4,3
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl show_hex
	mr 5,26
.L63:
	li 8,6
	mr 10,5
	mr 9,28
	mtctr 8
.L64:
	lwz 6,0(9)
	addi 8,10,4
	lwz 7,48(9)
	addi 10,10,8
	addi 9,9,96
	stw 6,-4(10)
	stw 7,4(8)
	bdnz .L64
	addi 5,5,48
	addi 28,28,4
	cmplw 0,5,27
	bne+ 0,.L63
	addi 25,31,-4
	mr 28,29
	addi 24,31,1148
	li 0,1
.L65:
	mr 11,26
	mr 23,25
.L69:
	li 9,6
	mr 7,11
	mr 8,30
	li 5,0
	li 4,0
	mtctr 9
.L66:
	addi 9,8,4
	addi 6,7,4
	lwz 10,4(8)
	addi 7,7,8
	lwz 3,-4(7)
	addi 8,8,8
	lwz 9,4(9)
	lwz 6,4(6)
	mullw 10,10,3
	mullw 9,9,6
	add 5,5,10
	add 4,4,9
	bdnz .L66
	lwzu 9,4(23)
	add 5,5,4
	addi 11,11,48
	cmplw 0,11,27
	xor 9,9,5
	cntlzw 9,9
	srwi 9,9,5
	and 0,0,9
	bne+ 0,.L69
	addi 30,30,48
	addi 25,25,48
	cmplw 0,24,30
	bne+ 0,.L65
	lis 3,.LC4@ha
	mr 4,0
	la 3,.LC4@l(3)
	bl show_int
	lwz 4,172(31)
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
	mr 4,31
	mr 5,31
	mr 3,29
	bl matmul
	li 7,12
	li 4,0
	li 9,0
.L70:
	lwz 5,0(28)
	addic. 7,7,-4
	lwz 6,52(28)
	addi 28,28,208
	lwz 8,-104(28)
	lwz 10,-52(28)
	add 4,4,5
	add 9,9,6
	add 4,4,8
	add 9,9,10
	bne+ 0,.L70
	lis 3,.LC6@ha
	add 4,4,9
	la 3,.LC6@l(3)
	li 29,0
	bl show_int
	li 7,7
	li 8,0
	li 11,0
	li 10,1
	li 5,0
	li 6,0
	li 27,0
	li 30,1
	li 31,0
	li 9,1
	li 28,90
	mtctr 7
.L72:
	mullw 7,11,10
	mullw 4,31,9
	mulhwu 25,10,10
	mulhwu 0,9,9
	slwi 7,7,1
	slwi 4,4,1
	mullw 3,27,9
	mullw 20,11,6
	add 24,7,25
	add 25,4,0
	mullw 7,31,30
	mullw 0,5,10
	mulhwu 19,6,10
	add 7,7,3
	mullw 3,9,30
	add 21,0,20
	mullw 0,6,10
	mulhwu 22,9,30
	add 19,21,19
	mullw 4,29,8
	addc 20,3,0
	mullw 21,29,6
	mulhwu 0,8,8
	add 7,7,22
	mullw 3,5,8
	slwi 4,4,1
	mullw 22,11,30
	adde 7,7,19
	mullw 18,27,10
	add 4,4,0
	add 3,3,21
	mulhwu 0,6,8
	mulhwu 21,30,10
	andi. 16,28,0x1
	add 18,18,22
	mullw 26,10,10
	add 3,3,0
	mullw 23,9,9
	add 18,18,21
	mullw 22,8,8
	srwi 28,28,1
	mullw 19,30,10
	mullw 17,6,8
	beq- 0,.L71
	addc 6,19,17
	mr 27,7
	adde 5,18,3
	mr 30,20
.L71:
	addc 23,23,26
	adde 25,25,24
	addc 9,9,8
	adde 0,31,29
	mullw 11,11,9
	mullw 0,0,10
	addc 8,22,26
	mulhwu 3,10,9
	adde 29,4,24
	mullw 10,10,9
	mr 31,25
	add 11,11,0
	mr 9,23
	add 11,11,3
	bdnz .L72
	lis 3,.LC7@ha
	li 31,4
	la 3,.LC7@l(3)
	li 25,0
	bl show_i64
	li 5,4
	li 10,4
	li 27,0
	li 7,2
	li 22,0
	li 12,0
	li 28,0
	li 8,1
	li 23,0
	li 6,1
	li 29,0
	li 9,3
	li 24,13
	mtctr 5
.L74:
	mullw 5,29,9
	addi 31,31,-1
	mullw 4,28,7
	mullw 3,27,8
	mulhwu 11,8,7
	slwi 0,5,1
	mulhwu 5,9,9
	add 3,4,3
	mullw 20,22,8
	mullw 4,23,9
	add 21,3,11
	add 0,0,5
	mullw 3,29,6
	mullw 5,28,12
	mulhwu 16,8,12
	add 11,4,3
	mullw 3,6,9
	add 5,5,20
	mullw 20,8,12
	mullw 18,25,10
	add 5,5,16
	mulhwu 4,6,9
	mullw 19,23,7
	addc 20,3,20
	mullw 17,27,6
	slwi 18,18,1
	mulhwu 3,10,10
	add 4,11,4
	mullw 15,22,10
	adde 11,4,5
	mullw 16,25,12
	add 4,19,17
	add 3,18,3
	mulhwu 17,6,7
	mulhwu 18,12,10
	add 5,15,16
	andi. 15,24,0x1
	mullw 30,8,7
	add 4,4,17
	mullw 26,9,9
	add 5,5,18
	mullw 19,10,10
	srwi 24,24,1
	mullw 14,6,7
	mullw 16,12,10
	beq- 0,.L73
	addc 12,14,16
	mr 23,11
	adde 22,4,5
	mr 6,20
.L73:
	addc 26,26,30
	adde 0,0,21
	addc 5,9,10
	adde 29,29,25
	addc 10,19,30
	mullw 27,27,5
	adde 25,3,21
	mullw 30,29,7
	mr 9,26
	mullw 3,29,8
	mr 29,0
	mullw 28,28,5
	mulhwu 11,7,5
	add 27,27,30
	mulhwu 4,8,5
	add 28,28,3
	mullw 7,7,5
	mullw 8,8,5
	add 27,27,11
	add 28,28,4
	bdnz .L74
	lis 3,.LC8@ha
	mr 5,23
	la 3,.LC8@l(3)
	addi 30,1,576
	bl show_hex64
	lis 4,0x2492
	mr 3,30
	ori 4,4,0x4925
	li 5,0
.L77:
	addi 5,5,1
	li 9,6
	mr 8,3
	slwi 10,5,1
	li 6,6
	mtctr 9
	b .L76
.L75:
	addi 9,9,-3
	add 10,10,5
	srawi 7,9,31
	stw 9,4(8)
	stw 7,0(8)
	bdz .L118
.L76:
	mulhwu 9,10,4
	subfic 7,6,6
	cmpw 0,31,7
	addi 8,8,8
	addi 6,6,-1
	subf 7,9,10
	srwi 7,7,1
	add 9,9,7
	srwi 9,9,2
	mulli 9,9,7
	subf 9,9,10
	bne+ 0,.L75
	addi 9,9,5
	add 10,10,5
	addi 9,9,-3
	srawi 7,9,31
	stw 9,4(8)
	stw 7,0(8)
	bdnz .L76
.L118:
	cmpwi 0,5,6
	addi 31,31,1
	addi 3,3,48
	bne+ 0,.L77
	li 4,6
	addi 3,1,584
	bl det
	mr 5,3
	lis 3,.LC9@ha
	mr 6,4
	la 3,.LC9@l(3)
	bl show_i64
	addi 8,1,288
	li 10,0
	li 11,1
.L78:
	li 7,6
	mr 9,8
	mtctr 7
.L79:
	stwu 10,8(9)
	stw 11,4(9)
	bdnz .L79
	addi 8,8,48
	cmplw 0,30,8
	bne+ 0,.L78
	li 4,6
	addi 3,1,296
	bl det
	mr 5,3
	lis 3,.LC10@ha
	mr 6,4
	la 3,.LC10@l(3)
	bl show_i64
	mr 3,1
	li 4,0
	li 7,1
.L81:
	li 8,5
	mr 6,3
	li 10,0
	li 9,1
	mtctr 8
.L82:
	mullw 8,10,7
	stwu 10,8(6)
	mullw 5,4,9
	mulhwu 10,9,7
	stw 9,4(6)
	mullw 9,9,7
	add 8,8,5
	add 10,8,10
	bdnz .L82
	addic 7,7,1
	addi 3,3,48
	addze 4,4
	cmpwi 0,4,0
	bne+ 0,.L81
	cmplwi 0,7,6
	bne+ 0,.L81
	li 4,5
	addi 3,1,8
	bl det
	li 31,0
	mr 5,3
	lis 3,.LC11@ha
	mr 6,4
	la 3,.LC11@l(3)
	bl show_i64
	li 7,0
	lis 4,0x1
	li 9,64
	ori 7,7,0xfec4
	li 0,-6424
	li 11,6424
	mtctr 9
	mr 10,4
.L85:
	mullw 9,10,7
	mulhw 3,31,0
	mulli 8,31,-6424
	mulhw 5,10,7
	addc 9,9,8
	mullw 4,31,7
	mulhw 6,10,11
	srwi 9,9,16
	adde 5,5,3
	mulli 8,10,6424
	mulhw 3,31,7
	rlwimi 9,5,16,0,31-16
	addc 8,8,4
	mr 10,9
	srwi 31,8,16
	adde 6,6,3
	rlwimi 31,6,16,0,31-16
	bdnz .L85
	lis 3,.LC12@ha
	mr 4,9
	la 3,.LC12@l(3)
	bl show_int
	lis 3,.LC13@ha
	mr 4,31
	la 3,.LC13@l(3)
	bl show_int
	bl digest.constprop.0
	lis 9,0x51d0
	ori 9,9,0x7eaf
	lwz 0,948(1)
	mulhwu 9,3,9
	lwz 14,872(1)
	lwz 15,876(1)
	lwz 16,880(1)
	mtlr 0
	.cfi_restore 65
	subf 10,9,3
	lwz 17,884(1)
	srwi 10,10,1
	lwz 18,888(1)
	add 9,9,10
	lwz 19,892(1)
	srwi 9,9,6
	lwz 20,896(1)
	mulli 9,9,97
	lwz 21,900(1)
	lwz 22,904(1)
	lwz 23,908(1)
	subf 3,9,3
	lwz 24,912(1)
	lwz 25,916(1)
	lwz 26,920(1)
	lwz 27,924(1)
	lwz 28,928(1)
	lwz 29,932(1)
	lwz 30,936(1)
	lwz 31,940(1)
	addi 1,1,944
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
	.cfi_restore 16
	.cfi_restore 15
	.cfi_restore 14
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE5:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	C, @object
	.size	C, 576
C:
	.zero	576
	.type	A, @object
	.size	A, 576
A:
	.zero	576
	.type	B, @object
	.size	B, 576
B:
	.zero	576
	.type	Bt, @object
	.size	Bt, 576
Bt:
	.zero	576
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
