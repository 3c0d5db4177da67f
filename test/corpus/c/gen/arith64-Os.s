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
	mullw 5,5,4
	mullw 3,3,6
	mulhwu 9,4,6
	mullw 4,4,6
	add 3,3,5
	add 3,3,9
	blr
	.cfi_endproc
.LFE7:
	.size	mul,.-mul
	.globl __ashrdi3
	.align 2
	.type	sar.constprop.0, @function
sar.constprop.0:
.LFB10:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mr 5,3
	lis 4,0x89ab
	lis 3,0x8123
	mflr 0
	ori 3,3,0x4567
	ori 4,4,0xcdef
	stw 0,20(1)
	.cfi_offset 65, 4
	bl __ashrdi3
	lwz 0,20(1)
	addi 1,1,16
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE10:
	.size	sar.constprop.0,.-sar.constprop.0
	.globl __lshrdi3
	.align 2
	.type	shr.constprop.0, @function
shr.constprop.0:
.LFB11:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mr 5,3
	lis 4,0x89ab
	lis 3,0x8123
	mflr 0
	ori 3,3,0x4567
	ori 4,4,0xcdef
	stw 0,20(1)
	.cfi_offset 65, 4
	bl __lshrdi3
	lwz 0,20(1)
	addi 1,1,16
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE11:
	.size	shr.constprop.0,.-shr.constprop.0
	.globl __ashldi3
	.align 2
	.type	shl.constprop.0, @function
shl.constprop.0:
.LFB12:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mr 5,3
	lis 4,0x89ab
	lis 3,0x8123
	mflr 0
	ori 3,3,0x4567
	ori 4,4,0xcdef
	stw 0,20(1)
	.cfi_offset 65, 4
	bl __ashldi3
	lwz 0,20(1)
	addi 1,1,16
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE12:
	.size	shl.constprop.0,.-shl.constprop.0
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"bad signed division"
.LC1:
	.string	"bad unsigned division"
.LC2:
	.string	"division check"
.LC3:
	.string	"-999999999999/7"
.LC4:
	.string	"-999999999999%7"
.LC5:
	.string	"max/3"
.LC6:
	.string	"max%1000003"
.LC7:
	.string	"shifts"
.LC8:
	.string	"shl 32"
.LC9:
	.string	"shr 33"
.LC10:
	.string	"sar 63"
.LC11:
	.string	"mulhi"
.LC12:
	.string	"mul"
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
	lis 19,.LC1@ha
	la 9,.LC1@l(19)
	lis 18,.LC0@ha
	stw 9,8(1)
	la 9,.LC0@l(18)
	lis 27,.LANCHOR0@ha
	stw 0,100(1)
	.cfi_offset 65, 4
	stw 9,12(1)
	la 27,.LANCHOR0@l(27)
	mr 21,27
	li 22,0
	li 29,0
	li 31,0
.L17:
	mr 23,22
	mr 24,27
	li 20,12
.L25:
	lwz 28,0(24)
	lwz 30,4(24)
	or. 9,28,30
	beq- 0,.L18
	lwz 25,0(21)
	mr 5,28
	lwz 26,4(21)
	mr 6,30
	mr 3,25
	mr 4,26
	bl sdiv
	mr 5,28
	mr 16,4
	mr 15,3
	mr 6,30
	mr 3,25
	mr 4,26
	bl smod
	mullw 10,15,30
	mullw 9,28,16
	mulhwu 8,30,16
	add 9,9,10
	mullw 10,30,16
	add 9,9,8
	addc 10,10,4
	adde 9,9,3
	cmplw 0,9,25
	bne- 0,.L35
	cmplw 0,10,26
	beq- 0,.L20
.L35:
	lwz 3,12(1)
	mr 4,23
	bl show_int
.L20:
	mr 5,28
	mr 6,30
	mr 3,25
	mr 4,26
	bl udiv
	mr 5,28
	mr 17,4
	mr 14,3
	mr 6,30
	mr 3,25
	mr 4,26
	mullw 14,14,30
	bl umod
	mr 19,4
	mullw 4,28,17
	mullw 7,30,17
	mr 18,3
	mulhwu 10,30,17
	add 4,4,14
	addc 7,7,19
	add 4,4,10
	adde 4,4,18
	cmplw 0,25,4
	bne- 0,.L22
	cmplw 0,26,7
	bne- 0,.L22
	cmplw 0,28,18
	bgt- 0,.L23
	bne- 0,.L22
	cmplw 0,30,19
	bgt- 0,.L23
.L22:
	lwz 3,8(1)
	mr 4,23
	bl show_int
.L23:
	li 9,31
	mulli 10,31,31
	mulhwu 31,9,31
	srwi 7,19,31
	mulli 29,29,31
	addc 10,10,16
	slwi 9,19,1
	rlwimi 7,18,1,0,31-1
	add 29,29,31
	mr 5,28
	adde 29,29,15
	mr 6,30
	addc 31,10,9
	mr 3,25
	mr 4,26
	adde 29,29,7
	bl mul
	addc 31,4,31
	adde 29,3,29
.L18:
	addic. 20,20,-1
	addi 24,24,8
	addi 23,23,1
	bne+ 0,.L25
	addi 22,22,100
	addi 21,21,8
	cmplwi 0,22,1200
	bne+ 0,.L17
	lis 3,.LC2@ha
	mr 5,29
	mr 6,31
	la 3,.LC2@l(3)
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
	li 25,0
	mr 5,3
	lis 3,.LC4@ha
	mr 6,4
	la 3,.LC4@l(3)
	bl show_i64
	li 5,0
	li 6,3
	li 3,-1
	li 4,-1
	li 26,0
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
.L27:
	mr 3,29
	bl shl.constprop.0
	mr 28,3
	mr 3,29
	mr 30,4
	bl shr.constprop.0
	addc 30,30,4
	adde 28,28,3
	mr 3,29
	bl sar.constprop.0
	addi 29,29,5
	addc 4,4,30
	cmpwi 0,29,65
	adde 3,3,28
	xor 26,4,26
	xor 25,3,25
	bne+ 0,.L27
	lis 3,.LC7@ha
	mr 5,25
	mr 6,26
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
	lis 5,0x121
	lis 6,0xad77
	lis 3,.LC11@ha
	ori 5,5,0xfa00
	ori 6,6,0xd742
	la 3,.LC11@l(3)
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
	addi 7,27,-8
	mr 10,7
	addi 27,27,88
	li 4,0
.L28:
	lwzu 5,8(10)
	li 9,12
	mr 8,7
	mtctr 9
	lwz 6,4(10)
.L33:
	lwzu 0,8(8)
	li 9,1
	cmplw 0,0,5
	lwz 11,4(8)
	bgt- 0,.L29
	bne+ 0,.L30
	cmplw 7,11,6
	bgt- 7,.L29
.L30:
	li 9,0
.L29:
	cmpw 7,0,5
	slwi 9,9,1
	li 3,1
	bgt- 7,.L31
	bne+ 0,.L32
	cmplw 0,11,6
	bgt- 0,.L31
.L32:
	li 3,0
.L31:
	add 9,9,3
	add 4,4,9
	bdnz .L33
	cmplw 0,27,10
	bne+ 0,.L28
	lis 3,.LC13@ha
	la 3,.LC13@l(3)
	bl show_int
	rlwinm 3,31,0,26,31
	addi 11,1,96
	addi 3,3,1
	b _restgpr_14_x
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
