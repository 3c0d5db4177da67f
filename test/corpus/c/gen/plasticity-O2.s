	.file	"plasticity.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"epoch "
	.align 2
.LC1:
	.string	" reward="
	.align 2
.LC2:
	.string	" mean*100="
	.align 2
.LC3:
	.string	" hist="
	.align 2
.LC4:
	.string	"weights"
	.align 2
.LC5:
	.string	"diagonal"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	stwu 1,-112(1)
	.cfi_def_cfa_offset 112
	mflr 0
	lis 9,.LANCHOR0@ha
	lis 7,0x38e3
	lwz 9,.LANCHOR0@l(9)
	ori 7,7,0x8e39
	stw 29,100(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	lis 29,.LANCHOR1@ha
	la 29,.LANCHOR1@l(29)
	stw 0,116(1)
	stw 14,40(1)
	stw 15,44(1)
	stw 16,48(1)
	stw 18,56(1)
	stw 20,64(1)
	stw 21,68(1)
	stw 22,72(1)
	stw 23,76(1)
	stw 25,84(1)
	stw 26,88(1)
	stw 27,92(1)
	stw 28,96(1)
	stw 30,104(1)
	stw 31,108(1)
	stw 24,80(1)
	.cfi_offset 65, 4
	.cfi_offset 14, -72
	.cfi_offset 15, -68
	.cfi_offset 16, -64
	.cfi_offset 18, -56
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	.cfi_offset 24, -32
	addi 24,29,-1
	stw 17,52(1)
	mr 6,24
	stw 19,60(1)
	.cfi_offset 17, -60
	.cfi_offset 19, -52
	mr 17,29
	addi 19,29,1023
.L2:
	li 10,32
	mr 8,6
	mtctr 10
.L3:
	slwi 10,9,13
	xor 9,10,9
	srwi 10,9,17
	xor 10,10,9
	slwi 9,10,5
	xor 9,9,10
	mulhwu 10,9,7
	srwi 10,10,1
	mulli 10,10,9
	subf 10,10,9
	addi 10,10,12
	stbu 10,1(8)
	bdnz .L3
	addi 6,6,32
	cmplw 0,6,19
	bne+ 0,.L2
	lis 6,.LC0@ha
	lis 7,.LC1@ha
	lis 8,.LC2@ha
	lis 10,.LC3@ha
	la 6,.LC0@l(6)
	la 7,.LC1@l(7)
	la 8,.LC2@l(8)
	la 10,.LC3@l(10)
	lis 28,.LANCHOR1+1024@ha
	stw 6,24(1)
	stw 7,28(1)
	la 28,.LANCHOR1+1024@l(28)
	stw 8,32(1)
	lis 25,.LANCHOR0@ha
	stw 10,36(1)
	addi 21,28,1024
	addi 15,28,1023
	la 25,.LANCHOR0@l(25)
	li 31,0
	li 18,0
	li 22,0
	addi 27,29,1056
	addi 20,1,8
	addi 23,1,20
	li 26,0
.L4:
	mr 4,21
	mr 5,28
	li 7,0
.L8:
	add 3,18,7
	mr 0,7
	li 10,32
	addi 7,7,1
	rlwinm 3,3,0,27,31
	rlwinm 11,7,0,27,31
	li 8,0
	mtctr 10
.L7:
	slwi 10,9,13
	cmpw 7,0,8
	xor 9,10,9
	cmpw 0,8,11
	srwi 10,9,17
	cmpw 5,8,3
	xor 10,10,9
	li 6,90
	slwi 9,10,5
	xor 9,9,10
	rlwinm 10,9,0,26,31
	beq- 7,.L5
	li 6,0
	bne+ 5,.L5
	li 6,90
.L5:
	add 10,10,6
	rlwinm 6,9,24,26,31
	bne+ 0,.L6
	addi 6,6,70
.L6:
	stbx 10,5,8
	stbx 6,4,8
	addi 8,8,1
	bdnz .L7
	cmplwi 0,7,32
	addi 5,5,32
	addi 4,4,32
	bne+ 0,.L8
	subf 10,29,27
	lis 7,0x3e0f
	addi 8,10,-33
	ori 7,7,0x83e1
	mullw 8,8,7
	mr 5,29
	li 10,0
	li 4,0
	addi 8,8,1
	andi. 7,8,0x3
	beq- 0,.L63
	cmpwi 0,7,1
	beq- 0,.L67
	cmpwi 0,7,2
	beq- 0,.L68
	lbz 10,0(29)
	addi 5,29,33
.L68:
	lbz 7,0(5)
	addi 5,5,33
	add 10,10,7
.L67:
	lbz 7,0(5)
	addi 5,5,33
	cmplw 0,5,27
	add 10,10,7
	beq- 0,.L81
.L63:
	srwi 8,8,2
	mtctr 8
.L9:
	lbz 3,0(5)
	addi 5,5,132
	lbz 6,-99(5)
	lbz 7,-66(5)
	lbz 8,-33(5)
	add 10,10,3
	add 4,4,6
	add 10,10,7
	add 4,4,8
	bdnz .L9
.L81:
	add 10,10,4
	addi 11,29,2047
	srawi 30,10,5
	addi 4,29,1023
	subf 5,22,30
	mr 3,24
.L13:
	li 10,32
	mr 8,3
	mr 6,11
	mr 7,4
	mtctr 10
.L12:
	lbzu 14,1(7)
	slwi 0,9,13
	lbzu 10,1(6)
	xor 9,0,9
	srwi 16,9,17
	li 0,0
	xor 16,16,9
	subf 10,10,14
	slwi 9,16,5
	mullw 10,10,5
	xor 9,9,16
	rlwinm 14,9,0,22,31
	mulli 10,10,24
	rlwinm 16,10,0,22,31
	srawi 10,10,10
	cmpw 0,14,16
	bge- 0,.L10
	addi 10,10,1
.L10:
	lbz 16,1(8)
	add. 16,16,10
	cmpwi 7,16,63
	blt- 0,.L11
	li 0,63
	bgt- 7,.L11
	mr 0,16
.L11:
	stbu 0,1(8)
	bdnz .L12
	addi 4,4,32
	addi 11,11,32
	cmplw 0,4,15
	addi 3,3,32
	bne+ 0,.L13
	andi. 10,18,0x1
	stw 9,0(25)
	srawi 5,5,1
	addze 5,5
	add 22,22,5
	bne- 0,.L92
.L15:
	stw 26,8(1)
	mr 6,24
	stw 26,12(1)
	li 16,0
	stw 26,16(1)
	stw 26,20(1)
.L21:
	li 9,32
	mr 7,6
	mtctr 9
.L22:
	lbzu 10,1(7)
	rotlwi 31,31,3
	rlwinm 8,10,30,26,29
	add 16,16,10
	lwzx 9,20,8
	xor 31,10,31
	addi 9,9,1
	stwx 9,20,8
	bdnz .L22
	addi 6,6,32
	cmplw 0,6,19
	bne+ 0,.L21
	lwz 3,24(1)
	addi 14,1,4
	bl print_str
	mr 3,18
	bl print_int
	lwz 3,28(1)
	bl print_str
	mr 3,30
	bl print_int
	lwz 3,32(1)
	bl print_str
	mulli 3,16,100
	srawi 3,3,10
	bl print_int
	lwz 3,36(1)
	bl print_str
	lwzu 3,4(14)
	bl print_int
	li 3,47
	cmplw 0,14,23
	beq- 0,.L93
.L24:
	bl print_char
	lwzu 3,4(14)
	bl print_int
	li 3,47
	cmplw 0,14,23
	bne+ 0,.L24
.L93:
	addi 18,18,1
	li 3,10
	bl print_char
	cmpwi 0,18,4
	beq- 0,.L94
	lwz 9,0(25)
	b .L4
.L92:
	mr 7,24
.L14:
	li 6,8
	mr 10,7
	li 9,0
	li 8,0
	mtctr 6
.L16:
	lbz 6,1(10)
	lbz 4,2(10)
	lbz 5,3(10)
	add 9,9,6
	lbzu 6,4(10)
	add 8,8,4
	add 9,9,5
	add 8,8,6
	bdnz .L16
	add. 10,9,8
	bne- 0,.L17
.L20:
	addi 7,7,32
	cmplw 0,19,7
	bne+ 0,.L14
	b .L15
.L17:
	li 9,32
	srawi 6,10,1
	mr 8,7
	mtctr 9
.L19:
	lbzu 9,1(8)
	slwi 9,9,9
	add 9,9,6
	divw 9,9,10
	cmpwi 0,9,63
	ble- 0,.L18
	li 9,63
.L18:
	stb 9,0(8)
	bdnz .L19
	b .L20
.L94:
	lis 3,.LC4@ha
	mr 4,31
	la 3,.LC4@l(3)
	bl show_hex
	subf 9,29,27
	lis 8,0x3e0f
	addi 9,9,-33
	ori 8,8,0x83e1
	li 10,0
	mullw 9,9,8
	li 7,0
	addi 9,9,1
	andi. 8,9,0x3
	beq- 0,.L51
	cmpwi 0,8,1
	beq- 0,.L69
	cmpwi 0,8,2
	bne- 0,.L95
.L70:
	lbz 8,0(17)
	addi 17,17,33
	add 10,10,8
.L69:
	lbz 8,0(17)
	addi 17,17,33
	cmplw 0,17,27
	add 10,10,8
	beq- 0,.L80
.L51:
	srwi 9,9,2
	mtctr 9
.L28:
	lbz 4,0(17)
	addi 17,17,132
	lbz 5,-99(17)
	lbz 6,-66(17)
	lbz 8,-33(17)
	add 10,10,4
	add 7,7,5
	add 10,10,6
	add 7,7,8
	bdnz .L28
.L80:
	add 31,10,7
	lis 3,.LC5@ha
	mr 4,31
	la 3,.LC5@l(3)
	bl show_int
	lwz 0,116(1)
	rlwinm 3,31,0,25,31
	lwz 14,40(1)
	lwz 15,44(1)
	lwz 16,48(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 17,52(1)
	lwz 18,56(1)
	lwz 19,60(1)
	lwz 20,64(1)
	lwz 21,68(1)
	lwz 22,72(1)
	lwz 23,76(1)
	lwz 24,80(1)
	lwz 25,84(1)
	lwz 26,88(1)
	lwz 27,92(1)
	lwz 28,96(1)
	lwz 29,100(1)
	lwz 30,104(1)
	lwz 31,108(1)
	addi 1,1,112
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
.L95:
	.cfi_restore_state
	lbz 10,0(29)
	addi 17,29,33
	b .L70
	.cfi_endproc
.LFE5:
	.size	main,.-main
	.section	".data"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	rng, @object
	.size	rng, 4
rng:
	.long	625341585
	.section	".bss"
	.align 2
	.set	.LANCHOR1,. + 0
	.type	weight, @object
	.size	weight, 1024
weight:
	.zero	1024
	.type	causal, @object
	.size	causal, 1024
causal:
	.zero	1024
	.type	acausal, @object
	.size	acausal, 1024
acausal:
	.zero	1024
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
