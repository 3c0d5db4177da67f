	.file	"matrix.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	matmul, @function
matmul:
.LFB0:
	.cfi_startproc
	li 9,0
	addi 4,4,-4
.L2:
	li 10,0
	add 12,3,9
	b .L6
.L3:
	lwz 0,0(7)
	addi 7,7,48
	lwzu 6,4(11)
	mullw 6,6,0
	add 8,8,6
	bdnz .L3
	stwx 8,12,10
	addi 10,10,4
	cmplwi 0,10,48
	beq- 0,.L4
.L6:
	li 6,12
	add 11,4,9
	add 7,5,10
	li 8,0
	mtctr 6
	b .L3
.L4:
	addi 9,9,48
	cmplwi 0,9,576
	bne+ 0,.L2
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
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	stmw 19,12(1)
	.cfi_offset 65, 4
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
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 30,3
	mr 31,4
	addi 24,4,-1
	mr 29,3
	mr 23,3
	li 28,0
	li 25,1
	li 26,0
	li 27,1
.L22:
	lwz 3,0(29)
	addi 28,28,1
	lwz 4,4(29)
	or. 9,3,4
	bne+ 0,.L12
	subf 10,28,31
	cmpw 0,28,31
	addi 10,10,1
	mr 8,29
	mr 9,28
	mtctr 10
	bgt- 0,.L28
	lis 10,0x8000
	cmpw 0,31,10
	bne+ 0,.L10
.L28:
	li 10,1
	mtctr 10
	b .L10
.L14:
	addi 9,9,1
.L10:
	cmpw 0,9,31
	bdz .L29
	lwzu 10,48(8)
	lwz 7,4(8)
	or. 10,10,7
	beq+ 0,.L14
.L16:
	mulli 9,9,48
	addi 10,23,-8
	mtctr 31
	addi 9,9,-8
	add 9,30,9
.L18:
	lwz 6,8(10)
	addi 10,10,8
	lwz 7,4(10)
	addi 9,9,8
	lwz 4,0(9)
	lwz 5,4(9)
	stw 4,0(10)
	stw 5,4(10)
	stw 6,0(9)
	stw 7,4(9)
	bdnz .L18
	neg 25,25
.L12:
	addi 22,29,48
	mr 19,28
.L19:
	cmpw 0,19,31
	blt+ 0,.L24
	cmpw 0,24,28
	lwz 26,0(29)
	lwz 27,4(29)
	addi 23,23,48
	addi 29,29,56
	bgt+ 0,.L22
	mulli 31,31,48
	slwi 24,24,3
	srawi 3,25,31
	add 30,30,31
	addi 30,30,-48
	add 9,30,24
	lwz 4,4(9)
	lwzx 9,30,24
	mullw 3,4,3
	mullw 9,9,25
	add 3,3,9
	mulhwu 9,4,25
	mullw 4,4,25
	add 3,3,9
	b .L9
.L29:
	bne+ 0,.L16
.L9:
	addi 11,1,64
	b _restgpr_19_x
	.cfi_remember_state
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
	.cfi_restore 65
.L20:
	.cfi_restore_state
	lwz 10,4(21)
	lwz 7,0(21)
	mullw 9,10,9
	mullw 7,7,8
	mullw 6,10,8
	mulhwu 10,10,8
	lwz 8,4(22)
	add 9,9,7
	lwz 7,0(22)
	add 9,9,10
	slwi 10,20,3
	add 5,23,10
	lwzx 3,23,10
	lwz 10,4(5)
	mr 5,26
	addi 20,20,1
	mullw 3,3,8
	mullw 7,7,10
	mullw 4,10,8
	mulhwu 10,10,8
	add 3,3,7
	subfc 4,4,6
	mr 6,27
	add 3,3,10
	subfe 3,3,9
	bl __divdi3
	stw 3,0(21)
	stw 4,4(21)
.L21:
	cmpw 0,20,31
	lwz 9,0(29)
	lwz 8,4(29)
	addi 21,21,8
	blt+ 0,.L20
	addi 19,19,1
	addi 22,22,48
	b .L19
.L24:
	mr 21,22
	mr 20,28
	b .L21
	.cfi_endproc
.LFE4:
	.size	det,.-det
	.align 2
	.type	digest.constprop.0, @function
digest.constprop.0:
.LFB6:
	.cfi_startproc
	lis 9,.LANCHOR0@ha
	lis 7,0x100
	la 9,.LANCHOR0@l(9)
	li 10,0
	li 3,0
	addi 9,9,-4
	ori 7,7,0x193
.L33:
	li 6,12
	add 8,9,10
	mtctr 6
.L34:
	lwzu 6,4(8)
	xor 3,3,6
	mullw 3,3,7
	bdnz .L34
	addi 10,10,48
	cmplwi 0,10,576
	bne+ 0,.L33
	blr
	.cfi_endproc
.LFE6:
	.size	digest.constprop.0,.-digest.constprop.0
	.align 2
	.type	m2pow, @function
m2pow:
.LFB3:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	li 0,1
	lwz 9,4(4)
	lwz 8,24(4)
	stmw 16,16(1)
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
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	li 27,0
	lwz 31,0(4)
	li 30,1
	lwz 25,8(4)
	li 26,0
	lwz 23,12(4)
	li 29,0
	lwz 24,16(4)
	li 21,0
	lwz 22,20(4)
	li 28,0
	lwz 10,28(4)
	li 20,0
.L40:
	addc 11,9,10
	mr 7,25
	adde 19,31,8
	mullw 25,25,11
	mullw 4,19,23
	mr 12,24
	mullw 19,19,22
	mr 6,23
	mullw 24,24,11
	add 25,25,4
	mulhwu 4,23,11
	mullw 23,23,11
	add 24,24,19
	mulhwu 19,22,11
	add 25,25,4
	mr 4,22
	mullw 22,22,11
	andi. 11,5,0x1
	add 24,24,19
	beq- 0,.L39
	mullw 19,20,9
	mullw 11,31,0
	mulhwu 18,9,0
	mullw 17,21,4
	add 11,11,19
	mulhwu 16,4,28
	add 11,11,18
	mullw 18,12,28
	mullw 19,9,0
	mullw 20,20,6
	add 18,18,17
	mullw 17,4,28
	add 18,18,16
	mullw 21,21,10
	mulhwu 16,4,30
	addc 19,19,17
	mullw 17,27,4
	adde 11,11,18
	mullw 18,7,0
	mullw 27,27,10
	add 20,18,20
	mullw 18,6,0
	mulhwu 0,6,0
	add 0,20,0
	mullw 20,8,28
	add 21,20,21
	mullw 20,10,28
	mulhwu 28,10,28
	add 21,21,28
	addc 28,18,20
	adde 21,0,21
	mullw 20,26,9
	mullw 0,31,29
	mulhwu 18,9,29
	mullw 26,26,6
	add 0,0,20
	mullw 20,9,29
	add 0,0,18
	mullw 18,12,30
	add 18,18,17
	mullw 17,4,30
	add 18,18,16
	addc 20,20,17
	adde 0,0,18
	mullw 18,7,29
	add 26,18,26
	mullw 18,6,29
	mulhwu 29,6,29
	add 29,26,29
	mullw 26,8,30
	add 27,26,27
	mullw 26,10,30
	mulhwu 30,10,30
	add 27,27,30
	addc 30,18,26
	adde 27,29,27
	mr 26,0
	mr 29,20
	mr 0,19
	mr 20,11
.L39:
	mullw 12,12,6
	mullw 7,7,4
	mullw 11,6,4
	mulhwu 6,6,4
	mullw 31,31,9
	add 7,7,12
	mullw 8,8,10
	add 7,7,6
	mullw 6,9,9
	mulhwu 9,9,9
	slwi 31,31,1
	slwi 8,8,1
	srwi. 5,5,1
	add 31,31,9
	addc 9,6,11
	mullw 6,10,10
	adde 31,31,7
	mulhwu 10,10,10
	add 8,8,10
	addc 10,6,11
	adde 8,8,7
	bne+ 0,.L40
	stw 20,0(3)
	stw 21,8(3)
	stw 28,12(3)
	stw 26,16(3)
	stw 29,20(3)
	stw 27,24(3)
	stw 30,28(3)
	stw 0,4(3)
	lmw 16,16(1)
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
	.cfi_endproc
.LFE3:
	.size	m2pow,.-m2pow
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC3:
	.string	"A*B"
.LC4:
	.string	"transposed agrees"
.LC5:
	.string	"C[3][7]"
.LC6:
	.string	"trace(C^2)"
.LC7:
	.string	"fib(90)"
.LC8:
	.string	"[[3,2],[1,4]]^13 a"
.LC9:
	.string	"det"
.LC10:
	.string	"det(ones)"
.LC11:
	.string	"vandermonde"
.LC12:
	.string	"x after turn"
.LC13:
	.string	"y after turn"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	stwu 1,-1056(1)
	.cfi_def_cfa_offset 1056
	mflr 0
	li 10,0
	li 4,11
	li 3,5
	stmw 29,1044(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	stw 0,1060(1)
	.cfi_offset 65, 4
	la 31,.LANCHOR0@l(31)
	addi 29,31,576
	addi 30,31,1152
.L47:
	li 9,12
	mulli 6,10,48
	mulli 5,10,7
	li 7,0
	mtctr 9
.L48:
	mulli 8,7,3
	add 8,8,5
	divw 9,8,4
	mulli 9,9,11
	subf 9,9,8
	slwi 8,7,1
	add 8,8,10
	addi 9,9,-5
	stwx 9,6,29
	divw 9,8,3
	mulli 9,9,5
	subf 9,9,8
	xor 8,10,7
	cntlzw 8,8
	addi 7,7,1
	srwi 8,8,5
	slwi 8,8,1
	add 9,9,8
	addi 9,9,-2
	stwx 9,6,30
	addi 6,6,4
	bdnz .L48
	addi 10,10,1
	cmpwi 0,10,12
	bne+ 0,.L47
	mr 5,30
	mr 4,29
	mr 3,31
	bl matmul
	bl digest.constprop.0
	mr 4,3
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl show_hex
	addi 3,31,1728
	mr 8,3
	li 10,0
.L50:
	li 7,12
	li 9,0
	mtctr 7
.L51:
	mulli 6,9,48
	slwi 7,9,2
	addi 9,9,1
	lwzx 6,30,6
	stwx 6,8,7
	bdnz .L51
	addi 10,10,1
	addi 30,30,4
	cmpwi 0,10,12
	addi 8,8,48
	bne+ 0,.L50
	li 10,0
	li 4,1
.L52:
	mr 7,3
	li 8,0
	add 30,29,10
	add 11,31,10
	b .L56
.L53:
	lwzx 5,30,9
	lwzx 0,7,9
	addi 9,9,4
	mullw 5,5,0
	add 6,6,5
	bdnz .L53
	slwi 9,8,2
	addi 8,8,1
	lwzx 9,11,9
	cmpwi 0,8,12
	addi 7,7,48
	xor 9,9,6
	cntlzw 9,9
	srwi 9,9,5
	and 4,4,9
	beq- 0,.L54
.L56:
	li 5,12
	li 9,0
	li 6,0
	mtctr 5
	b .L53
.L54:
	addi 10,10,48
	cmplwi 0,10,576
	bne+ 0,.L52
	lis 3,.LC4@ha
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
	li 10,12
	li 9,0
	li 4,0
	mtctr 10
.L57:
	mulli 10,9,52
	addi 9,9,1
	lwzx 10,29,10
	add 4,4,10
	bdnz .L57
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl show_int
	lis 9,.LANCHOR1@ha
	la 31,.LANCHOR1@l(9)
	lwz 3,.LANCHOR1@l(9)
	lwz 4,4(31)
	lwz 5,8(31)
	lwz 7,16(31)
	lwz 8,20(31)
	lwz 10,24(31)
	lwz 9,28(31)
	lwz 6,12(31)
	stw 3,1008(1)
	addi 3,1,968
	stw 4,1012(1)
	addi 4,1,1008
	stw 5,1016(1)
	li 5,90
	stw 7,1024(1)
	stw 8,1028(1)
	stw 10,1032(1)
	stw 9,1036(1)
	stw 6,1020(1)
	bl m2pow
	lwz 5,976(1)
	lis 3,.LC7@ha
	lwz 6,980(1)
	la 3,.LC7@l(3)
	bl show_i64
	lwz 3,32(31)
	lwz 4,36(31)
	lwz 5,40(31)
	lwz 7,48(31)
	lwz 10,56(31)
	lwz 6,44(31)
	lwz 8,52(31)
	lwz 9,60(31)
	stw 3,1008(1)
	addi 3,1,904
	stw 4,1012(1)
	addi 4,1,1008
	stw 5,1016(1)
	li 5,13
	stw 7,1024(1)
	stw 10,1032(1)
	stw 6,1020(1)
	stw 8,1028(1)
	stw 9,1036(1)
	bl m2pow
	lwz 5,904(1)
	lis 3,.LC8@ha
	lwz 6,908(1)
	la 3,.LC8@l(3)
	bl show_hex64
	addi 7,1,584
	li 10,1
	mr 3,7
	li 0,7
.L58:
	li 9,6
	slwi 6,10,1
	mr 8,7
	li 5,6
	addi 11,10,-1
	mtctr 9
.L60:
	divw 9,6,0
	subfic 31,5,6
	li 4,5
	cmpw 0,31,11
	mulli 9,9,7
	subf 9,9,6
	beq- 0,.L59
	li 4,0
.L59:
	add 9,9,4
	addi 5,5,-1
	addi 9,9,-3
	add 6,6,10
	stw 9,4(8)
	srawi 9,9,31
	stw 9,0(8)
	addi 8,8,8
	bdnz .L60
	addi 10,10,1
	addi 7,7,48
	cmplwi 0,10,7
	bne+ 0,.L58
	li 4,6
	bl det
	mr 5,3
	lis 3,.LC9@ha
	mr 6,4
	la 3,.LC9@l(3)
	bl show_i64
	addi 9,1,296
	li 8,0
	mr 3,9
	li 6,0
	li 7,1
.L62:
	li 5,6
	mr 10,9
	mtctr 5
.L63:
	stw 6,0(10)
	addi 10,10,8
	stw 7,-4(10)
	bdnz .L63
	addi 8,8,1
	addi 9,9,48
	cmpwi 0,8,6
	bne+ 0,.L62
	li 4,6
	bl det
	mr 5,3
	lis 3,.LC10@ha
	mr 6,4
	la 3,.LC10@l(3)
	bl show_i64
	addi 6,1,8
	li 5,0
	li 9,1
	mr 3,6
.L65:
	li 4,5
	mr 7,6
	li 10,0
	li 8,1
	mtctr 4
.L66:
	mullw 4,5,8
	stw 10,0(7)
	mullw 10,10,9
	stw 8,4(7)
	addi 7,7,8
	add 10,10,4
	mulhwu 4,8,9
	mullw 8,8,9
	add 10,10,4
	bdnz .L66
	addic 9,9,1
	addi 6,6,48
	addze 5,5
	cmpwi 0,5,0
	bne+ 0,.L65
	cmplwi 0,9,6
	bne+ 0,.L65
	li 4,5
	li 31,0
	bl det
	mr 5,3
	lis 3,.LC11@ha
	mr 6,4
	la 3,.LC11@l(3)
	bl show_i64
	li 8,0
	li 9,64
	lis 4,0x1
	ori 8,8,0xfec4
	li 11,-6424
	li 5,6424
	mtctr 9
.L69:
	mullw 9,4,8
	mr 10,4
	mulhw 7,4,8
	mulhw 3,31,11
	mulli 4,31,-6424
	addc 4,9,4
	mulli 9,10,6424
	adde 7,7,3
	srwi 4,4,16
	rlwimi 4,7,16,0,31-16
	mullw 7,31,8
	mulhw 10,10,5
	mulhw 31,31,8
	addc 9,9,7
	adde 10,10,31
	srwi 31,9,16
	rlwimi 31,10,16,0,31-16
	bdnz .L69
	lis 3,.LC12@ha
	la 3,.LC12@l(3)
	bl show_int
	lis 3,.LC13@ha
	mr 4,31
	la 3,.LC13@l(3)
	bl show_int
	bl digest.constprop.0
	li 9,97
	divwu 9,3,9
	addi 11,1,1056
	mulli 9,9,97
	subf 3,9,3
	b _restgpr_29_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
	.cfi_endproc
.LFE5:
	.size	main,.-main
	.section	.rodata
	.align 3
	.set	.LANCHOR1,. + 0
.LC0:
	.long	0
	.long	1
	.long	0
	.long	1
	.long	0
	.long	1
	.long	0
	.long	0
.LC1:
	.long	0
	.long	3
	.long	0
	.long	2
	.long	0
	.long	1
	.long	0
	.long	4
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
