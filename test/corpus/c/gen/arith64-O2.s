	.file	"arith64.c"
	.machine "440"
	.section	".text"
	.globl __divdi3
	.align 2
	.type	sdiv, @function
sdiv:
.LFB0:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	.cfi_offset 65, 4
	bl __divdi3
	lwz 0,20(1)
	addi 1,1,16
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE0:
	.size	sdiv,.-sdiv
	.globl __moddi3
	.align 2
	.type	smod, @function
smod:
.LFB1:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	.cfi_offset 65, 4
	bl __moddi3
	lwz 0,20(1)
	addi 1,1,16
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE1:
	.size	smod,.-smod
	.globl __udivdi3
	.align 2
	.type	udiv, @function
udiv:
.LFB2:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	.cfi_offset 65, 4
	bl __udivdi3
	lwz 0,20(1)
	addi 1,1,16
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE2:
	.size	udiv,.-udiv
	.globl __umoddi3
	.align 2
	.type	umod, @function
umod:
.LFB3:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	.cfi_offset 65, 4
	bl __umoddi3
	lwz 0,20(1)
	addi 1,1,16
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE3:
	.size	umod,.-umod
	.align 2
	.type	mul, @function
mul:
.LFB7:
	.cfi_startproc
	mullw 9,3,6
	mullw 5,5,4
	mulhwu 3,4,6
	mullw 4,4,6
	add 9,9,5
	add 3,9,3
	blr
	.cfi_endproc
.LFE7:
	.size	mul,.-mul
	.align 2
	.type	sar.constprop.0, @function
sar.constprop.0:
.LFB10:
	.cfi_startproc
	addic. 9,3,-32
	blt- 0,.L12
	lis 4,0x8123
	li 3,-1
	ori 4,4,0x4567
	sraw 4,4,9
	blr
.L12:
	lis 4,0x246
	lis 10,0x89ab
	subfic 8,3,31
	ori 4,4,0x8ace
	ori 10,10,0xcdef
	lis 9,0x8123
	srw 10,10,3
	slw 4,4,8
	ori 9,9,0x4567
	or 4,4,10
	sraw 3,9,3
	blr
	.cfi_endproc
.LFE10:
	.size	sar.constprop.0,.-sar.constprop.0
	.align 2
	.type	shr.constprop.0, @function
shr.constprop.0:
.LFB11:
	.cfi_startproc
	addic. 9,3,-32
	blt- 0,.L15
	lis 4,0x8123
	li 3,0
	ori 4,4,0x4567
	srw 4,4,9
	blr
.L15:
	lis 4,0x246
	lis 10,0x89ab
	subfic 8,3,31
	ori 4,4,0x8ace
	ori 10,10,0xcdef
	lis 9,0x8123
	srw 10,10,3
	slw 4,4,8
	ori 9,9,0x4567
	or 4,4,10
	srw 3,9,3
	blr
	.cfi_endproc
.LFE11:
	.size	shr.constprop.0,.-shr.constprop.0
	.align 2
	.type	shl.constprop.0, @function
shl.constprop.0:
.LFB12:
	.cfi_startproc
	addic. 9,3,-32
	mr 10,3
	blt- 0,.L18
	lis 3,0x89ab
	li 4,0
	ori 3,3,0xcdef
	slw 3,3,9
	blr
.L18:
	lis 9,0x44d5
	lis 8,0x8123
	subfic 7,3,31
	ori 9,9,0xe6f7
	ori 8,8,0x4567
	lis 4,0x89ab
	srw 9,9,7
	slw 8,8,3
	ori 4,4,0xcdef
	or 3,9,8
	slw 4,4,10
	blr
	.cfi_endproc
.LFE12:
	.size	shl.constprop.0,.-shl.constprop.0
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"bad signed division"
	.align 2
.LC1:
	.string	"bad unsigned division"
	.align 2
.LC2:
	.string	"division check"
	.align 2
.LC3:
	.string	"-999999999999/7"
	.align 2
.LC4:
	.string	"-999999999999%7"
	.align 2
.LC5:
	.string	"max/3"
	.align 2
.LC6:
	.string	"max%1000003"
	.align 2
.LC7:
	.string	"shifts"
	.align 2
.LC8:
	.string	"shl 32"
	.align 2
.LC9:
	.string	"shr 33"
	.align 2
.LC10:
	.string	"sar 63"
	.align 2
.LC11:
	.string	"mulhi"
	.align 2
.LC12:
	.string	"mul"
	.align 2
.LC13:
	.string	"compares"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB9:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	lis 9,.LANCHOR0@ha
	la 9,.LANCHOR0@l(9)
	mflr 0
	stw 16,32(1)
	.cfi_register 65, 0
	.cfi_offset 16, -64
	lis 16,.LC0@ha
	stw 19,44(1)
	.cfi_offset 19, -52
	mr 19,9
	stw 9,12(1)
	la 9,.LC0@l(16)
	stw 0,100(1)
	stw 14,24(1)
	stw 20,48(1)
	stw 21,52(1)
	stw 22,56(1)
	stw 23,60(1)
	stw 24,64(1)
	stw 25,68(1)
	stw 26,72(1)
	stw 27,76(1)
	stw 29,84(1)
	stw 31,92(1)
	stw 9,8(1)
	stw 17,36(1)
	.cfi_offset 65, 4
	.cfi_offset 14, -72
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	.cfi_offset 17, -60
	lis 17,.LC1@ha
	stw 15,28(1)
	la 17,.LC1@l(17)
	stw 18,40(1)
	.cfi_offset 15, -68
	.cfi_offset 18, -56
	li 15,0
	stw 28,80(1)
	li 18,31
	stw 30,88(1)
	.cfi_offset 28, -16
	.cfi_offset 30, -8
	li 28,0
	li 30,0
.L21:
	lis 9,.LANCHOR0-8@ha
	mr 20,15
	la 21,.LANCHOR0-8@l(9)
	li 22,12
.L29:
	lwzu 29,8(21)
	lwz 31,4(21)
	or. 9,29,31
	beq- 0,.L22
	lwz 27,0(19)
	mr 5,29
	lwz 25,4(19)
	mr 6,31
	mr 3,27
	mr 4,25
	bl sdiv
	mr 5,29
	mr 26,4
	mr 23,3
	mr 4,25
	mr 3,27
	mr 6,31
	bl smod
	mullw 9,29,26
	mullw 7,23,31
	mulhwu 8,31,26
	mullw 10,31,26
	add 9,9,7
	add 9,9,8
	addc 10,10,4
	adde 9,9,3
	cmplw 0,9,27
	bne- 0,.L39
	cmplw 0,10,25
	beq- 0,.L24
.L39:
	lwz 3,8(1)
	mr 4,20
	bl show_int
.L24:
	mr 5,29
	mr 6,31
	mr 3,27
	mr 4,25
	bl udiv
	mr 6,31
	mr 14,4
	mr 24,3
	mr 5,29
	mr 3,27
	mr 4,25
	bl umod
	mullw 7,24,31
	mr 16,3
	mullw 8,29,14
	mr 24,4
	mulhwu 6,31,14
	mullw 9,31,14
	add 8,8,7
	add 8,8,6
	addc 9,9,4
	adde 8,8,16
	cmplw 0,27,8
	bne- 0,.L26
	cmplw 0,25,9
	bne- 0,.L26
	cmplw 0,29,16
	bgt- 0,.L27
	bne- 0,.L26
	cmplw 0,31,4
	bgt- 0,.L27
.L26:
	mr 4,20
	mr 3,17
	bl show_int
.L27:
	mulhwu 8,18,30
	slwi 9,24,1
	mulli 28,28,31
	srwi 24,24,31
	mulli 30,30,31
	mr 5,29
	add 28,28,8
	mr 6,31
	addc 30,30,26
	mr 3,27
	adde 28,28,23
	mr 4,25
	addc 30,30,9
	rlwimi 24,16,1,0,31-1
	adde 28,28,24
	bl mul
	addc 30,4,30
	adde 28,3,28
.L22:
	addic. 22,22,-1
	addi 20,20,1
	bne+ 0,.L29
	addi 15,15,100
	addi 19,19,8
	cmplwi 0,15,1200
	bne+ 0,.L21
	lis 3,.LC2@ha
	mr 5,28
	la 3,.LC2@l(3)
	mr 6,30
	bl show_hex64
	lis 4,0x2b5a
	li 5,0
	li 6,7
	li 3,-233
	ori 4,4,0xf001
	bl sdiv
	li 29,0
	mr 5,3
	lis 3,.LC3@ha
	mr 6,4
	la 3,.LC3@l(3)
	bl show_i64
	lis 4,0x2b5a
	li 5,0
	li 6,7
	li 3,-233
	ori 4,4,0xf001
	bl smod
	li 26,0
	mr 5,3
	lis 3,.LC4@ha
	mr 6,4
	la 3,.LC4@l(3)
	bl show_i64
	li 5,0
	li 6,3
	li 3,-1
	li 4,-1
	li 27,0
	bl udiv
	mr 5,3
	lis 3,.LC5@ha
	mr 6,4
	la 3,.LC5@l(3)
	bl show_hex64
	lis 6,0xf
	li 5,0
	ori 6,6,0x4243
	li 3,-1
	li 4,-1
	bl umod
	mr 5,3
	lis 3,.LC6@ha
	mr 6,4
	la 3,.LC6@l(3)
	bl show_hex64
.L31:
	mr 3,29
	bl shl.constprop.0
	mr 28,3
	mr 3,29
	mr 31,4
	bl shr.constprop.0
	mr 9,3
	addc 31,31,4
	mr 3,29
	adde 28,28,9
	addi 29,29,5
	bl sar.constprop.0
	addc 4,4,31
	cmpwi 0,29,65
	adde 3,3,28
	xor 27,4,27
	xor 26,3,26
	bne+ 0,.L31
	lis 3,.LC7@ha
	mr 5,26
	mr 6,27
	la 3,.LC7@l(3)
	bl show_hex64
	li 3,32
	bl shl.constprop.0
	mr 5,3
	lis 3,.LC8@ha
	mr 6,4
	la 3,.LC8@l(3)
	bl show_hex64
	li 3,33
	bl shr.constprop.0
	mr 5,3
	lis 3,.LC9@ha
	mr 6,4
	la 3,.LC9@l(3)
	bl show_hex64
	li 3,63
	bl sar.constprop.0
	mr 5,3
	lis 3,.LC10@ha
	mr 6,4
	la 3,.LC10@l(3)
	bl show_hex64
	lis 3,.LC11@ha
	lis 5,0x121
	lis 6,0xad77
	la 3,.LC11@l(3)
	ori 5,5,0xfa00
	ori 6,6,0xd742
	bl show_hex64
	lis 6,0x3ade
	lis 4,0xf8a4
	li 5,0
	ori 6,6,0x68b1
	li 3,-1
	ori 4,4,0x32eb
	bl mul
	mr 5,3
	lis 3,.LC12@ha
	mr 6,4
	la 3,.LC12@l(3)
	bl show_i64
	lwz 9,12(1)
	li 4,0
	addi 0,9,88
	lis 9,.LANCHOR0-8@ha
	la 11,.LANCHOR0-8@l(9)
.L32:
	lwzu 6,8(11)
	lis 9,.LANCHOR0-8@ha
	la 10,.LANCHOR0-8@l(9)
	li 9,12
	mtctr 9
	lwz 3,4(11)
.L37:
	lwzu 8,8(10)
	li 9,1
	li 7,1
	cmplw 0,8,6
	lwz 5,4(10)
	cmpw 5,8,6
	bgt- 0,.L33
	beq- 0,.L48
.L34:
	li 9,0
.L33:
	slwi 9,9,1
	bgt- 5,.L35
	beq- 0,.L49
.L36:
	li 7,0
.L35:
	add 9,9,7
	add 4,4,9
	bdnz .L37
	cmplw 0,0,11
	bne+ 0,.L32
	lis 3,.LC13@ha
	la 3,.LC13@l(3)
	bl show_int
	lwz 0,100(1)
	rlwinm 3,30,0,26,31
	lwz 14,24(1)
	lwz 15,28(1)
	addi 3,3,1
	lwz 16,32(1)
	mtlr 0
	.cfi_remember_state
	.cfi_restore 65
	lwz 17,36(1)
	lwz 18,40(1)
	lwz 19,44(1)
	lwz 20,48(1)
	lwz 21,52(1)
	lwz 22,56(1)
	lwz 23,60(1)
	lwz 24,64(1)
	lwz 25,68(1)
	lwz 26,72(1)
	lwz 27,76(1)
	lwz 28,80(1)
	lwz 29,84(1)
	lwz 30,88(1)
	lwz 31,92(1)
	addi 1,1,96
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
.L48:
	.cfi_restore_state
	cmplw 7,5,3
	bgt- 7,.L33
	b .L34
.L49:
	cmplw 0,5,3
	bgt- 0,.L35
	b .L36
	.cfi_endproc
.LFE9:
	.size	main,.-main
	.section	.rodata
	.align 3
	.set	.LANCHOR0,. + 0
	.type	vals.0, @object
	.size	vals.0, 96
vals.0:
	.long	0
	.long	0
	.long	0
	.long	1
	.long	-1
	.long	-1
	.long	0
	.long	7
	.long	-1
	.long	-7
	.long	0
	.long	1000000007
	.long	-233
	.long	727379969
	.long	2147483647
	.long	-1
	.long	-2147483648
	.long	1
	.long	19088743
	.long	-1985229329
	.long	-1
	.long	0
	.long	0
	.long	-1
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
