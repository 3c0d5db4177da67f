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
	mr 10,3
	lis 8,0x4000
.L8:
	mr 9,8
	srwi 8,8,2
	cmplw 0,9,10
	bgt+ 0,.L8
	li 3,0
.L10:
	add 8,3,9
	srwi 3,3,1
	cmplw 0,8,10
	bgt- 0,.L9
	subf 10,8,10
	add 3,3,9
.L9:
	srwi. 9,9,2
	bne+ 0,.L10
	blr
	.cfi_endproc
.LFE6:
	.size	isqrt,.-isqrt
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"div/mod hash"
.LC1:
	.string	"-7/2"
.LC2:
	.string	"-7%2"
.LC3:
	.string	"7/-2"
.LC4:
	.string	"7%-2"
.LC5:
	.string	"0xffffffff/10"
.LC6:
	.string	"mulhs"
.LC7:
	.string	"mulhu"
.LC8:
	.string	"isqrt(2000000000)"
.LC9:
	.string	"isqrt(99)"
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
	stw 0,68(1)
	stmw 21,20(1)
	.cfi_offset 65, 4
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
	lis 29,.LANCHOR0@ha
	li 24,0
	li 31,0
	la 29,.LANCHOR0@l(29)
.L15:
	slwi 9,24,2
	addi 27,29,-4
	lwzx 26,9,29
	mr 21,27
	li 23,15
.L16:
	lwzu 25,4(21)
	mr 3,26
	mulli 31,31,33
	mr 4,25
	bl sdiv
	mr 4,25
	mr 28,3
	mr 3,26
	add 28,28,31
	bl smod
	mulli 28,28,33
	mr 30,3
	mr 4,25
	mr 3,26
	add 30,30,28
	bl udiv
	mulli 30,30,33
	mr 22,3
	mr 4,25
	mr 3,26
	add 30,30,22
	bl umod
	mulli 30,30,33
	mr 4,25
	add 30,30,3
	mr 3,26
	bl mulhs
	mr 4,25
	mr 31,3
	mr 3,26
	bl mulhu
	addic. 23,23,-1
	add 31,31,3
	xor 31,31,30
	bne+ 0,.L16
	addi 24,24,1
	cmpwi 0,24,15
	bne+ 0,.L15
	lis 3,.LC0@ha
	mr 4,31
	la 3,.LC0@l(3)
	addi 29,29,60
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
	li 9,15
	li 4,0
	li 6,1000
	mtctr 9
.L20:
	lwzu 9,4(27)
	lwzu 7,-4(29)
	divw 10,9,6
	cmpwi 0,9,5
	mulli 10,10,1000
	subf 10,10,9
	srawi 8,10,31
	xor 10,8,10
	subf 8,8,10
	mr 10,9
	ble- 0,.L18
	li 10,5
.L18:
	cmpwi 0,9,-5
	add 8,8,10
	mr 10,9
	bge- 0,.L19
	li 10,-5
.L19:
	subf 10,10,8
	xor 8,9,7
	srawi 8,8,1
	and 9,9,7
	add 9,8,9
	add 10,10,9
	add 4,4,10
	bdnz .L20
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	bl show_int
	li 3,200
	divwu 3,31,3
	addi 11,1,64
	mulli 3,3,200
	subf 3,3,31
	addi 3,3,3
	b _restgpr_21_x
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
	.cfi_restore 65
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
