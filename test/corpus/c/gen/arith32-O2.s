	.file	"arith32.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	sdiv, @function
sdiv:
.LFB0:
	.cfi_startproc
	divw 3,3,4
	blr
	.cfi_endproc
.LFE0:
	.size	sdiv,.-sdiv
	.align 2
	.type	smod, @function
smod:
.LFB1:
	.cfi_startproc
	divw 9,3,4
	mullw 9,9,4
	subf 3,9,3
	blr
	.cfi_endproc
.LFE1:
	.size	smod,.-smod
	.align 2
	.type	udiv, @function
udiv:
.LFB2:
	.cfi_startproc
	divwu 3,3,4
	blr
	.cfi_endproc
.LFE2:
	.size	udiv,.-udiv
	.align 2
	.type	umod, @function
umod:
.LFB3:
	.cfi_startproc
	divwu 9,3,4
	mullw 9,9,4
	subf 3,9,3
	blr
	.cfi_endproc
.LFE3:
	.size	umod,.-umod
	.align 2
	.type	mulhs, @function
mulhs:
.LFB4:
	.cfi_startproc
	mulhw 3,3,4
	blr
	.cfi_endproc
.LFE4:
	.size	mulhs,.-mulhs
	.align 2
	.type	mulhu, @function
mulhu:
.LFB5:
	.cfi_startproc
	mulhwu 3,3,4
	blr
	.cfi_endproc
.LFE5:
	.size	mulhu,.-mulhu
	.align 2
	.type	isqrt, @function
isqrt:
.LFB6:
	.cfi_startproc
	lis 9,0x4000
	mr 10,3
	cmplw 0,3,9
	bge- 0,.L13
.L10:
	srwi 9,9,2
	cmplw 0,10,9
	blt+ 0,.L10
.L9:
	li 3,0
.L12:
	add 8,9,3
	srwi 3,3,1
	cmplw 0,8,10
	bgt- 0,.L11
	subf 10,8,10
	add 3,3,9
.L11:
	srwi. 9,9,2
	bne+ 0,.L12
	blr
.L13:
	lis 9,0x4000
	b .L9
	.cfi_endproc
.LFE6:
	.size	isqrt,.-isqrt
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"div/mod hash"
	.align 2
.LC1:
	.string	"-7/2"
	.align 2
.LC2:
	.string	"-7%2"
	.align 2
.LC3:
	.string	"7/-2"
	.align 2
.LC4:
	.string	"7%-2"
	.align 2
.LC5:
	.string	"0xffffffff/10"
	.align 2
.LC6:
	.string	"mulhs"
	.align 2
.LC7:
	.string	"mulhu"
	.align 2
.LC8:
	.string	"isqrt(2000000000)"
	.align 2
.LC9:
	.string	"isqrt(99)"
	.align 2
.LC10:
	.string	"mix"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 24,32(1)
	.cfi_register 65, 0
	.cfi_offset 24, -32
	lis 24,.LANCHOR0@ha
	la 24,.LANCHOR0@l(24)
	stw 0,68(1)
	stw 21,20(1)
	stw 22,24(1)
	stw 23,28(1)
	stw 28,48(1)
	stw 29,52(1)
	stw 31,60(1)
	stw 26,40(1)
	.cfi_offset 65, 4
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	.cfi_offset 26, -24
	addi 26,24,-4
	stw 25,36(1)
	.cfi_offset 25, -28
	mr 25,26
	stw 27,44(1)
	.cfi_offset 27, -20
	addi 27,24,56
	stw 30,56(1)
	.cfi_offset 30, -8
	li 30,0
.L18:
	lwzu 28,4(25)
	mr 21,26
.L19:
	lwzu 23,4(21)
	mr 3,28
	mulli 30,30,33
	mr 4,23
	bl sdiv
	mr 4,23
	mr 29,3
	mr 3,28
	add 29,29,30
	bl smod
	mulli 29,29,33
	mr 31,3
	mr 4,23
	mr 3,28
	add 31,31,29
	bl udiv
	mulli 31,31,33
	mr 22,3
	mr 4,23
	mr 3,28
	add 31,31,22
	bl umod
	mulli 31,31,33
	mr 9,3
	mr 4,23
	mr 3,28
	add 31,31,9
	bl mulhs
	mr 30,3
	mr 4,23
	mr 3,28
	bl mulhu
	cmplw 0,27,21
	add 30,30,3
	xor 30,30,31
	bne+ 0,.L19
	cmplw 0,27,25
	bne+ 0,.L18
	lis 3,.LC0@ha
	mr 4,30
	la 3,.LC0@l(3)
	addi 24,24,60
	bl show_hex
	li 4,2
	li 3,-7
	bl sdiv
	mr 4,3
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
	bl show_int
	li 4,2
	li 3,-7
	bl smod
	mr 4,3
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_int
	li 4,-2
	li 3,7
	bl sdiv
	mr 4,3
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl show_int
	li 4,-2
	li 3,7
	bl smod
	mr 4,3
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl show_int
	li 4,10
	li 3,-1
	bl udiv
	mr 4,3
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_hex
	lis 4,0x3ade
	lis 3,0xf8a4
	ori 4,4,0x68b1
	ori 3,3,0x32eb
	bl mulhs
	mr 4,3
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl show_int
	lis 4,0xcafe
	lis 3,0xdead
	ori 4,4,0xbabe
	ori 3,3,0xbeef
	bl mulhu
	mr 4,3
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	bl show_hex
	lis 3,0x7735
	ori 3,3,0x9400
	bl isqrt
	mr 4,3
	lis 3,.LC8@ha
	la 3,.LC8@l(3)
	bl show_int
	li 3,99
	bl isqrt
	mr 4,3
	lis 3,.LC9@ha
	la 3,.LC9@l(3)
	bl show_int
	subf 9,26,27
	addi 9,9,-4
	lis 5,0x1062
	srwi 9,9,2
	ori 5,5,0x4dd3
	addi 9,9,1
	li 4,0
	mtctr 9
.L23:
	lwzu 10,4(26)
	lwzu 8,-4(24)
	mulhw 6,10,5
	srawi 9,10,31
	xor 7,10,8
	and 8,10,8
	srawi 7,7,1
	cmpwi 7,10,5
	srawi 6,6,6
	cmpwi 0,10,-5
	subf 9,9,6
	add 7,7,8
	mulli 9,9,1000
	mr 6,10
	mr 8,10
	subf 9,9,10
	srawi 10,9,31
	xor 9,10,9
	subf 10,10,9
	ble- 7,.L21
	li 6,5
.L21:
	add 10,10,6
	bge- 0,.L22
	li 8,-5
.L22:
	subf 8,8,10
	add 8,8,7
	add 4,4,8
	bdnz .L23
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	bl show_int
	lis 3,0x51eb
	ori 3,3,0x851f
	lwz 0,68(1)
	mulhwu 3,30,3
	lwz 21,20(1)
	lwz 22,24(1)
	lwz 23,28(1)
	mtlr 0
	.cfi_restore 65
	srwi 3,3,6
	lwz 24,32(1)
	mulli 3,3,200
	lwz 25,36(1)
	lwz 26,40(1)
	subf 3,3,30
	lwz 27,44(1)
	lwz 28,48(1)
	addi 3,3,3
	lwz 29,52(1)
	lwz 30,56(1)
	lwz 31,60(1)
	addi 1,1,64
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
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE11:
	.size	main,.-main
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	vals.0, @object
	.size	vals.0, 60
vals.0:
	.long	1
	.long	-1
	.long	2
	.long	-2
	.long	3
	.long	7
	.long	-7
	.long	10
	.long	100
	.long	-1000
	.long	65535
	.long	-65536
	.long	2147483647
	.long	-2147483647
	.long	123456789
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
