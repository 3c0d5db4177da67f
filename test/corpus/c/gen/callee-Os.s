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
	xor 9,9,3
	ori 10,10,0x3c6d
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
	stmw 17,20(1)
	.cfi_offset 65, 4
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
	mr 25,4
	mr 26,5
	mr 27,6
	mr 24,3
	bl scramble
	mr 18,3
	mr 3,25
	bl scramble
	mr 31,3
	mr 3,26
	bl scramble
	mr 30,3
	mr 3,27
	bl scramble
	mr 20,3
	xor 3,18,31
	bl scramble
	mr 19,3
	add 3,30,20
	bl scramble
	mr 29,3
	subf 3,3,19
	bl scramble
	mr 28,3
	ori 3,3,0x1
	bl scramble
	mr 21,3
	add 3,24,3
	bl scramble
	mr 17,3
	xor 3,25,3
	bl scramble
	mr 23,3
	add 3,26,3
	bl scramble
	mr 22,3
	xor 3,27,3
	bl scramble
	mr 27,3
	bl scramble
	mr 24,3
	add 3,18,3
	bl scramble
	mr 26,3
	add 3,31,3
	bl scramble
	mr 25,3
	add 3,30,3
	bl scramble
	addi 11,1,80
	mulli 9,31,3
	mulli 30,30,5
	mulli 19,19,11
	add 9,9,30
	mulli 20,20,7
	add 9,9,18
	mulli 28,28,17
	add 9,9,19
	mulli 29,29,13
	add 9,9,20
	mulli 17,17,23
	add 9,9,28
	mulli 21,21,19
	add 9,9,29
	mulli 22,22,31
	add 9,9,17
	mulli 23,23,29
	add 9,9,21
	mulli 24,24,41
	add 9,9,22
	mulli 27,27,37
	add 9,9,23
	mulli 25,25,47
	add 9,9,24
	mulli 26,26,43
	add 9,9,27
	mulli 3,3,53
	add 9,9,25
	add 9,9,26
	add 3,9,3
	b _restgpr_17_x
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
	.cfi_restore 65
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
	mfcr 12
	mflr 0
	stmw 29,20(1)
	.cfi_register 65, 0
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 29,3
	mr 30,4
	stw 12,16(1)
	cmpw 3,29,30
	mr 31,5
	stw 0,36(1)
	.cfi_offset 70, -16
	.cfi_offset 65, 4
	cmpw 4,30,31
	cmpw 2,29,31
	bl scramble
	blt- 3,.L5
	bgt- 4,.L6
	bne+ 2,.L8
	addi 3,3,3
	bl scramble
.L12:
	xori 3,3,0x2000
	b .L8
.L5:
	addi 3,3,1
	bl scramble
	bgt- 4,.L6
	bne+ 2,.L9
	addi 3,3,3
	bl scramble
.L9:
	srwi 9,30,31
	srawi 10,31,31
	subfc 30,30,31
	adde 9,9,10
	xori 9,9,0x1
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne- 0,.L12
	cmpw 0,29,31
	beq+ 0,.L12
.L8:
	lwz 12,16(1)
	addi 11,1,32
	rlwinm 3,3,0,1,31
	mtcrf 56,12
	b _restgpr_29_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 65
	.cfi_restore 70
.L6:
	.cfi_restore_state
	addi 3,3,2
	bl scramble
	bne+ 2,.L10
	addi 3,3,3
	bl scramble
	bge- 3,.L9
	xori 3,3,0x1000
	b .L9
.L10:
	bge- 3,.L9
	ble+ 4,.L8
	xori 3,3,0x1000
	b .L12
	.cfi_endproc
.LFE2:
	.size	flags,.-flags
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"many"
.LC1:
	.string	"flags"
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
	stmw 25,20(1)
	.cfi_offset 65, 4
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	li 30,0
	li 31,0
.L19:
	mulli 5,30,13
	not 6,30
	mulli 4,30,7
	mr 3,30
	addi 30,30,1
	mulli 31,31,3
	bl many
	cmplwi 0,30,40
	add 31,31,3
	bne+ 0,.L19
	lis 3,.LC0@ha
	mr 4,31
	la 3,.LC0@l(3)
	li 29,-3
	bl show_hex
	li 27,0
.L20:
	mulli 26,29,49
	li 30,-3
	b .L24
.L21:
	mr 5,28
	mr 4,30
	mr 3,29
	bl flags
	add 3,3,26
	add 3,3,25
	add 3,3,28
	addi 28,28,1
	cmpwi 0,28,4
	xor 27,27,3
	bne+ 0,.L21
	addi 30,30,1
	cmpwi 0,30,4
	beq- 0,.L22
.L24:
	mulli 25,30,7
	li 28,-3
	b .L21
.L22:
	addi 29,29,1
	cmpwi 0,29,4
	bne+ 0,.L20
	lis 3,.LC1@ha
	mr 4,27
	la 3,.LC1@l(3)
	li 27,60
	bl show_hex
	li 28,0
	li 3,12345
.L25:
	bl scramble
	mr 30,3
	bl scramble
	mr 29,3
	bl scramble
	mr 10,3
	xor 3,30,29
	add 30,30,29
	addic. 27,27,-1
	add 30,30,10
	xor 3,3,10
	rlwinm 30,30,0,28,31
	add 28,28,30
	bne+ 0,.L25
	rlwinm 3,3,0,16,31
	add 4,3,28
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_int
	rlwinm 3,31,0,26,31
	addi 11,1,48
	addi 3,3,64
	b _restgpr_25_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 65
	.cfi_endproc
.LFE4:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
