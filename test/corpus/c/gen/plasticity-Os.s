	.file	"plasticity.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	xorshift, @function
xorshift:
.LFB0:
	.cfi_startproc
	lis 8,.LANCHOR0@ha
	lwz 9,.LANCHOR0@l(8)
	slwi 10,9,13
	xor 10,10,9
	srwi 9,10,17
	xor 9,9,10
	slwi 3,9,5
	xor 3,3,9
	stw 3,.LANCHOR0@l(8)
	blr
	.cfi_endproc
.LFE0:
	.size	xorshift,.-xorshift
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"epoch "
.LC1:
	.string	" reward="
.LC2:
	.string	" mean*100="
.LC3:
	.string	" hist="
.LC4:
	.string	"weights"
.LC5:
	.string	"diagonal"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	stmw 14,24(1)
	.cfi_register 65, 0
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
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR1@ha
	stw 0,100(1)
	.cfi_offset 65, 4
	la 31,.LANCHOR1@l(31)
	li 30,0
	addi 21,31,-1
	li 27,9
.L3:
	add 28,30,21
	li 29,32
.L4:
	bl xorshift
	divwu 9,3,27
	addic. 29,29,-1
	mulli 9,9,9
	subf 3,9,3
	addi 3,3,12
	stbu 3,1(28)
	bne+ 0,.L4
	addi 30,30,32
	cmplwi 0,30,1024
	bne+ 0,.L3
	lis 25,.LC0@ha
	lis 24,.LC1@ha
	lis 23,.LC2@ha
	lis 22,.LC3@ha
	li 27,0
	li 29,0
	li 26,0
	la 25,.LC0@l(25)
	la 24,.LC1@l(24)
	la 23,.LC2@l(23)
	la 22,.LC3@l(22)
.L5:
	li 30,0
	addi 19,31,1024
	addi 20,31,2048
	b .L27
.L8:
	bl xorshift
	li 10,90
	cmpw 0,30,17
	beq- 0,.L6
	cmpw 0,28,17
	li 10,0
	bne+ 0,.L6
	li 10,90
.L6:
	cmpw 0,18,17
	rlwinm 9,3,0,26,31
	add 9,9,10
	rlwinm 3,3,24,26,31
	li 10,70
	beq- 0,.L7
	li 10,0
.L7:
	addi 17,17,1
	add 3,3,10
	cmpwi 0,17,32
	stbx 9,16,19
	stbx 3,16,20
	addi 16,16,1
	bne+ 0,.L8
	cmpwi 0,15,32
	mr 30,15
	beq- 0,.L33
.L27:
	add 28,29,30
	addi 15,30,1
	rlwinm 28,28,0,27,31
	slwi 16,30,5
	li 17,0
	rlwinm 18,15,0,27,31
	b .L8
.L33:
	li 10,32
	li 9,0
	li 28,0
	mtctr 10
.L9:
	mulli 10,9,33
	addi 9,9,1
	lbzx 10,31,10
	add 28,28,10
	bdnz .L9
	srawi 28,28,5
	li 15,0
	subf 16,26,28
.L10:
	mr 17,15
	li 18,32
.L13:
	lbzx 9,19,17
	lbzx 30,20,17
	subf 30,30,9
	bl xorshift
	mullw 30,30,16
	rlwinm 3,3,0,22,31
	mulli 30,30,24
	srawi 14,30,10
	rlwinm 30,30,0,22,31
	cmpw 0,30,3
	ble- 0,.L11
	addi 14,14,1
.L11:
	lbzx 9,31,17
	li 10,0
	add. 9,9,14
	blt- 0,.L12
	cmpwi 0,9,63
	li 10,63
	bgt- 0,.L12
	mr 10,9
.L12:
	addic. 18,18,-1
	stbx 10,31,17
	addi 17,17,1
	bne+ 0,.L13
	addi 15,15,32
	cmplwi 0,15,1024
	bne+ 0,.L10
	andi. 9,29,0x1
	srawi 16,16,1
	addze 16,16
	add 26,26,16
	beq+ 0,.L16
	mr 8,31
	li 6,0
.L15:
	li 7,32
	addi 9,8,-1
	li 10,0
	mtctr 7
.L17:
	lbzu 7,1(9)
	add 10,10,7
	bdnz .L17
	cmpwi 0,10,0
	beq+ 0,.L18
	li 9,32
	srawi 5,10,1
	mr 7,8
	mtctr 9
.L20:
	lbz 9,0(7)
	slwi 9,9,9
	add 9,9,5
	divw 9,9,10
	cmpwi 0,9,63
	ble- 0,.L19
	li 9,63
.L19:
	stb 9,0(7)
	addi 7,7,1
	bdnz .L20
.L18:
	addi 6,6,1
	addi 8,8,32
	cmpwi 0,6,32
	bne+ 0,.L15
.L16:
	addi 20,1,8
	li 5,16
	li 4,0
	mr 3,20
	bl memset
	li 30,0
.L21:
	li 9,32
	add 8,18,21
	mtctr 9
.L22:
	lbzu 9,1(8)
	rotlwi 27,27,3
	rlwinm 7,9,30,26,29
	add 30,30,9
	lwzx 10,20,7
	xor 27,9,27
	addi 10,10,1
	stwx 10,20,7
	bdnz .L22
	addi 18,18,32
	cmplwi 0,18,1024
	bne+ 0,.L21
	mr 3,25
	bl print_str
	mr 3,29
	bl print_int
	mr 3,24
	bl print_str
	mr 3,28
	bl print_int
	mr 3,23
	bl print_str
	mulli 3,30,100
	li 30,0
	srawi 3,3,10
	bl print_int
	mr 3,22
	bl print_str
.L26:
	slwi 9,30,2
	lwzx 3,20,9
	bl print_int
	cmpwi 0,30,3
	bne+ 0,.L24
	li 3,10
	addi 29,29,1
	bl print_char
	cmpwi 0,29,4
	bne+ 0,.L5
	lis 3,.LC4@ha
	mr 4,27
	la 3,.LC4@l(3)
	li 30,0
	bl show_hex
	li 10,32
	li 9,0
	mtctr 10
.L28:
	mulli 10,9,33
	addi 9,9,1
	lbzx 10,31,10
	add 30,30,10
	bdnz .L28
	lis 3,.LC5@ha
	mr 4,30
	la 3,.LC5@l(3)
	bl show_int
	addi 11,1,96
	rlwinm 3,30,0,25,31
	b _restgpr_14_x
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
	.cfi_restore 18
	.cfi_restore 17
	.cfi_restore 16
	.cfi_restore 15
	.cfi_restore 14
	.cfi_restore 65
.L24:
	.cfi_restore_state
	li 3,47
	addi 30,30,1
	bl print_char
	b .L26
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
