	.file	"plasticity.c"
	.machine "440"
	.section	".text"
	.lcomm	weight,1024,1
	.type	weight, @object
	.lcomm	causal,1024,1
	.type	causal, @object
	.lcomm	acausal,1024,1
	.type	acausal, @object
	.section	".data"
	.align 2
	.type	rng, @object
	.size	rng, 4
rng:
	.long	625341585
	.section	".text"
	.align 2
	.type	xorshift, @function
xorshift:
.LFB0:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	stw 31,12(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,rng@ha
	lwz 9,rng@l(9)
	slwi 10,9,13
	lis 9,rng@ha
	lwz 9,rng@l(9)
	xor 10,10,9
	lis 9,rng@ha
	stw 10,rng@l(9)
	lis 9,rng@ha
	lwz 9,rng@l(9)
	srwi 10,9,17
	lis 9,rng@ha
	lwz 9,rng@l(9)
	xor 10,10,9
	lis 9,rng@ha
	stw 10,rng@l(9)
	lis 9,rng@ha
	lwz 9,rng@l(9)
	slwi 10,9,5
	lis 9,rng@ha
	lwz 9,rng@l(9)
	xor 10,10,9
	lis 9,rng@ha
	stw 10,rng@l(9)
	lis 9,rng@ha
	lwz 9,rng@l(9)
	mr 3,9
	addi 11,31,16
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	xorshift,.-xorshift
	.align 2
	.type	clamp6, @function
clamp6:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	blt 0,.L4
	lwz 9,8(31)
	cmpwi 0,9,63
	bgt 0,.L5
	lwz 9,8(31)
	b .L8
.L5:
	li 9,63
	b .L8
.L4:
	li 9,0
.L8:
	rlwinm 9,9,0,0xff
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	clamp6,.-clamp6
	.align 2
	.type	measure, @function
measure:
.LFB2:
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
	li 9,0
	stw 9,8(31)
	b .L10
.L22:
	li 9,0
	stw 9,12(31)
	b .L11
.L21:
	bl xorshift
	stw 3,16(31)
	lwz 10,8(31)
	lwz 9,12(31)
	cmpw 0,10,9
	beq 0,.L12
	lwz 10,8(31)
	lwz 9,40(31)
	add 9,10,9
	srawi 10,9,5
	addze 10,10
	slwi 10,10,5
	subf 9,10,9
	lwz 10,12(31)
	cmpw 0,10,9
	bne 0,.L13
.L12:
	li 9,90
	b .L14
.L13:
	li 9,0
.L14:
	stw 9,20(31)
	lwz 9,16(31)
	rlwinm 9,9,0,26,31
	lwz 10,20(31)
	add 9,10,9
	stw 9,24(31)
	lwz 9,16(31)
	srwi 9,9,8
	rlwinm 10,9,0,26,31
	lwz 9,8(31)
	addi 9,9,1
	srawi 8,9,5
	addze 8,8
	slwi 8,8,5
	subf 9,8,9
	lwz 8,12(31)
	cmpw 0,8,9
	bne 0,.L15
	li 9,70
	b .L16
.L15:
	li 9,0
.L16:
	add 9,9,10
	stw 9,28(31)
	lwz 9,24(31)
	cmpwi 0,9,255
	bgt 0,.L17
	lwz 9,24(31)
	b .L18
.L17:
	li 9,-1
.L18:
	lis 10,causal@ha
	la 8,causal@l(10)
	lwz 10,8(31)
	slwi 10,10,5
	add 8,8,10
	lwz 10,12(31)
	add 10,8,10
	stb 9,0(10)
	lwz 9,28(31)
	cmpwi 0,9,255
	bgt 0,.L19
	lwz 9,28(31)
	b .L20
.L19:
	li 9,-1
.L20:
	lis 10,acausal@ha
	la 8,acausal@l(10)
	lwz 10,8(31)
	slwi 10,10,5
	add 8,8,10
	lwz 10,12(31)
	add 10,8,10
	stb 9,0(10)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L11:
	lwz 9,12(31)
	cmpwi 0,9,31
	ble 0,.L21
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L10:
	lwz 9,8(31)
	cmpwi 0,9,31
	ble 0,.L22
	nop
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
.LFE2:
	.size	measure,.-measure
	.align 2
	.type	update, @function
update:
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
	li 9,24
	stw 9,20(31)
	li 9,0
	stw 9,8(31)
	b .L24
.L28:
	li 9,0
	stw 9,12(31)
	b .L25
.L27:
	lis 9,causal@ha
	la 10,causal@l(9)
	lwz 9,8(31)
	slwi 9,9,5
	add 10,10,9
	lwz 9,12(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 10,9,0,0xff
	lis 9,acausal@ha
	la 8,acausal@l(9)
	lwz 9,8(31)
	slwi 9,9,5
	add 8,8,9
	lwz 9,12(31)
	add 9,8,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	subf 9,9,10
	stw 9,24(31)
	lwz 10,40(31)
	lwz 9,44(31)
	subf 10,9,10
	lwz 9,20(31)
	mullw 9,10,9
	lwz 10,24(31)
	mullw 9,10,9
	stw 9,28(31)
	lwz 9,28(31)
	srawi 9,9,10
	stw 9,16(31)
	lwz 9,28(31)
	rlwinm 9,9,0,22,31
	stw 9,32(31)
	bl xorshift
	mr 9,3
	rlwinm 9,9,0,22,31
	lwz 10,32(31)
	cmpw 0,10,9
	ble 0,.L26
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L26:
	lis 9,weight@ha
	la 10,weight@l(9)
	lwz 9,8(31)
	slwi 9,9,5
	add 10,10,9
	lwz 9,12(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 10,9,0,0xff
	lwz 9,16(31)
	add 9,10,9
	mr 3,9
	bl clamp6
	mr 9,3
	mr 8,9
	lis 9,weight@ha
	la 10,weight@l(9)
	lwz 9,8(31)
	slwi 9,9,5
	add 10,10,9
	lwz 9,12(31)
	add 9,10,9
	stb 8,0(9)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L25:
	lwz 9,12(31)
	cmpwi 0,9,31
	ble 0,.L27
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L24:
	lwz 9,8(31)
	cmpwi 0,9,31
	ble 0,.L28
	nop
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
	.size	update,.-update
	.align 2
	.type	normalise, @function
normalise:
.LFB4:
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
	b .L30
.L37:
	li 9,0
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	b .L31
.L32:
	lis 9,weight@ha
	la 10,weight@l(9)
	lwz 9,8(31)
	slwi 9,9,5
	add 10,10,9
	lwz 9,16(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	lwz 10,12(31)
	add 9,10,9
	stw 9,12(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L31:
	lwz 9,16(31)
	cmpwi 0,9,31
	ble 0,.L32
	lwz 9,12(31)
	cmpwi 0,9,0
	beq 0,.L38
	li 9,512
	stw 9,24(31)
	li 9,0
	stw 9,20(31)
	b .L35
.L36:
	lis 9,weight@ha
	la 10,weight@l(9)
	lwz 9,8(31)
	slwi 9,9,5
	add 10,10,9
	lwz 9,20(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 10,9,0,0xff
	lwz 9,24(31)
	mullw 10,10,9
	lwz 9,12(31)
	srawi 9,9,1
	addze 9,9
	add 10,10,9
	lwz 9,12(31)
	divw 9,10,9
	mr 3,9
	bl clamp6
	mr 9,3
	mr 8,9
	lis 9,weight@ha
	la 10,weight@l(9)
	lwz 9,8(31)
	slwi 9,9,5
	add 10,10,9
	lwz 9,20(31)
	add 9,10,9
	stb 8,0(9)
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L35:
	lwz 9,20(31)
	cmpwi 0,9,31
	ble 0,.L36
	b .L34
.L38:
	nop
.L34:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L30:
	lwz 9,8(31)
	cmpwi 0,9,31
	ble 0,.L37
	nop
	nop
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
.LFE4:
	.size	normalise,.-normalise
	.section	.rodata
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
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB5:
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
	li 9,0
	stw 9,8(31)
	b .L40
.L43:
	li 9,0
	stw 9,12(31)
	b .L41
.L42:
	bl xorshift
	mr 10,3
	lis 9,0x38e3
	ori 9,9,0x8e39
	mulhwu 9,10,9
	srwi 9,9,1
	mulli 9,9,9
	subf 9,9,10
	addi 9,9,12
	mr 8,9
	lis 9,weight@ha
	la 10,weight@l(9)
	lwz 9,8(31)
	slwi 9,9,5
	add 10,10,9
	lwz 9,12(31)
	add 9,10,9
	stb 8,0(9)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L41:
	lwz 9,12(31)
	cmpwi 0,9,31
	ble 0,.L42
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L40:
	lwz 9,8(31)
	cmpwi 0,9,31
	ble 0,.L43
	li 9,0
	stw 9,16(31)
	li 9,0
	stw 9,20(31)
	li 9,0
	stw 9,24(31)
	b .L44
.L56:
	lwz 3,24(31)
	bl measure
	li 9,0
	stw 9,28(31)
	li 9,0
	stw 9,32(31)
	b .L45
.L46:
	lis 9,weight@ha
	la 10,weight@l(9)
	lwz 9,32(31)
	mulli 9,9,33
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	lwz 10,28(31)
	add 9,10,9
	stw 9,28(31)
	lwz 9,32(31)
	addi 9,9,1
	stw 9,32(31)
.L45:
	lwz 9,32(31)
	cmpwi 0,9,31
	ble 0,.L46
	lwz 9,28(31)
	srawi 9,9,5
	addze 9,9
	stw 9,60(31)
	lwz 4,16(31)
	lwz 3,60(31)
	bl update
	lwz 10,60(31)
	lwz 9,16(31)
	subf 9,9,10
	srawi 9,9,1
	addze 9,9
	lwz 10,16(31)
	add 9,10,9
	stw 9,16(31)
	lwz 9,24(31)
	srawi 10,9,1
	addze 10,10
	slwi 10,10,1
	subf 9,10,9
	cmpwi 0,9,1
	bne 0,.L47
	bl normalise
.L47:
	li 9,0
	stw 9,64(31)
	li 9,0
	stw 9,68(31)
	li 9,0
	stw 9,72(31)
	li 9,0
	stw 9,76(31)
	li 9,0
	stw 9,36(31)
	li 9,0
	stw 9,40(31)
	b .L48
.L51:
	li 9,0
	stw 9,44(31)
	b .L49
.L50:
	lis 9,weight@ha
	la 10,weight@l(9)
	lwz 9,40(31)
	slwi 9,9,5
	add 10,10,9
	lwz 9,44(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	srwi 9,9,4
	rlwinm 9,9,0,0xff
	slwi 10,9,2
	addi 8,31,8
	add 10,8,10
	addi 10,10,56
	lwz 10,0(10)
	addi 10,10,1
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,56
	stw 10,0(9)
	lis 9,weight@ha
	la 10,weight@l(9)
	lwz 9,40(31)
	slwi 9,9,5
	add 10,10,9
	lwz 9,44(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	lwz 10,36(31)
	add 9,10,9
	stw 9,36(31)
	lwz 9,20(31)
	rotlwi 10,9,3
	lis 9,weight@ha
	la 8,weight@l(9)
	lwz 9,40(31)
	slwi 9,9,5
	add 8,8,9
	lwz 9,44(31)
	add 9,8,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	xor 9,10,9
	stw 9,20(31)
	lwz 9,44(31)
	addi 9,9,1
	stw 9,44(31)
.L49:
	lwz 9,44(31)
	cmpwi 0,9,31
	ble 0,.L50
	lwz 9,40(31)
	addi 9,9,1
	stw 9,40(31)
.L48:
	lwz 9,40(31)
	cmpwi 0,9,31
	ble 0,.L51
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl print_str
	lwz 3,24(31)
	bl print_int
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl print_str
	lwz 3,60(31)
	bl print_int
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl print_str
	lwz 9,36(31)
	mulli 9,9,100
	srawi 9,9,10
	addze 9,9
	mr 3,9
	bl print_int
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl print_str
	li 9,0
	stw 9,48(31)
	b .L52
.L55:
	lwz 9,48(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,56
	lwz 9,0(9)
	mr 3,9
	bl print_int
	lwz 9,48(31)
	cmpwi 0,9,2
	bgt 0,.L53
	li 9,47
	b .L54
.L53:
	li 9,10
.L54:
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	lwz 9,48(31)
	addi 9,9,1
	stw 9,48(31)
.L52:
	lwz 9,48(31)
	cmpwi 0,9,3
	ble 0,.L55
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L44:
	lwz 9,24(31)
	cmpwi 0,9,3
	ble 0,.L56
	lwz 4,20(31)
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_hex
	li 9,0
	stw 9,52(31)
	li 9,0
	stw 9,56(31)
	b .L57
.L58:
	lis 9,weight@ha
	la 10,weight@l(9)
	lwz 9,56(31)
	mulli 9,9,33
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	lwz 10,52(31)
	add 9,10,9
	stw 9,52(31)
	lwz 9,56(31)
	addi 9,9,1
	stw 9,56(31)
.L57:
	lwz 9,56(31)
	cmpwi 0,9,31
	ble 0,.L58
	lwz 4,52(31)
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	lwz 9,52(31)
	srawi 10,9,7
	addze 10,10
	slwi 10,10,7
	subf 9,10,9
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
.LFE5:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
