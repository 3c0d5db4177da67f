	.file	"callee.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	scramble, @function
scramble:
.LFB0:
	.cfi_startproc
	srwi 9,3,15
	lis 10,0x2c1b
	ori 10,10,0x3c6d
	xor 9,9,3
	mullw 9,9,10
	srwi 3,9,12
	xor 3,3,9
	blr
	.cfi_endproc
.LFE0:
	.size	scramble,.-scramble
	.align 2
	.type	many, @function
many:
.LFB1:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	mflr 0
	stw 0,84(1)
	stw 17,20(1)
	stw 18,24(1)
	stw 19,28(1)
	stw 20,32(1)
	stw 21,36(1)
	stw 22,40(1)
	stw 23,44(1)
	stw 24,48(1)
	.cfi_offset 65, 4
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	mr 24,4
	stw 25,52(1)
	.cfi_offset 25, -28
	mr 25,5
	stw 26,56(1)
	.cfi_offset 26, -24
	mr 26,6
	stw 27,60(1)
	stw 28,64(1)
	stw 29,68(1)
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	mr 29,3
	stw 30,72(1)
	stw 31,76(1)
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	bl scramble
	mr 18,3
	mr 3,24
	bl scramble
	mr 31,3
	mr 3,25
	bl scramble
	mr 30,3
	mr 3,26
	bl scramble
	mr 19,3
	xor 3,18,31
	bl scramble
	mr 17,3
	add 3,30,19
	bl scramble
	mr 28,3
	subf 3,3,17
	bl scramble
	mr 27,3
	ori 3,3,0x1
	bl scramble
	mr 20,3
	add 3,29,3
	bl scramble
	mr 29,3
	xor 3,24,3
	bl scramble
	mr 22,3
	add 3,25,3
	bl scramble
	mr 21,3
	xor 3,26,3
	bl scramble
	mr 25,3
	bl scramble
	mr 23,3
	add 3,18,3
	bl scramble
	mr 26,3
	add 3,31,3
	bl scramble
	mr 24,3
	add 3,30,3
	bl scramble
	lwz 0,84(1)
	mulli 9,31,3
	lwz 31,76(1)
	mulli 30,30,5
	mulli 17,17,11
	mtlr 0
	.cfi_restore 65
	add 9,9,30
	mulli 19,19,7
	add 9,9,18
	mulli 27,27,17
	add 9,9,17
	mulli 28,28,13
	add 9,9,19
	mulli 29,29,23
	add 9,9,27
	mulli 20,20,19
	add 9,9,28
	mulli 21,21,31
	add 9,9,29
	mulli 22,22,29
	add 9,9,20
	mulli 23,23,41
	add 9,9,21
	mulli 25,25,37
	add 9,9,22
	mulli 24,24,47
	add 9,9,23
	mulli 26,26,43
	add 9,9,25
	mulli 3,3,53
	add 9,9,24
	lwz 17,20(1)
	add 9,9,26
	lwz 18,24(1)
	lwz 19,28(1)
	add 3,9,3
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
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE1:
	.size	many,.-many
	.align 2
	.type	flags, @function
flags:
.LFB2:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 29,20(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	mr 29,4
	stw 30,24(1)
	.cfi_offset 30, -8
	mr 30,3
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,5
	stw 0,36(1)
	.cfi_offset 65, 4
	bl scramble
	cmpw 0,30,29
	blt- 0,.L6
	cmpw 0,29,31
	ble- 0,.L20
	addi 3,3,2
	bl scramble
	cmpw 0,30,31
	beq- 0,.L16
	xori 3,3,0x2000
.L13:
	lwz 0,36(1)
	rlwinm 3,3,0,1,31
	lwz 29,20(1)
	lwz 30,24(1)
	lwz 31,28(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	blr
.L6:
	.cfi_restore_state
	addi 3,3,1
	bl scramble
	cmpw 0,29,31
	ble- 0,.L21
	addi 3,3,2
	bl scramble
	cmpw 0,30,31
	beq- 0,.L14
	xori 3,3,0x1000
	xori 3,3,0x2000
	b .L13
.L21:
	cmpw 0,30,31
	bne+ 0,.L13
.L14:
	addi 3,3,3
	bl scramble
	xori 3,3,0x1000
	xori 3,3,0x2000
	b .L13
.L20:
	cmpw 0,30,31
	bne+ 0,.L13
.L16:
	addi 3,3,3
	bl scramble
	xori 3,3,0x2000
	b .L13
	.cfi_endproc
.LFE2:
	.size	flags,.-flags
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"many"
	.align 2
.LC1:
	.string	"flags"
	.align 2
.LC2:
	.string	"depth"
	.section	.text.startup,"ax",@progbits
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
	stw 26,24(1)
	stw 27,28(1)
	stw 28,32(1)
	stw 25,20(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 25, -28
	li 25,0
	stw 29,36(1)
	.cfi_offset 29, -12
	li 29,0
	stw 30,40(1)
	.cfi_offset 30, -8
	li 30,0
	stw 31,44(1)
	.cfi_offset 31, -4
	li 31,0
.L23:
	not 6,31
	mr 5,29
	mr 4,30
	mr 3,31
	addi 31,31,1
	bl many
	mulli 25,25,3
	addi 29,29,13
	cmplwi 0,31,40
	addi 30,30,7
	add 25,25,3
	bne+ 0,.L23
	lis 3,.LC0@ha
	mr 4,25
	la 3,.LC0@l(3)
	li 26,-147
	bl show_hex
	li 27,-3
	li 30,0
.L24:
	li 28,-21
	li 29,-3
.L28:
	li 31,-3
.L25:
	mr 5,31
	mr 4,29
	mr 3,27
	bl flags
	add 9,3,26
	add 9,9,28
	add 9,9,31
	addi 31,31,1
	cmpwi 0,31,4
	xor 30,30,9
	bne+ 0,.L25
	addi 29,29,1
	addi 28,28,7
	cmpwi 0,29,4
	bne+ 0,.L28
	addi 27,27,1
	addi 26,26,49
	cmpwi 0,27,4
	bne+ 0,.L24
	lis 3,.LC1@ha
	mr 4,30
	la 3,.LC1@l(3)
	li 29,60
	bl show_hex
	li 28,0
	li 3,12345
.L29:
	bl scramble
	mr 31,3
	bl scramble
	mr 30,3
	bl scramble
	add 9,31,30
	addic. 29,29,-1
	add 9,9,3
	xor 31,31,30
	rlwinm 9,9,0,28,31
	xor 3,31,3
	add 28,28,9
	bne+ 0,.L29
	rlwinm 4,3,0,16,31
	lis 3,.LC2@ha
	add 4,4,28
	la 3,.LC2@l(3)
	bl show_int
	lwz 0,52(1)
	rlwinm 3,25,0,26,31
	lwz 26,24(1)
	lwz 25,20(1)
	addi 3,3,64
	lwz 27,28(1)
	mtlr 0
	.cfi_restore 65
	lwz 28,32(1)
	lwz 29,36(1)
	lwz 30,40(1)
	lwz 31,44(1)
	addi 1,1,48
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE4:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
